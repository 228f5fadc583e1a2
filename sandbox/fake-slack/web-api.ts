/**
 * The Web API methods Mitra uses, each answering what Slack answers: `{ ok: true, ... }`
 * or an ApiError that becomes `{ ok: false, error, response_metadata }`.
 */
import type { AnyBlock } from '@slack/types';
import { charCount, isObject, LIMITS } from './block-limits.js';
import { validateMessageBlocks, validateView } from './limits.js';
import { SOCKET_PATH } from './socket-mode.js';
import { ApiError, type Workspace } from './state.js';
import type { FakeChannel, FakeUser, FakeView, JsonObject, MessageMetadata, SlackMessage } from './types.js';

/** Typed reads of form or JSON arguments; form values are all strings, JSON ones are not. */
export class Args {
  constructor(readonly raw: JsonObject) {}

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  /** A required string; Slack names some missing arguments with their own error. */
  required(name: string, error = 'invalid_arguments'): string {
    const value = this.string(name);
    if (value === undefined || value === '') {
      throw new ApiError(
        error,
        error === 'invalid_arguments' ? [`[ERROR] missing required field: ${name}`] : [],
      );
    }
    return value;
  }

  bool(name: string): boolean {
    const value = this.raw[name];
    return value === true || value === 'true' || value === '1' || value === 1;
  }

  int(name: string): number | undefined {
    const value = Number(this.string(name));
    return this.string(name) === undefined || !Number.isFinite(value) ? undefined : Math.floor(value);
  }

  value(name: string): unknown {
    return this.raw[name];
  }
}

export interface ApiContext {
  ws: Workspace;
  /** Where this server is reachable, ending with '/'; upload URLs and permalinks use it. */
  baseUrl: string;
}

type Handler = (args: Args, ctx: ApiContext) => JsonObject;

/** Fields that WebClient JSON-encodes inside a form body; decoded before handlers see them. */
export const JSON_FIELDS = [
  'blocks',
  'attachments',
  'view',
  'metadata',
  'files',
  'user_auth_blocks',
] as const;

/** Answers one Web API call. Never throws: every failure becomes a Slack-shaped error. */
export function callWebApi(
  ctx: ApiContext,
  method: string,
  raw: JsonObject,
  bearer: string | undefined,
): JsonObject {
  const handler = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (!handler) return { ok: false, error: 'unknown_method' };
  const token = bearer ?? (typeof raw.token === 'string' ? raw.token : undefined);
  if (!token) return { ok: false, error: 'not_authed' };
  // Socket Mode connections are opened with the app-level token, and only with it.
  if (method === 'apps.connections.open') {
    if (token !== ctx.ws.identity.appToken) return { ok: false, error: 'invalid_auth' };
    return { ok: true, url: `${ctx.baseUrl.replace(/^http/, 'ws').replace(/\/$/, '')}${SOCKET_PATH}` };
  }
  if (token !== ctx.ws.identity.botToken) return { ok: false, error: 'invalid_auth' };
  try {
    return handler(new Args(raw), ctx);
  } catch (error) {
    if (error instanceof ApiError) {
      const answer: JsonObject = { ok: false, error: error.code };
      if (error.messages.length > 0) answer.response_metadata = { messages: error.messages };
      return answer;
    }
    // A bug in the fake must still answer like Slack, not drop the connection.
    return { ok: false, error: 'fatal_error', response_metadata: { messages: [String(error)] } };
  }
}

// ── shapes Slack returns ─────────────────────────────────────────────────────

function tzDetails(tz: string, at: number): { tz_label: string; tz_offset: number } {
  try {
    const part = (style: 'long' | 'longOffset') =>
      new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part('longOffset'));
    const offset = match
      ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60)
      : 0;
    return { tz_label: part('long'), tz_offset: offset };
  } catch {
    return { tz_label: tz, tz_offset: 0 };
  }
}

function slackUser(ws: Workspace, user: FakeUser, includeLocale: boolean): JsonObject {
  const out: JsonObject = {
    id: user.id,
    team_id: ws.identity.teamId,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    tz: user.tz,
    ...tzDetails(user.tz, ws.now()),
    is_bot: user.isBot,
    is_admin: false,
    is_app_user: false,
    profile: {
      real_name: user.realName,
      display_name: user.name,
      ...(user.email ? { email: user.email } : {}),
    },
  };
  if (includeLocale) out.locale = user.locale;
  return out;
}

export function slackChannel(channel: FakeChannel): JsonObject {
  const out: JsonObject = {
    id: channel.id,
    created: channel.created,
    is_archived: channel.isArchived,
    is_im: channel.isIm,
    is_mpim: false,
    is_private: channel.isPrivate,
  };
  if (channel.isIm) {
    out.user = channel.imUser;
    return out;
  }
  return {
    ...out,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: !channel.isPrivate,
    is_group: channel.isPrivate,
    is_general: false,
    is_member: channel.botIsMember,
    num_members: channel.members.length + (channel.botIsMember ? 1 : 0),
  };
}

/** A message as the Web API returns it: without our `channel` bookkeeping field. */
export function slackMessage(message: SlackMessage, includeMetadata = true): JsonObject {
  const { channel: _channel, metadata, ...rest } = message;
  return includeMetadata && metadata ? { ...rest, metadata } : { ...rest };
}

/** A view as Slack returns it: without the fake-only fields. */
export function slackView(view: FakeView): JsonObject {
  const { user_id: _user, errors: _errors, ...rest } = view;
  return structuredClone(rest);
}

// ── shared rules ─────────────────────────────────────────────────────────────

interface MessageContent {
  text?: string;
  blocks?: AnyBlock[];
  metadata?: MessageMetadata;
}

/** Validates text, blocks and metadata of a message the way chat.* and response_url do. */
export function messageContent(raw: JsonObject, requireContent: boolean): MessageContent {
  const content: MessageContent = {};
  if (raw.text !== undefined && raw.text !== null) {
    const text = String(raw.text);
    if (charCount(text) > LIMITS.messageText) throw new ApiError('msg_too_long');
    content.text = text;
  }
  if (raw.blocks !== undefined && raw.blocks !== null) {
    const problem = validateMessageBlocks(raw.blocks);
    if (problem)
      throw new ApiError(problem.error, problem.error === 'invalid_blocks' ? problem.messages : []);
    // Just validated as Block Kit blocks.
    content.blocks = raw.blocks as AnyBlock[];
  }
  const hasAttachments = Array.isArray(raw.attachments) && raw.attachments.length > 0;
  if (requireContent && !content.text && !content.blocks?.length && !hasAttachments) {
    throw new ApiError('no_text');
  }
  if (raw.metadata !== undefined && raw.metadata !== null) {
    const metadata = raw.metadata;
    if (!isObject(metadata) || typeof metadata.event_type !== 'string' || !isObject(metadata.event_payload)) {
      throw new ApiError('invalid_metadata_format');
    }
    content.metadata = { event_type: metadata.event_type, event_payload: metadata.event_payload };
  }
  return content;
}

/** Private conversations the bot is not in do not exist, as far as the bot can tell. */
function visibleChannel(ws: Workspace, channelId: string): FakeChannel {
  const channel = ws.requireChannel(channelId);
  if (channel.isPrivate && !channel.botIsMember) throw new ApiError('channel_not_found');
  return channel;
}

function requireView(raw: unknown, expectedType?: 'modal' | 'home'): JsonObject {
  const problem = validateView(raw, expectedType);
  if (problem) throw new ApiError(problem.error, problem.messages);
  // validateView accepted it, so it is an object.
  return raw as JsonObject;
}

/** Cursor pagination over an in-memory list; the cursor is an opaque offset. */
function paginate<T>(items: T[], args: Args, defaultLimit: number): { page: T[]; nextCursor: string } {
  const limit = Math.min(Math.max(args.int('limit') ?? defaultLimit, 1), 1000);
  const cursor = args.string('cursor');
  const offset = cursor
    ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace('offset:', '')) || 0
    : 0;
  const page = items.slice(offset, offset + limit);
  const next =
    offset + limit < items.length ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '';
  return { page, nextCursor: next };
}

// ── methods ──────────────────────────────────────────────────────────────────

const METHODS: Record<string, Handler> = {
  'api.test': (args) => ({ ok: true, args: args.raw }),
  // Answered before the bot-token check in callWebApi; listed so the method is known.
  'apps.connections.open': () => ({ ok: false, error: 'invalid_auth' }),

  'auth.test': (_args, { ws }) => ({
    ok: true,
    url: `https://${ws.identity.teamDomain}.slack.com/`,
    team: ws.identity.teamDomain,
    user: 'mitra',
    team_id: ws.identity.teamId,
    user_id: ws.identity.botUserId,
    bot_id: ws.identity.botId,
    is_enterprise_install: false,
  }),

  'chat.postMessage': (args, { ws }) => {
    const channel = ws.resolveChannel(args.required('channel', 'channel_not_found'));
    ws.requireWritable(channel);
    const content = messageContent(args.raw, true);
    const threadTs = args.string('thread_ts');
    const message = ws.botMessage(channel.id, {
      text: content.text ?? '',
      ...(content.blocks ? { blocks: content.blocks } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    if (content.metadata) message.metadata = content.metadata;
    ws.addMessage(message);
    return { ok: true, channel: channel.id, ts: message.ts, message: slackMessage(message) };
  },

  'chat.postEphemeral': (args, { ws }) => {
    const channel = ws.resolveChannel(args.required('channel', 'channel_not_found'));
    const user = ws.requireUser(args.required('user', 'user_not_found'));
    ws.requireWritable(channel);
    if (!channel.members.includes(user.id)) throw new ApiError('user_not_in_channel');
    const content = messageContent(args.raw, true);
    const message = ws.botMessage(channel.id, {
      text: content.text ?? '',
      ...(content.blocks ? { blocks: content.blocks } : {}),
    });
    ws.addEphemeral({ ...message, recipient: user.id, via: 'chat.postEphemeral' });
    return { ok: true, message_ts: message.ts };
  },

  'chat.update': (args, { ws }) => {
    const channel = ws.requireChannel(args.required('channel', 'channel_not_found'));
    const ts = args.required('ts', 'message_not_found');
    if (channel.isArchived) throw new ApiError('is_archived');
    const message = ws.findMessage(channel.id, ts);
    if (!message) throw new ApiError('message_not_found');
    if (message.user !== ws.identity.botUserId) throw new ApiError('cant_update_message');
    const content = messageContent(args.raw, false);
    if (content.text === undefined && content.blocks === undefined) throw new ApiError('no_text');
    if (content.text !== undefined) message.text = content.text;
    // Slack keeps the previous blocks when none are given; an empty array removes them.
    if (content.blocks !== undefined) {
      if (content.blocks.length > 0) message.blocks = ws.normalizeBlocks(content.blocks);
      else delete message.blocks;
    }
    if (content.metadata) message.metadata = content.metadata;
    message.edited = { user: ws.identity.botUserId, ts: ws.nextTs() };
    ws.emit({ kind: 'messages', channelId: channel.id });
    return { ok: true, channel: channel.id, ts, text: message.text, message: slackMessage(message) };
  },

  'chat.delete': (args, { ws }) => {
    const channel = ws.requireChannel(args.required('channel', 'channel_not_found'));
    const ts = args.required('ts', 'message_not_found');
    const message = ws.findMessage(channel.id, ts);
    if (!message) throw new ApiError('message_not_found');
    if (message.user !== ws.identity.botUserId) throw new ApiError('cant_delete_message');
    ws.removeMessage(channel.id, ts);
    return { ok: true, channel: channel.id, ts };
  },

  'chat.getPermalink': (args, { ws, baseUrl }) => {
    const channel = ws.requireChannel(args.required('channel', 'channel_not_found'));
    const ts = args.required('message_ts', 'message_not_found');
    if (!ws.findMessage(channel.id, ts)) throw new ApiError('message_not_found');
    return {
      ok: true,
      channel: channel.id,
      permalink: `${baseUrl}archives/${channel.id}/p${ts.replace('.', '')}`,
    };
  },

  'views.open': (args, { ws }) => {
    const input = requireView(args.value('view'), 'modal');
    const triggerId = args.string('trigger_id') ?? args.string('interactivity_pointer');
    const userId = ws.peekTrigger(triggerId);
    const view = ws.openModal(userId, input);
    ws.exchangeTrigger(triggerId);
    return { ok: true, view: slackView(view) };
  },

  'views.push': (args, { ws }) => {
    const input = requireView(args.value('view'), 'modal');
    const triggerId = args.string('trigger_id') ?? args.string('interactivity_pointer');
    const userId = ws.peekTrigger(triggerId);
    const view = ws.pushModal(userId, input);
    ws.exchangeTrigger(triggerId);
    return { ok: true, view: slackView(view) };
  },

  'views.update': (args, { ws }) => {
    const viewId = args.string('view_id');
    const externalId = args.string('external_id');
    if (!viewId && !externalId) {
      throw new ApiError('invalid_arguments', ['[ERROR] either view_id or external_id is required']);
    }
    const view = viewId ? ws.views.get(viewId) : ws.findViewByExternalId(externalId ?? '');
    if (!view) throw new ApiError('not_found');
    const input = requireView(args.value('view'), view.type);
    const hash = args.string('hash');
    if (hash && hash !== view.hash) throw new ApiError('hash_conflict');
    return { ok: true, view: slackView(ws.updateView(view, input)) };
  },

  'views.publish': (args, { ws }) => {
    const user = ws.requireUser(args.required('user_id', 'user_not_found'));
    const input = requireView(args.value('view'), 'home');
    const hash = args.string('hash');
    const existingId = ws.homeViews.get(user.id);
    const existing = existingId ? ws.views.get(existingId) : undefined;
    if (hash && existing && hash !== existing.hash) throw new ApiError('hash_conflict');
    return { ok: true, view: slackView(ws.publishHome(user.id, input)) };
  },

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

  'files.getUploadURLExternal': (args, { ws, baseUrl }) => {
    const name = args.required('filename');
    const length = args.int('length');
    if (length === undefined || length < 0) {
      throw new ApiError('invalid_arguments', ['[ERROR] missing required field: length']);
    }
    const id = ws.nextId('F');
    ws.pendingFiles.set(id, { id, name, length });
    return { ok: true, upload_url: `${baseUrl}upload/${id}`, file_id: id };
  },

  'files.completeUploadExternal': (args, { ws }) => {
    const files = args.value('files');
    if (!Array.isArray(files) || files.length === 0) {
      throw new ApiError('invalid_arguments', ['[ERROR] missing required field: files']);
    }
    const entries = files.map((entry) => {
      const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : '';
      const pending = ws.pendingFiles.get(id);
      if (!pending?.content) throw new ApiError('file_not_found');
      const title = isObject(entry) && typeof entry.title === 'string' ? entry.title : pending.name;
      return { pending, title };
    });
    const channelRef = args.string('channel_id') ?? args.string('channels');
    const channel = channelRef ? ws.resolveChannel(channelRef) : undefined;
    if (channel) ws.requireWritable(channel);
    const initialComment = args.string('initial_comment');
    const threadTs = args.string('thread_ts');
    const shared = entries.map(({ pending, title }) => {
      ws.pendingFiles.delete(pending.id);
      ws.files.push({
        id: pending.id,
        name: pending.name,
        title,
        content: pending.content ?? Buffer.alloc(0),
        ...(channel ? { channel: channel.id } : {}),
        ...(initialComment ? { initialComment } : {}),
        ...(threadTs ? { threadTs } : {}),
      });
      return { id: pending.id, name: pending.name, title };
    });
    if (channel) {
      // Sharing a file posts a message carrying it, with the initial comment as its text.
      const message = ws.botMessage(channel.id, {
        text: initialComment ?? '',
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      message.files = shared;
      ws.addMessage(message);
    }
    return {
      ok: true,
      files: shared.map((f) => ({ ...f, size: ws.files.find((x) => x.id === f.id)?.content.length })),
    };
  },
};
