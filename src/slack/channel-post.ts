import type { ChatPostMessageArguments, ChatUpdateArguments, WebClient } from '@slack/web-api';

/** The `error` of a Slack platform error (`not_in_channel`, `is_archived`…), if that is what it was. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

export type ChannelProblem = 'private_not_member' | 'archived' | 'channel_not_found' | 'failed';

export type PostOutcome =
  | { ok: true; ts: string; channel: string }
  | { ok: false; problem: ChannelProblem; error: string };

function problemOf(code: string | undefined): ChannelProblem {
  if (code === 'is_archived') return 'archived';
  if (code === 'channel_not_found') return 'channel_not_found';
  if (code === 'not_in_channel' || code === 'method_not_supported_for_channel_type')
    return 'private_not_member';
  return 'failed';
}

/**
 * Posts in a channel. When Mitra is not in it, it joins a public channel and posts again; a
 * private channel it cannot join, an archived or a missing channel is reported, not thrown, so
 * the caller can tell the coordinator or pause what was posting. Rate limits and 5xx are already
 * retried by the Web API client; anything else unexpected is reported as `failed`.
 */
export async function postInChannel(client: WebClient, args: ChatPostMessageArguments): Promise<PostOutcome> {
  try {
    return await post(client, args);
  } catch (error) {
    const code = slackErrorCode(error);
    if (code !== 'not_in_channel')
      return { ok: false, problem: problemOf(code), error: code ?? String(error) };
    try {
      await client.conversations.join({ channel: args.channel });
      return await post(client, args);
    } catch (joinError) {
      const joinCode = slackErrorCode(joinError);
      // We were told we are not in it, so it exists: a join that cannot find it means it is private.
      const problem = joinCode === 'channel_not_found' ? 'private_not_member' : problemOf(joinCode ?? code);
      return { ok: false, problem, error: joinCode ?? String(joinError) };
    }
  }
}

async function post(client: WebClient, args: ChatPostMessageArguments): Promise<PostOutcome> {
  const res = await client.chat.postMessage(args);
  return { ok: true, ts: res.ts ?? '', channel: res.channel ?? args.channel };
}

/** Updates a message in place; the outcome says why it could not, e.g. the message was deleted. */
export async function updateInChannel(
  client: WebClient,
  args: ChatUpdateArguments,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await client.chat.update(args);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: slackErrorCode(error) ?? String(error) };
  }
}
