/**
 * Posting a message exactly once. `chat.postMessage` has no idempotency key, so the message
 * itself is the proof: every post that must not be doubled carries a {@link PostKey} in its
 * metadata, and a post whose outcome is unknown (time-out, dropped connection, 5xx) is looked for
 * in the channel's history by that key before anything is posted again. Reminders, evaluation
 * prompts, invitations and reminder DMs, summaries and charters all go through {@link postOnce}.
 */
import type { ChatPostMessageArguments, ChatUpdateArguments, WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.js';
import {
  describeFailure,
  failureText,
  isPassing,
  type SlackFailure,
  slackErrorCode,
} from './slack-errors.js';

// main.ts and older callers import it from here.
export { slackErrorCode } from './slack-errors.js';

/** What marks a message as one particular post: its metadata's event type and payload. */
export interface PostKey {
  eventType: string;
  payload: Record<string, string | number>;
}

export function metadataOf(key: PostKey): {
  event_type: string;
  event_payload: Record<string, string | number>;
} {
  return { event_type: key.eventType, event_payload: key.payload };
}

/** True when a message from `conversations.history` (with `include_all_metadata`) is this post. */
export function isPostOf(message: { metadata?: unknown }, key: PostKey): boolean {
  const metadata = message.metadata;
  if (typeof metadata !== 'object' || metadata === null) return false;
  const { event_type: type, event_payload: payload } = metadata as {
    event_type?: unknown;
    event_payload?: Record<string, unknown>;
  };
  if (type !== key.eventType || typeof payload !== 'object' || payload === null) return false;
  // Slack may hand numbers back as strings; compare as text.
  return Object.entries(key.payload).every(([field, value]) => String(payload[field]) === String(value));
}

export type ChannelProblem = 'private_not_member' | 'archived' | 'channel_not_found' | 'failed';

export type PostOutcome =
  | {
      ok: true;
      ts: string;
      channel: string;
      /** The message was already in the channel (an earlier request did post it); nothing new was posted. */
      found?: boolean;
    }
  | {
      ok: false;
      problem: ChannelProblem;
      error: string;
      /** Trying again later may succeed (5xx, time-out, rate limit); false for Slack's refusals. */
      passing: boolean;
    };

export type LookupResult =
  | { kind: 'found'; ts: string }
  | { kind: 'absent' }
  | { kind: 'error'; error: string };

/**
 * Looks for a post in a channel's history by its key, newest first: from `since` when given (a
 * little before the post was due), else the latest `pages` pages, which hold anything posted moments
 * ago. A channel Mitra cannot read is one it cannot have posted in either.
 */
export async function findPost(
  client: WebClient,
  channel: string,
  key: PostKey,
  options: { since?: Date; pages?: number } = {},
): Promise<LookupResult> {
  const pages = options.pages ?? 2;
  let cursor: string | undefined;
  try {
    for (let page = 0; page < pages; page += 1) {
      const res = await client.conversations.history({
        channel,
        include_all_metadata: true,
        limit: 200,
        ...(options.since ? { oldest: (options.since.getTime() / 1000).toFixed(6) } : {}),
        ...(cursor ? { cursor } : {}),
      });
      const found = (res.messages ?? []).find((m) => isPostOf(m, key));
      if (found?.ts) return { kind: 'found', ts: found.ts };
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return { kind: 'absent' };
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived') {
      return { kind: 'absent' };
    }
    return { kind: 'error', error: failureText(describeFailure(error)) };
  }
}

export interface PostOnceOptions {
  /** Marks the post in its metadata; without one an unknown outcome cannot be resolved and is reported. */
  key?: PostKey;
  /**
   * An earlier attempt may have posted (its outcome was never known, or its process died): look
   * for the key first, from `since`, and post only if it is not there. A history that cannot be
   * read stops the post when the caller will `retryLater`, and is passed over otherwise.
   */
  lookFirst?: { since?: Date };
  /**
   * The caller keeps its own durable retry, which looks first (a delivery row, a close claim): a
   * post that got no answer and is not found is left to it rather than posted again now, since
   * the request may still be running at Slack.
   */
  retryLater?: boolean;
  /** Pages of history read when looking; default 2. */
  historyPages?: number;
  log?: Logger;
}

/**
 * Posts in a channel or DM once. When Mitra is not in a channel it joins a public one and posts
 * again (the first post was refused, so nothing was posted); a private channel it cannot join, an
 * archived or a missing channel is reported, not thrown, so the caller can tell the coordinator or
 * pause what was posting. An unknown outcome is resolved by looking for the key: found, it counts
 * as posted with the real `ts`; not found, it is posted once more (unless `retryLater`).
 */
export async function postOnce(
  client: WebClient,
  args: ChatPostMessageArguments,
  options: PostOnceOptions = {},
): Promise<PostOutcome> {
  const { key, log } = options;
  const channel = args.channel;
  const pages = options.historyPages;
  const what = key ? { channel, post: key.eventType, ...key.payload } : { channel };

  if (key && options.lookFirst) {
    const earlier = await findPost(client, channel, key, { ...options.lookFirst, pages });
    if (earlier.kind === 'found') {
      log?.info({ ...what, ts: earlier.ts }, 'already posted by an earlier attempt; not posting again');
      return { ok: true, ts: earlier.ts, channel, found: true };
    }
    if (earlier.kind === 'error') {
      // With a retry of its own the caller can wait for a readable history; without, missing
      // the post altogether is the greater harm.
      if (options.retryLater) {
        return { ok: false, problem: 'failed', error: `history unreadable: ${earlier.error}`, passing: true };
      }
      log?.warn({ ...what, error: earlier.error }, 'could not look for an earlier post; posting');
    }
  }

  const body: ChatPostMessageArguments = key ? { ...args, metadata: metadataOf(key) } : args;
  let joined = false;
  let reposts = 1;
  for (;;) {
    let failure: SlackFailure;
    try {
      const res = await client.chat.postMessage(body);
      return { ok: true, ts: res.ts ?? '', channel: res.channel ?? channel };
    } catch (error) {
      failure = describeFailure(error);
    }

    if (failure.kind === 'refused' && failure.code === 'not_in_channel' && !joined) {
      joined = true;
      const join = await joinChannel(client, channel);
      if (join) return join;
      continue;
    }
    if (failure.kind !== 'uncertain') return failed(failure);

    const error = failureText(failure);
    if (!key) {
      log?.warn(
        { ...what, error },
        'post outcome unknown and it carries no key to look for; not posted again',
      );
      return failed(failure);
    }
    log?.warn({ ...what, error }, 'post outcome unknown; looking for it by its metadata');
    const found = await findPost(client, channel, key, { pages });
    if (found.kind === 'found') {
      log?.info({ ...what, ts: found.ts }, 'the post had arrived; not posting again');
      return { ok: true, ts: found.ts, channel, found: true };
    }
    if (found.kind === 'error') {
      log?.warn({ ...what, error: found.error }, 'could not look for the post; not posting again now');
      return { ok: false, problem: 'failed', error: `outcome unknown (${error})`, passing: true };
    }
    if (reposts === 0 || (failure.inFlight && options.retryLater)) {
      log?.warn({ ...what }, 'the post is not there (yet); leaving it for a later attempt');
      return { ok: false, problem: 'failed', error: `outcome unknown (${error})`, passing: true };
    }
    reposts -= 1;
    log?.info({ ...what }, 'the post is not there; posting it again');
  }
}

/** Joins a public channel after `not_in_channel`; undefined when joined, else why not. */
async function joinChannel(client: WebClient, channel: string): Promise<PostOutcome | undefined> {
  try {
    await client.conversations.join({ channel });
    return undefined;
  } catch (error) {
    const failure = describeFailure(error);
    // We were told we are not in it, so it exists: a join that cannot find it means it is private.
    if (
      failure.kind === 'refused' &&
      (failure.code === 'method_not_supported_for_channel_type' || failure.code === 'channel_not_found')
    ) {
      return { ok: false, problem: 'private_not_member', error: 'not_in_channel', passing: true };
    }
    return failed(failure);
  }
}

function failed(failure: SlackFailure): PostOutcome & { ok: false } {
  return { ok: false, problem: problemOf(failure), error: failureText(failure), passing: isPassing(failure) };
}

function problemOf(failure: SlackFailure): ChannelProblem {
  if (failure.kind !== 'refused') return 'failed';
  return channelProblemOf(failure.code);
}

/** What a Slack error code says about the channel, for the person who can fix it. */
export function channelProblemOf(code: string): ChannelProblem {
  if (code === 'is_archived') return 'archived';
  if (code === 'channel_not_found') return 'channel_not_found';
  if (code === 'not_in_channel' || code === 'method_not_supported_for_channel_type')
    return 'private_not_member';
  return 'failed';
}

/** A post with no key (a test post someone asked for): posted once, an unknown outcome reported. */
export async function postInChannel(client: WebClient, args: ChatPostMessageArguments): Promise<PostOutcome> {
  return postOnce(client, args);
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
    return { ok: false, error: failureText(describeFailure(error)) };
  }
}
