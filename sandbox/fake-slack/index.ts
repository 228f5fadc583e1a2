import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postOverHttp } from './app-http.js';
import { type BlockActionInput, blockActionRequest } from './block-action.js';
import { isObject } from './block-limits.js';
import { applyCommandAck, applyViewSubmissionAnswer, type ViewSubmissionOutcome } from './interactions.js';
import {
  eventCallbackBody,
  globalShortcutPayload,
  interactivityForm,
  messageShortcutPayload,
  slashCommandForm,
  viewClosedPayload,
  viewSubmissionPayload,
} from './payloads.js';
import { ChannelPostLimiter } from './post-rate.js';
import { createFakeSlackServer, Faults } from './server.js';
import { type SignatureHeaders, signRequest } from './signing.js';
import { SocketModeHub } from './socket-mode.js';
import type {
  FakeSlackOptions,
  Fault,
  InteractionResult,
  JsonObject,
  SendResult,
  SlashCommandResult,
  ViewStateValues,
} from './types.js';
import { FakeSlackWorkspace } from './workspace-api.js';

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
 *
 * The directory and the record of what the app did are {@link FakeSlackWorkspace}'s; this class
 * adds the server, the injected faults and the requests to the app.
 */
export class FakeSlack extends FakeSlackWorkspace {
  private readonly faults = new Faults();
  private readonly signingSecret: string;
  private readonly ackTimeoutMs: number;
  private readonly postLimiter: ChannelPostLimiter | undefined;
  private server: Server | undefined;
  private socketMode: SocketModeHub | undefined;
  private port: number | undefined;
  private appUrl: string | undefined;

  constructor(options: FakeSlackOptions) {
    super(options);
    this.signingSecret = options.signingSecret;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3000;
    if (options.channelPostRate) this.postLimiter = new ChannelPostLimiter(options.channelPostRate);
    this.appUrl = options.appUrl;
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

  // ── faults ──────────────────────────────────────────────────────────────

  /** The next `times` calls to `method` (or to any method, for '*') fail this way. */
  injectFault(method: string, fault: Fault, times = 1): void {
    this.faults.add(method, fault, times);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Uploaded files stay out of image blocks for this long after their upload, as while Slack processes them. */
  setFileProcessingMs(ms: number): void {
    this.ws.fileProcessingMs = ms;
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
  async sendBlockAction(input: BlockActionInput): Promise<InteractionResult> {
    const triggerId = this.ws.issueTrigger(input.userId);
    const { payload, responseUrl } = blockActionRequest(this.ws, input, triggerId, {
      baseUrl: () => this.baseUrl,
      requireChannel: (channelId) => this.requireChannel(channelId),
    });
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

  /** Runs a message shortcut as the user on a message (`channelId` + `messageTs`) they can see. */
  async sendMessageShortcut(input: {
    userId: string;
    callbackId: string;
    channelId: string;
    messageTs: string;
  }): Promise<InteractionResult> {
    const channel = this.requireChannel(input.channelId);
    const message = this.ws.findMessage(channel.id, input.messageTs);
    if (!message) throw new Error(`FakeSlack: no message ${input.messageTs} in ${input.channelId}`);
    const triggerId = this.ws.issueTrigger(input.userId);
    const responseUrl = this.ws.issueResponseUrl(this.baseUrl, {
      userId: input.userId,
      channelId: channel.id,
    });
    const payload = messageShortcutPayload(
      this.ws,
      {
        userId: input.userId,
        callbackId: input.callbackId,
        channel,
        message: message as unknown as JsonObject,
      },
      triggerId,
      responseUrl,
    );
    const result = await this.post(interactivityForm(payload), 'application/x-www-form-urlencoded');
    return { ...result, triggerId, responseUrl };
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
    return postOverHttp(url, body, headers, this.ackTimeoutMs);
  }
}
