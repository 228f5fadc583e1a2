import type { WebClient } from '@slack/web-api';
import type { MessageKey } from '../../i18n/index.js';
import { slackErrorCode } from './post.js';

/** Long enough for two healthy Web API calls, short enough to leave the rest of Slack's 3 s. */
export const CHANNEL_CHECK_WAIT_MS = 1500;

export type ChannelAccess = { ok: true } | { ok: false; key: MessageKey };

/**
 * Whether `userId` may bind something of Mitra's (a partnership, a schedule) to `channelId`.
 * Slack's channel picker offers only what the person can see, but a submission can be forged: a
 * public channel is visible to everyone in the workspace; a private one must have Mitra in it
 * (otherwise Slack hides it from Mitra: `channel_not_found`) and the person among its members.
 * A check that cannot finish in time refuses, so a slow Slack never lets a channel through.
 */
export async function checkChannelAccess(
  client: WebClient,
  params: { channelId: string; userId: string; waitMs?: number },
): Promise<ChannelAccess> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<ChannelAccess>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, key: 'channel.error.unchecked' }),
      params.waitMs ?? CHANNEL_CHECK_WAIT_MS,
    );
  });
  try {
    return await Promise.race([check(client, params), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(
  client: WebClient,
  { channelId, userId }: { channelId: string; userId: string },
): Promise<ChannelAccess> {
  try {
    const info = await client.conversations.info({ channel: channelId });
    const channel = info.channel;
    if (!channel || channel.is_im || channel.is_mpim) return { ok: false, key: 'partnership.error.channel' };
    if (channel.is_archived) return { ok: false, key: 'channel.error.archived' };
    if (!channel.is_private) return { ok: true };
    if (!channel.is_member) return { ok: false, key: 'channel.error.notVisible' };
    return (await isMember(client, channelId, userId))
      ? { ok: true }
      : { ok: false, key: 'channel.error.notMember' };
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'channel_not_found') return { ok: false, key: 'channel.error.notVisible' };
    return { ok: false, key: 'channel.error.unchecked' };
  }
}

/** Reads `conversations.members` page by page until the person is found or the list ends. */
async function isMember(client: WebClient, channelId: string, userId: string): Promise<boolean> {
  let cursor: string | undefined;
  do {
    const page = await client.conversations.members({
      channel: channelId,
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    if (page.members?.includes(userId)) return true;
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return false;
}
