import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnyBlock } from '@slack/types';
import { isObject } from './block-limits.js';
import { applyCommandAck, applyViewSubmissionAnswer, type ViewSubmissionOutcome } from './interactions.js';
import {
  blockActionsPayload,
  buildAction,
  eventCallbackBody,
  findElement,
  globalShortcutPayload,
  interactivityForm,
  slashCommandForm,
  stateValueOf,
  viewClosedPayload,
  viewSubmissionPayload,
} from './payloads.js';
import { ChannelPostLimiter } from './post-rate.js';
import { createFakeSlackServer, Faults } from './server.js';
import { type SignatureHeaders, signRequest } from './signing.js';
import { SocketModeHub } from './socket-mode.js';
import { Workspace } from './state.js';
import type {
  AddChannelInput,
  AddUserInput,
  EphemeralMessage,
  FakeChannel,
  FakeSlackChange,
  FakeSlackOptions,
  FakeUser,
  FakeView,
  Fault,
  InteractionResult,
  JsonObject,
  RecordedCall,
  ResponseUrlPost,
  SelectedOption,
  SendResult,
  SlackMessage,
  SlashCommandResult,
  UploadedFile,
  ViewStateValues,
} from './types.js';

export { LIMITS } from './block-limits.js';
export type { ViewSubmissionOutcome } from './interactions.js';
export { SLACK_CHANNEL_POST_RATE } from './post-rate.js';
export type * from './types.js';

export interface ViewSubmissionResult extends SendResult {
  triggerId: string;
  /** The `response_action` the app answered, if any. */
  responseAction?: string;
  /** What Slack did with the answer: closed the view, showed errors, updated, pushed… */
  outcome: ViewSubmissionOutcome;
}

export interface SendRawOptions {
  contentType?: string;
  headers?: Record<string, string>;
  /** Default true; false sends no signature headers at all. */
  signed?: boolean;
  /** Unix seconds to sign with, e.g. six minutes ago to test replay protection. */
  timestamp?: number;
}

/**
 * A local stand-in for Slack, for tests and the offline sandbox.
 *
 * It emulates, over real HTTP:
 * - the Web API methods Mitra uses (`auth.test`, `chat.postMessage`/`postEphemeral`/`update`/
 *   `delete`/`getPermalink`, `views.open`/`push`/`update`/`publish`, `users.info`/`lookupByEmail`,
 *   `conversations.info`/`join`/`members`/`open`/`history`/`replies`, and the external file
 *   upload flow), reached by a WebClient whose `slackApiUrl` is {@link FakeSlack.apiUrl};
 * - Slack's rules where apps get them wrong: bot-token auth, single-use 3-second trigger_ids,
 *   Block Kit limits for messages and views with Slack's error names, modal stacks of at most
 *   three views, view hashes, `not_in_channel`/`is_archived`/`channel_not_found`, private
 *   channels invisible to a bot outside them, response_urls (five posts in thirty minutes);
 * - requests to the app, signed with the signing secret: slash commands, block actions,
 *   view submissions (applying the `response_action` to the modal stack), view_closed,
 *   global shortcuts and Events API callbacks, each with a 3-second ack deadline;
 * - injected faults: HTTP 429 with Retry-After, other HTTP errors, slow answers, `ok: false`.
 *
 * It does not emulate: OAuth and scopes (one bot token can do everything), rate limits
 * other than injected ones and the per-channel posting pace (`channelPostRate`, off by
 * default: ~1 `chat.postMessage` a second per channel with short bursts), Socket Mode, legacy attachments beyond storing them, mrkdwn
 * rendering, multi-person DMs, user tokens, retries of events Slack would resend on its
 * own, Enterprise Grid, and most of Block Kit's finer schema (it checks the limits real
 * apps hit, not every field). Views opened anew replace the user's modal stack.
 */
export class FakeSlack {
  private readonly ws: Workspace;
  private readonly faults = new Faults();
  private readonly signingSecret: string;
  private readonly ackTimeoutMs: number;
  private readonly postLimiter: ChannelPostLimiter | undefined;
  private server: Server | undefined;
  private socketMode: SocketModeHub | undefined;
  private port: number | undefined;
  private appUrl: string | undefined;

  constructor(options: FakeSlackOptions) {
    this.signingSecret = options.signingSecret;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3000;
    if (options.channelPostRate) this.postLimiter = new ChannelPostLimiter(options.channelPostRate);
    this.appUrl = options.appUrl;
    this.ws = new Workspace(
      {
        teamId: options.teamId ?? 'T0MITRA',
        teamDomain: options.teamDomain ?? 'mitra',
        botUserId: options.botUserId ?? 'U0MITRABOT',
        botId: options.botId ?? 'B0MITRABOT',
        appId: options.appId ?? 'A0MITRA',
        botToken: options.botToken ?? 'xoxb-test',
        appToken: options.appToken ?? 'xapp-test',
      },
      options.now ?? Date.now,
    );
    this.ws.users.set(this.ws.identity.botUserId, {
      id: this.ws.identity.botUserId,
      name: 'mitra',
      realName: 'Mitra',
      locale: 'en-US',
      tz: 'Asia/Jakarta',
      isBot: true,
    });
  }

  get botToken(): string {
    return this.ws.identity.botToken;
  }
  get teamId(): string {
    return this.ws.identity.teamId;
  }
  get botUserId(): string {
    return this.ws.identity.botUserId;
  }
  get appId(): string {
    return this.ws.identity.appId;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────

  async start(port = 0, host = '127.0.0.1'): Promise<void> {
    if (this.server) throw new Error('FakeSlack is already started');
    const server = createFakeSlackServer({
      ws: this.ws,
      faults: this.faults,
      baseUrl: () => this.baseUrl,
      postLimiter: this.postLimiter,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.socketMode = new SocketModeHub(server, this.ws.identity.appId);
    this.port = (server.address() as AddressInfo).port; // listening on TCP, so the address is an AddressInfo
  }

  /** True while an app is connected over Socket Mode; requests to the app then go through it. */
  get socketModeConnected(): boolean {
    return this.socketMode?.connected ?? false;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.socketMode?.close();
    this.socketMode = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** `http://127.0.0.1:PORT/`; available once started. */
  get baseUrl(): string {
    if (this.port === undefined) throw new Error('FakeSlack is not started: call start() first');
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The WebClient's `slackApiUrl`: `http://127.0.0.1:PORT/api/`. */
  get apiUrl(): string {
    return `${this.baseUrl}api/`;
  }

  /** Where requests to the app go, e.g. `http://127.0.0.1:3000/slack/events`. */
  setAppUrl(url: string): void {
    this.appUrl = url;
  }

  /** Called on every change (API call, response_url post, view or message change). */
  subscribe(listener: (change: FakeSlackChange) => void): () => void {
    return this.ws.subscribe(listener);
  }

  // ── directory ───────────────────────────────────────────────────────────

  addUser(input: AddUserInput): FakeUser {
    const user: FakeUser = {
      id: input.id,
      name: input.name,
      realName: input.realName ?? input.name,
      locale: input.locale ?? 'en-US',
      tz: input.tz ?? 'Asia/Jakarta',
      isBot: input.isBot ?? false,
      ...(input.email ? { email: input.email } : {}),
    };
    this.ws.users.set(user.id, user);
    return { ...user };
  }

  users(): FakeUser[] {
    return [...this.ws.users.values()].map((u) => ({ ...u }));
  }

  addChannel(input: AddChannelInput): FakeChannel {
    const channel: FakeChannel = {
      id: input.id,
      name: input.name,
      isPrivate: input.isPrivate ?? false,
      isArchived: input.isArchived ?? false,
      isIm: false,
      members: [...(input.members ?? [])],
      botIsMember: input.botIsMember ?? true,
      created: Math.floor(this.ws.now() / 1000),
    };
    this.ws.channels.set(channel.id, channel);
    return { ...channel, members: [...channel.members] };
  }

  archiveChannel(id: string): void {
    this.requireChannel(id).isArchived = true;
  }

  unarchiveChannel(id: string): void {
    this.requireChannel(id).isArchived = false;
  }

  /** Removes the channel and its messages; later calls naming it get `channel_not_found`. */
  deleteChannel(id: string): void {
    this.ws.channels.delete(id);
    this.ws.messagesByChannel.delete(id);
  }

  /** Adds a person to a channel, or removes the bot with `setBotMembership`. */
  addMember(channelId: string, userId: string): void {
    const channel = this.requireChannel(channelId);
    if (!channel.members.includes(userId)) channel.members.push(userId);
  }

  setBotMembership(channelId: string, isMember: boolean): void {
    this.requireChannel(channelId).botIsMember = isMember;
  }

  /** Every conversation, DMs with the app included, in the order they were made. */
  channels(): FakeChannel[] {
    return [...this.ws.channels.values()].map((c) => ({ ...c, members: [...c.members] }));
  }

  /** The app's DM with a user, made on first use as conversations.open would. */
  openDm(userId: string): FakeChannel {
    const channel = this.ws.openDm(this.requireUser(userId).id);
    return { ...channel, members: [...channel.members] };
  }

  channel(id: string): FakeChannel | undefined {
    const channel = this.ws.channels.get(id);
    return channel ? { ...channel, members: [...channel.members] } : undefined;
  }

  /** A message written by a person (not the app), e.g. to test `cant_update_message`. */
  addMessage(input: {
    channelId: string;
    userId: string;
    text: string;
    blocks?: AnyBlock[];
    threadTs?: string;
  }) {
    this.requireChannel(input.channelId);
    const message: SlackMessage = {
      type: 'message',
      channel: input.channelId,
      ts: this.ws.nextTs(),
      user: input.userId,
      team: this.ws.identity.teamId,
      text: input.text,
      ...(input.blocks ? { blocks: input.blocks } : {}),
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    };
    return structuredClone(this.ws.addMessage(message));
  }

  // ── what the app did ────────────────────────────────────────────────────

  /** Every Web API call, in order, including refused and faulted ones. */
  get calls(): RecordedCall[] {
    return [...this.ws.calls];
  }

  callsTo(method: string): RecordedCall[] {
    return this.ws.calls.filter((c) => c.method === method);
  }

  clearCalls(): void {
    this.ws.calls.length = 0;
    this.ws.responseUrlPosts.length = 0;
  }

  /** The channel's messages, oldest first, thread replies included. */
  messages(channelId: string): SlackMessage[] {
    return structuredClone(this.ws.messagesByChannel.get(channelId) ?? []);
  }

  ephemerals(channelId?: string, userId?: string): EphemeralMessage[] {
    return structuredClone(
      this.ws.ephemerals.filter(
        (m) =>
          (channelId === undefined || m.channel === channelId) &&
          (userId === undefined || m.recipient === userId),
      ),
    );
  }

  /** Open modals, root first, of one user or of everyone. */
  openViews(userId?: string): FakeView[] {
    const userIds = userId === undefined ? [...this.ws.stacks.keys()] : [userId];
    return userIds.flatMap((id) =>
      this.ws.stack(id).flatMap((viewId) => {
        const view = this.ws.views.get(viewId);
        return view ? [structuredClone(view)] : [];
      }),
    );
  }

  homeView(userId: string): FakeView | undefined {
    const id = this.ws.homeViews.get(userId);
    const view = id ? this.ws.views.get(id) : undefined;
    return view ? structuredClone(view) : undefined;
  }

  /** Any open view (modal or home) by id. */
  view(viewId: string): FakeView | undefined {
    const view = this.ws.views.get(viewId);
    return view ? structuredClone(view) : undefined;
  }

  /**
   * The app's answers to commands and interactions, in order: posts to response_urls and the
   * bodies of slash-command acks (`via: 'command_ack'`), each shown to the user as Slack would.
   */
  responseUrlPosts(): ResponseUrlPost[] {
    return structuredClone(this.ws.responseUrlPosts);
  }

  /** Files completed with files.completeUploadExternal. */
  files(): UploadedFile[] {
    return this.ws.files.map((f) => ({ ...f, content: Buffer.from(f.content) }));
  }

  // ── faults ──────────────────────────────────────────────────────────────

  /** The next `times` calls to `method` (or to any method, for '*') fail this way. */
  injectFault(method: string, fault: Fault, times = 1): void {
    this.faults.add(method, fault, times);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  // ── sending to the app ──────────────────────────────────────────────────

  /** Slack's signature headers for a body; exposed so tests can craft bad or stale ones. */
  signRequest(body: string, timestamp?: number): SignatureHeaders {
    return signRequest(this.signingSecret, body, timestamp);
  }

  /** Posts any body to the app, signed unless told otherwise. */
  async sendRaw(body: string, options: SendRawOptions = {}): Promise<SendResult> {
    const signature = options.signed === false ? {} : this.signRequest(body, options.timestamp);
    return this.post(body, options.contentType ?? 'application/x-www-form-urlencoded', {
      ...signature,
      ...options.headers,
    });
  }

  /**
   * Types `/mitra <text>` as the user. Without `channelId` the command comes from the user's
   * DM with the app. The user becomes a member of the channel, since only members can type there.
   */
  async sendSlashCommand(input: {
    userId: string;
    text: string;
    channelId?: string;
    command?: string;
  }): Promise<SlashCommandResult> {
    // Unknown users may send commands from a channel: tests use them for failed user lookups.
    const channel = input.channelId
      ? this.requireChannel(input.channelId)
      : this.ws.openDm(this.requireUser(input.userId).id);
    if (!channel.members.includes(input.userId)) channel.members.push(input.userId);
    const triggerId = this.ws.issueTrigger(input.userId);
    const responseUrl = this.ws.issueResponseUrl(this.baseUrl, {
      userId: input.userId,
      channelId: channel.id,
    });
    const body = slashCommandForm(this.ws, {
      userId: input.userId,
      channel,
      command: input.command ?? '/mitra',
      text: input.text,
      responseUrl,
      triggerId,
    });
    const result = await this.post(body, 'application/x-www-form-urlencoded');
    applyCommandAck(this.ws, { userId: input.userId, channelId: channel.id, responseUrl }, result);
    return { ...result, triggerId, responseUrl };
  }

  /**
   * Clicks or changes an element: inside an open view (`viewId`, a modal or the home tab) or
   * on a message (`channelId` + `messageTs`, ephemeral ones included). The element is looked up
   * by action_id so the payload carries its real type, block_id, value and text.
   */
  async sendBlockAction(input: {
    userId: string;
    actionId: string;
    blockId?: string;
    value?: string;
    selectedOption?: SelectedOption;
    /** Other action fields, e.g. `{ selected_user: 'U1' }`. */
    extra?: JsonObject;
    viewId?: string;
    /**
     * In a view: what the user has entered in the view's other inputs so far. Slack sends the
     * whole view state with every action, so an app rebuilding the modal can keep those values.
     */
    values?: ViewStateValues;
    channelId?: string;
    messageTs?: string;
  }): Promise<InteractionResult> {
    const triggerId = this.ws.issueTrigger(input.userId);
    let payload: JsonObject;
    let responseUrl: string | undefined;

    if (input.viewId) {
      const view = this.ws.views.get(input.viewId);
      if (!view || view.user_id !== input.userId) {
        throw new Error(`FakeSlack: view ${input.viewId} is not open for ${input.userId}`);
      }
      const found = findElement(view.blocks, input.actionId, input.blockId);
      if (!found)
        throw new Error(`FakeSlack: no element with action_id ${input.actionId} in view ${view.id}`);
      for (const [blockId, byAction] of Object.entries(input.values ?? {})) {
        view.state.values[blockId] = { ...view.state.values[blockId], ...byAction };
      }
      const action = buildAction(this.ws, input, found);
      const stateValue = stateValueOf(action);
      if (stateValue) {
        view.state.values[found.blockId] = {
          ...view.state.values[found.blockId],
          [input.actionId]: stateValue,
        };
      }
      payload = blockActionsPayload(this.ws, input.userId, action, triggerId, { view });
    } else if (input.channelId && input.messageTs) {
      const channel = this.requireChannel(input.channelId);
      const { channelId, messageTs } = input;
      const ephemeral = this.ws.ephemerals.find(
        (m) => m.channel === channelId && m.ts === messageTs && m.recipient === input.userId,
      );
      const message = ephemeral ?? this.ws.findMessage(channelId, messageTs);
      if (!message) throw new Error(`FakeSlack: no message ${messageTs} in ${channelId} for ${input.userId}`);
      const found = findElement(message.blocks ?? [], input.actionId, input.blockId);
      if (!found)
        throw new Error(`FakeSlack: no element with action_id ${input.actionId} in message ${messageTs}`);
      responseUrl = this.ws.issueResponseUrl(this.baseUrl, {
        userId: input.userId,
        channelId,
        messageTs,
        messageIsEphemeral: ephemeral !== undefined,
      });
      payload = blockActionsPayload(this.ws, input.userId, buildAction(this.ws, input, found), triggerId, {
        message,
        isEphemeral: ephemeral !== undefined,
        channel,
        responseUrl,
      });
    } else {
      throw new Error('FakeSlack: sendBlockAction needs a viewId, or a channelId and messageTs');
    }
    const result = await this.post(interactivityForm(payload), 'application/x-www-form-urlencoded');
    return { ...result, triggerId, ...(responseUrl ? { responseUrl } : {}) };
  }

  /**
   * Submits the user's top modal with these input values (merged over the current ones) and
   * applies the app's answer to the modal stack as Slack does.
   */
  async sendViewSubmission(input: {
    userId: string;
    viewId: string;
    values?: ViewStateValues;
  }): Promise<ViewSubmissionResult> {
    const stack = this.ws.stack(input.userId);
    const view = this.ws.views.get(input.viewId);
    if (!view || stack[stack.length - 1] !== input.viewId) {
      throw new Error(`FakeSlack: view ${input.viewId} is not the top modal of ${input.userId}`);
    }
    for (const [blockId, byAction] of Object.entries(input.values ?? {})) {
      view.state.values[blockId] = { ...view.state.values[blockId], ...byAction };
    }
    delete view.errors;
    const triggerId = this.ws.issueTrigger(input.userId);
    const result = await this.post(
      interactivityForm(viewSubmissionPayload(this.ws, view, triggerId)),
      'application/x-www-form-urlencoded',
    );
    // The app may have updated the view while handling the submission.
    const current = this.ws.views.get(view.id);
    const outcome: ViewSubmissionOutcome = current
      ? applyViewSubmissionAnswer(this.ws, current, result)
      : { effect: 'kept', problem: 'the view was closed before the answer arrived' };
    const responseAction =
      isObject(result.body) && typeof result.body.response_action === 'string'
        ? result.body.response_action
        : undefined;
    return { ...result, triggerId, outcome, ...(responseAction ? { responseAction } : {}) };
  }

  /**
   * The user closes the top modal (or, with `isCleared`, the whole stack). Slack tells the
   * app only when the view asked with `notify_on_close`; otherwise this returns undefined.
   */
  async sendViewClosed(input: {
    userId: string;
    viewId: string;
    isCleared?: boolean;
  }): Promise<SendResult | undefined> {
    const stack = this.ws.stack(input.userId);
    const view = this.ws.views.get(input.viewId);
    if (!view || stack[stack.length - 1] !== input.viewId) {
      throw new Error(`FakeSlack: view ${input.viewId} is not the top modal of ${input.userId}`);
    }
    const isCleared = input.isCleared === true;
    if (isCleared) this.ws.clearStack(input.userId);
    else this.ws.closeTop(input.userId);
    if (!view.notify_on_close) return undefined;
    return this.post(
      interactivityForm(viewClosedPayload(this.ws, view, isCleared)),
      'application/x-www-form-urlencoded',
    );
  }

  /** Runs a global shortcut as the user. */
  async sendShortcut(input: { userId: string; callbackId: string }): Promise<InteractionResult> {
    const triggerId = this.ws.issueTrigger(input.userId);
    const payload = globalShortcutPayload(this.ws, input.userId, input.callbackId, triggerId);
    const result = await this.post(interactivityForm(payload), 'application/x-www-form-urlencoded');
    return { ...result, triggerId };
  }

  /**
   * Delivers an Events API event (e.g. `{ type: 'app_home_opened', user, tab: 'home' }`) in
   * its `event_callback` envelope. `retryNum` adds Slack's retry headers, as on a redelivery.
   */
  async sendEvent(
    event: JsonObject,
    options: { eventId?: string; retryNum?: number; retryReason?: string } = {},
  ): Promise<SendResult> {
    const eventId = options.eventId ?? this.ws.nextId('Ev');
    const body = JSON.stringify(eventCallbackBody(this.ws, event, eventId));
    const headers: Record<string, string> = {};
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
    }
    return this.post(body, 'application/json', headers);
  }

  // ── internals ───────────────────────────────────────────────────────────

  private requireUser(userId: string): FakeUser {
    const user = this.ws.users.get(userId);
    if (!user) throw new Error(`FakeSlack: unknown user ${userId}; call addUser first`);
    return user;
  }

  private requireChannel(channelId: string): FakeChannel {
    const channel = this.ws.channels.get(channelId);
    if (!channel) throw new Error(`FakeSlack: unknown channel ${channelId}; call addChannel first`);
    return channel;
  }

  /** Posts a signed request to the app and waits at most the ack deadline, as Slack does. */
  private async post(
    body: string,
    contentType: string,
    extraHeaders: Record<string, string> = {},
  ): Promise<SendResult> {
    // A Socket Mode app gets the same payloads over its WebSocket instead of over HTTP.
    if (this.socketMode?.connected) return this.socketMode.deliver(body, contentType, this.ackTimeoutMs);
    const url = this.appUrl;
    if (!url) throw new Error('FakeSlack: no app URL; pass appUrl or call setAppUrl first');
    const headers: Record<string, string> = {
      'content-type': contentType,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ...this.signRequest(body),
      ...extraHeaders,
    };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.ackTimeoutMs),
      });
      const text = await response.text();
      let parsed: unknown = text;
      if (text.trim().startsWith('{') || text.trim().startsWith('[')) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      return {
        status: response.status,
        body: parsed,
        headers: Object.fromEntries(response.headers.entries()),
      };
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        return { status: 0, body: '', headers: {}, timedOut: true };
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`FakeSlack could not reach the app at ${url}: ${reason}`, { cause: error });
    }
  }
}
