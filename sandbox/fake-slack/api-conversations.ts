/** The `users.*` and `conversations.*` methods. */
import { type Handler, paginate } from './api-args.js';
import { ApiError } from './api-error.js';
import { visibleChannel } from './api-rules.js';
import { slackChannel, slackMessage, slackUser } from './api-shapes.js';
import type { JsonObject } from './types.js';

export const CONVERSATION_METHODS: Record<string, Handler> = {
  'users.info': (args, { ws }) => {
    const user = ws.requireUser(args.required('user', 'user_not_found'));
    return { ok: true, user: slackUser(ws, user, args.bool('include_locale')) };
  },

  'users.lookupByEmail': (args, { ws }) => {
    const email = args.required('email', 'users_not_found').toLowerCase();
    const user = [...ws.users.values()].find((u) => u.email?.toLowerCase() === email);
    if (!user) throw new ApiError('users_not_found');
    return { ok: true, user: slackUser(ws, user, false) };
  },

  'conversations.info': (args, { ws }) => {
    const channel = visibleChannel(ws, args.required('channel', 'channel_not_found'));
    return { ok: true, channel: slackChannel(channel) };
  },

  'conversations.join': (args, { ws }) => {
    const channel = visibleChannel(ws, args.required('channel', 'channel_not_found'));
    if (channel.isIm || channel.isPrivate) throw new ApiError('method_not_supported_for_channel_type');
    if (channel.isArchived) throw new ApiError('is_archived');
    if (channel.botIsMember) {
      return {
        ok: true,
        channel: slackChannel(channel),
        warning: 'already_in_channel',
        response_metadata: { warnings: ['already_in_channel'] },
      };
    }
    channel.botIsMember = true;
    ws.emit({ kind: 'messages', channelId: channel.id });
    return { ok: true, channel: slackChannel(channel) };
  },

  'conversations.members': (args, { ws }) => {
    const channel = visibleChannel(ws, args.required('channel', 'channel_not_found'));
    const members = channel.botIsMember ? [...channel.members, ws.identity.botUserId] : [...channel.members];
    const { page, nextCursor } = paginate(members, args, 100);
    return { ok: true, members: page, response_metadata: { next_cursor: nextCursor } };
  },

  'conversations.open': (args, { ws }) => {
    const channelId = args.string('channel');
    if (channelId) {
      const channel = ws.requireChannel(channelId);
      return { ok: true, channel: args.bool('return_im') ? slackChannel(channel) : { id: channel.id } };
    }
    const users = (args.string('users') ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const first = users[0];
    if (first === undefined) throw new ApiError('users_list_not_supplied');
    if (users.length > 1) {
      throw new ApiError('invalid_arguments', ['[ERROR] this fake opens one-to-one DMs only']);
    }
    const existed = ws.channels.has(`D${first.replace(/^[UW]/, '')}`);
    const channel = ws.openDm(first);
    const answer: JsonObject = {
      ok: true,
      channel: args.bool('return_im') ? slackChannel(channel) : { id: channel.id },
    };
    if (existed) Object.assign(answer, { no_op: true, already_open: true });
    return answer;
  },

  'conversations.history': (args, { ws }) => {
    const channel = visibleChannel(ws, args.required('channel', 'channel_not_found'));
    if (!channel.botIsMember) throw new ApiError('not_in_channel');
    const inclusive = args.bool('inclusive');
    const oldest = Number(args.string('oldest') ?? '0');
    const latest = Number(args.string('latest') ?? 'Infinity');
    const inRange = (ts: number) =>
      inclusive ? ts >= oldest && ts <= latest : ts > oldest && (ts < latest || latest === Infinity);
    // History shows top-level messages only; thread replies are read with conversations.replies.
    const messages = ws
      .channelMessages(channel.id)
      .filter((m) => (!m.thread_ts || m.thread_ts === m.ts) && inRange(Number(m.ts)))
      .reverse();
    const { page, nextCursor } = paginate(messages, args, 100);
    const withMetadata = args.bool('include_all_metadata');
    return {
      ok: true,
      messages: page.map((m) => slackMessage(m, withMetadata)),
      has_more: nextCursor !== '',
      pin_count: 0,
      response_metadata: { next_cursor: nextCursor },
    };
  },

  'conversations.replies': (args, { ws }) => {
    const channel = visibleChannel(ws, args.required('channel', 'channel_not_found'));
    if (!channel.botIsMember) throw new ApiError('not_in_channel');
    const ts = args.required('ts', 'thread_not_found');
    const parent = ws.findMessage(channel.id, ts);
    if (!parent) throw new ApiError('thread_not_found');
    const thread = ws.channelMessages(channel.id).filter((m) => m.ts === ts || m.thread_ts === ts);
    const { page, nextCursor } = paginate(thread, args, 1000);
    const withMetadata = args.bool('include_all_metadata');
    return {
      ok: true,
      messages: page.map((m) => slackMessage(m, withMetadata)),
      has_more: nextCursor !== '',
      response_metadata: { next_cursor: nextCursor },
    };
  },
};
