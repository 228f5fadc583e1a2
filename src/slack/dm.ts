import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from './views/message.js';

/**
 * Sends a person a direct message from Mitra: opens (or finds) the DM, then posts in it. Slack's
 * refusal is not thrown — a DM is always a side note to something that already happened — but
 * reported as `undefined`, for the caller to log or count.
 */
export async function sendDm(
  client: WebClient,
  userId: string,
  message: string | SlackMessage,
): Promise<{ channel: string; ts: string } | undefined> {
  const body = typeof message === 'string' ? { text: message } : message;
  try {
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) return undefined;
    const posted = await client.chat.postMessage({ channel, ...body });
    return posted.ts ? { channel, ts: posted.ts } : undefined;
  } catch {
    return undefined;
  }
}
