import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.js';
import type { SlackMessage } from './message.js';
import { type PostOnceOptions, postOnce } from './post.js';

/**
 * Sends a person a direct message from Mitra: opens (or finds) the DM, then posts in it — once,
 * when the DM carries a `key` (an unknown outcome is looked up in the DM's history, see
 * `postOnce`). Slack's refusal is not thrown — a DM is always a side note to something that
 * already happened — but reported as `undefined`, for the caller to log or count.
 */
export async function sendDm(
  client: WebClient,
  userId: string,
  message: string | SlackMessage,
  options: Pick<PostOnceOptions, 'key' | 'lookFirst' | 'historyPages'> & { log?: Logger } = {},
): Promise<{ channel: string; ts: string } | undefined> {
  const body = typeof message === 'string' ? { text: message } : message;
  let channel: string | undefined;
  try {
    const opened = await client.conversations.open({ users: userId });
    channel = opened.channel?.id;
  } catch {
    return undefined;
  }
  if (!channel) return undefined;
  const posted = await postOnce(client, { channel, ...body }, options);
  return posted.ok && posted.ts ? { channel, ts: posted.ts } : undefined;
}

/**
 * Tells a user something privately from a button: in the thread of the message where the button
 * was (through its response_url), else as an ephemeral in the channel, else in their DM with Mitra
 * (buttons on App Home have neither).
 */
export async function tellUser(
  client: WebClient,
  params: {
    userId: string;
    text: string;
    responseUrl?: string | undefined;
    channelId?: string | undefined;
    respond?:
      | ((message: { response_type: 'ephemeral'; replace_original: false; text: string }) => Promise<unknown>)
      | undefined;
  },
): Promise<void> {
  if (params.respond && params.responseUrl) {
    await params.respond({ response_type: 'ephemeral', replace_original: false, text: params.text });
  } else if (params.channelId) {
    await client.chat.postEphemeral({ channel: params.channelId, user: params.userId, text: params.text });
  } else {
    await sendDm(client, params.userId, params.text);
  }
}
