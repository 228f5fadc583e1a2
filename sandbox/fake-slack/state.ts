/**
 * The fake workspace: directory, conversations, views, triggers and uploads, with the rules
 * Slack applies to them. Both the Web API handlers and the request senders change it through
 * these methods, so a rule lives in one place.
 */
import { randomBytes } from 'node:crypto';
import type { AnyBlock } from '@slack/types';
import { ApiError } from './api-error.js';
import type {
  EphemeralMessage,
  FakeChannel,
  FakeSlackChange,
  FakeUser,
  FakeView,
  JsonObject,
  PendingFile,
  RecordedCall,
  ResponseUrlContext,
  ResponseUrlPost,
  SlackMessage,
  UploadedFile,
  WorkspaceIdentity,
} from './types.js';
import { buildView, withGeneratedIds } from './view-build.js';

/** Triggers live three seconds and may be exchanged once. */
export const TRIGGER_LIFETIME_MS = 3000;
/** A response_url accepts five posts within thirty minutes. */
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;
export const RESPONSE_URL_MAX_USES = 5;
/** A modal stack holds the root view and two pushed views. */
export const MAX_VIEW_STACK = 3;
const MAX_RECORDED_CALLS = 10_000;

interface Trigger {
  userId: string;
  issuedAt: number;
  exchanged: boolean;
}

export class Workspace {
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  /** Channel id → its messages, oldest first (thread replies included). */
  readonly messagesByChannel = new Map<string, SlackMessage[]>();
  readonly ephemerals: EphemeralMessage[] = [];
  /** Every open view: modals in a stack and published home views. */
  readonly views = new Map<string, FakeView>();
  /** User id → modal view ids, root first. */
  readonly stacks = new Map<string, string[]>();
  readonly homeViews = new Map<string, string>();
  readonly triggers = new Map<string, Trigger>();
  readonly responseUrls = new Map<string, ResponseUrlContext>();
  readonly pendingFiles = new Map<string, PendingFile>();
  readonly files: UploadedFile[] = [];
  readonly calls: RecordedCall[] = [];
  readonly responseUrlPosts: ResponseUrlPost[] = [];
  private readonly listeners = new Set<(change: FakeSlackChange) => void>();
  private lastTsMicros = 0;
  private idCounter = 0;
  /**
   * How long an uploaded file stays unusable in image blocks after its upload completes, as on
   * Slack, where a file is processed before blocks may show it. 0 (the default): ready at once.
   */
  fileProcessingMs = 0;

  constructor(
    readonly identity: WorkspaceIdentity,
    readonly now: () => number,
  ) {}

  subscribe(listener: (change: FakeSlackChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: FakeSlackChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A broken listener (e.g. a closed sandbox page) must not fail the API call that changed things.
      }
    }
  }

  /** Keeps the record of calls bounded in a long-running sandbox. */
  recordCall(call: RecordedCall): void {
    this.calls.push(call);
    if (this.calls.length > MAX_RECORDED_CALLS) this.calls.splice(0, this.calls.length - MAX_RECORDED_CALLS);
    this.emit({ kind: 'api_call', call });
  }

  /** Slack fills in missing block_ids and action_ids; messages and views get them alike. */
  normalizeBlocks(blocks: unknown): AnyBlock[] {
    return withGeneratedIds(blocks, () => this.nextId('b').toLowerCase());
  }

  /** IDs are deterministic within one fake, so test failures are reproducible. */
  nextId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${this.idCounter.toString(36).toUpperCase().padStart(8, '0')}`;
  }

  /** Message timestamps: seconds.microseconds from `now()`, strictly increasing like Slack's. */
  nextTs(): string {
    const micros = Math.max(Math.floor(this.now() * 1000), this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  // ── directory ────────────────────────────────────────────────────────────

  requireUser(userId: string): FakeUser {
    const user = this.users.get(userId);
    if (!user) throw new ApiError('user_not_found');
    return user;
  }

  requireChannel(channelId: string): FakeChannel {
    const channel = this.channels.get(channelId);
    if (!channel) throw new ApiError('channel_not_found');
    return channel;
  }

  /** The bot's DM with a user; Slack keeps one per user, so opening twice gives the same id. */
  openDm(userId: string): FakeChannel {
    this.requireUser(userId);
    const id = `D${userId.replace(/^[UW]/, '')}`;
    let channel = this.channels.get(id);
    if (!channel) {
      channel = {
        id,
        name: userId,
        isPrivate: true,
        isArchived: false,
        isIm: true,
        imUser: userId,
        members: [userId],
        botIsMember: true,
        created: Math.floor(this.now() / 1000),
      };
      this.channels.set(id, channel);
    }
    return channel;
  }

  /** chat.postMessage takes a conversation id, a `#name`, or a user id (meaning the bot's DM). */
  resolveChannel(ref: string): FakeChannel {
    if (/^[UW]/.test(ref) && this.users.has(ref)) return this.openDm(ref);
    if (ref.startsWith('#')) {
      const byName = [...this.channels.values()].find((c) => c.name === ref.slice(1));
      if (byName) return byName;
    }
    return this.requireChannel(ref);
  }

  /** Where the bot may write: the channel exists, is not archived, and the bot is in it. */
  requireWritable(channel: FakeChannel): void {
    if (channel.isArchived) throw new ApiError('is_archived');
    if (!channel.botIsMember) throw new ApiError('not_in_channel');
  }

  // ── messages ─────────────────────────────────────────────────────────────

  channelMessages(channelId: string): SlackMessage[] {
    let list = this.messagesByChannel.get(channelId);
    if (!list) {
      list = [];
      this.messagesByChannel.set(channelId, list);
    }
    return list;
  }

  findMessage(channelId: string, ts: string): SlackMessage | undefined {
    return this.messagesByChannel.get(channelId)?.find((m) => m.ts === ts);
  }

  addMessage(message: SlackMessage): SlackMessage {
    const list = this.channelMessages(message.channel);
    list.push(message);
    if (message.thread_ts && message.thread_ts !== message.ts) {
      const parent = list.find((m) => m.ts === message.thread_ts);
      if (parent) {
        parent.thread_ts = parent.ts;
        parent.reply_count = (parent.reply_count ?? 0) + 1;
        parent.latest_reply = message.ts;
      }
    }
    this.emit({ kind: 'messages', channelId: message.channel });
    return message;
  }

  removeMessage(channelId: string, ts: string): void {
    const list = this.channelMessages(channelId);
    const index = list.findIndex((m) => m.ts === ts);
    if (index >= 0) list.splice(index, 1);
    this.emit({ kind: 'messages', channelId });
  }

  addEphemeral(message: EphemeralMessage): EphemeralMessage {
    this.ephemerals.push(message);
    this.emit({ kind: 'messages', channelId: message.channel });
    return message;
  }

  botMessage(
    channelId: string,
    fields: { text: string; blocks?: AnyBlock[]; thread_ts?: string },
  ): SlackMessage {
    const { botUserId, botId, appId, teamId } = this.identity;
    const message: SlackMessage = {
      type: 'message',
      channel: channelId,
      ts: this.nextTs(),
      user: botUserId,
      bot_id: botId,
      app_id: appId,
      team: teamId,
      text: fields.text,
    };
    if (fields.blocks) message.blocks = this.normalizeBlocks(fields.blocks);
    if (fields.thread_ts) message.thread_ts = fields.thread_ts;
    return message;
  }

  // ── triggers and response URLs ───────────────────────────────────────────

  issueTrigger(userId: string): string {
    for (const [id, trigger] of this.triggers) {
      if (this.now() - trigger.issuedAt > 60_000) this.triggers.delete(id);
    }
    const id = `${Math.floor(this.now() / 1000)}.${this.idCounter++}.${randomBytes(10).toString('hex')}`;
    this.triggers.set(id, { userId, issuedAt: this.now(), exchanged: false });
    return id;
  }

  /** Checks a trigger without using it, so a call that fails later does not burn it. */
  peekTrigger(triggerId: string | undefined): string {
    return this.validTrigger(triggerId).userId;
  }

  /** Exchanges a trigger for the user it belongs to: single use, three seconds. */
  exchangeTrigger(triggerId: string | undefined): string {
    const trigger = this.validTrigger(triggerId);
    trigger.exchanged = true;
    return trigger.userId;
  }

  private validTrigger(triggerId: string | undefined): Trigger {
    if (!triggerId) throw new ApiError('invalid_arguments', ['[ERROR] missing required field: trigger_id']);
    const trigger = this.triggers.get(triggerId);
    if (!trigger) throw new ApiError('invalid_trigger_id');
    if (trigger.exchanged) throw new ApiError('exchanged_trigger_id');
    if (this.now() - trigger.issuedAt > TRIGGER_LIFETIME_MS) throw new ApiError('expired_trigger_id');
    return trigger;
  }

  issueResponseUrl(baseUrl: string, context: Omit<ResponseUrlContext, 'issuedAt' | 'uses'>): string {
    for (const [id, known] of this.responseUrls) {
      if (this.now() - known.issuedAt > 2 * RESPONSE_URL_LIFETIME_MS) this.responseUrls.delete(id);
    }
    const id = `${this.identity.teamId}/${this.idCounter++}/${randomBytes(12).toString('hex')}`;
    this.responseUrls.set(id, { ...context, issuedAt: this.now(), uses: 0 });
    return `${baseUrl}response/${id}`;
  }

  // ── views ────────────────────────────────────────────────────────────────

  private buildView(
    input: JsonObject,
    userId: string,
    links: { id?: string; rootViewId: string | null; previousViewId: string | null },
  ): FakeView {
    const id = links.id ?? this.nextId('V');
    const blocks = this.normalizeBlocks(input.blocks);
    return buildView(input, {
      id,
      blocks,
      userId,
      rootViewId: links.rootViewId,
      previousViewId: links.previousViewId,
      identity: this.identity,
      now: this.now(),
    });
  }

  private requireUniqueExternalId(input: JsonObject, exceptViewId?: string): void {
    const externalId = input.external_id;
    if (typeof externalId !== 'string' || externalId === '') return;
    for (const view of this.views.values()) {
      if (view.external_id === externalId && view.id !== exceptViewId)
        throw new ApiError('duplicate_external_id');
    }
  }

  stack(userId: string): string[] {
    return this.stacks.get(userId) ?? [];
  }

  /** A new modal replaces whatever modal stack the user had open. */
  openModal(userId: string, input: JsonObject): FakeView {
    this.requireUniqueExternalId(input);
    this.clearStack(userId);
    const view = this.buildView(input, userId, { rootViewId: null, previousViewId: null });
    this.views.set(view.id, view);
    this.stacks.set(userId, [view.id]);
    this.emit({ kind: 'views', userId });
    return view;
  }

  pushModal(userId: string, input: JsonObject): FakeView {
    const stack = this.stack(userId);
    const top = stack[stack.length - 1];
    if (top === undefined) throw new ApiError('not_found', ['[ERROR] no modal is open to push onto']);
    if (stack.length >= MAX_VIEW_STACK) throw new ApiError('push_limit_reached');
    this.requireUniqueExternalId(input);
    const view = this.buildView(input, userId, { rootViewId: stack[0] ?? top, previousViewId: top });
    this.views.set(view.id, view);
    stack.push(view.id);
    this.emit({ kind: 'views', userId });
    return view;
  }

  /**
   * Replaces a view's content in place: same id and links, a new hash. Input values survive
   * for blocks whose block_id is still there, as they do in Slack.
   */
  updateView(view: FakeView, input: JsonObject): FakeView {
    this.requireUniqueExternalId(input, view.id);
    const next = this.buildView(input, view.user_id, {
      id: view.id,
      rootViewId: view.root_view_id,
      previousViewId: view.previous_view_id,
    });
    const keptBlockIds = new Set(next.blocks.map((b) => b.block_id));
    for (const [blockId, value] of Object.entries(view.state.values)) {
      if (keptBlockIds.has(blockId)) next.state.values[blockId] = value;
    }
    this.views.set(view.id, next);
    this.emit({ kind: 'views', userId: view.user_id });
    return next;
  }

  publishHome(userId: string, input: JsonObject): FakeView {
    const existingId = this.homeViews.get(userId);
    const view = this.buildView(input, userId, { id: existingId, rootViewId: null, previousViewId: null });
    view.root_view_id = null;
    this.views.set(view.id, view);
    this.homeViews.set(userId, view.id);
    this.emit({ kind: 'views', userId });
    return view;
  }

  findViewByExternalId(externalId: string): FakeView | undefined {
    return [...this.views.values()].find((v) => v.external_id === externalId);
  }

  /** Closes the top modal of the user's stack, returning to the previous one. */
  closeTop(userId: string): void {
    const stack = this.stack(userId);
    const top = stack.pop();
    if (top !== undefined) this.views.delete(top);
    if (stack.length === 0) this.stacks.delete(userId);
    this.emit({ kind: 'views', userId });
  }

  clearStack(userId: string): void {
    for (const id of this.stack(userId)) this.views.delete(id);
    this.stacks.delete(userId);
    this.emit({ kind: 'views', userId });
  }
}
