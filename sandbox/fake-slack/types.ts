import type { AnyBlock } from '@slack/types';

/** A parsed JSON object whose values have not been checked yet. */
export type JsonObject = { [key: string]: unknown };

export interface FakeSlackOptions {
  /** Secret used to sign every request sent to the app, as Slack does. */
  signingSecret: string;
  /** The only bot token the Web API accepts. Default `xoxb-test`. */
  botToken?: string;
  /** The only app-level token `apps.connections.open` accepts (Socket Mode). Default `xapp-test`. */
  appToken?: string;
  /** Default `T0MITRA`. */
  teamId?: string;
  /** Default `mitra`. */
  teamDomain?: string;
  /** Where requests to the app go, e.g. `http://127.0.0.1:3000/slack/events`; see `setAppUrl`. */
  appUrl?: string;
  /** Default `U0MITRABOT`. */
  botUserId?: string;
  /** Default `B0MITRABOT`. */
  botId?: string;
  /** Default `A0MITRA`. */
  appId?: string;
  /**
   * Slack's clock in milliseconds: message timestamps, trigger expiry, response_url expiry.
   * Request signatures always use the real clock, because the app checks them against its own.
   */
  now?: () => number;
  /** How long Slack waits for the app to answer a request before giving up. Default 3000 ms. */
  ackTimeoutMs?: number;
  /**
   * Enforce Slack's per-channel `chat.postMessage` rate (HTTP 429 with `Retry-After`), e.g.
   * `SLACK_CHANNEL_POST_RATE` from `post-rate.ts`. Default off, so tests post as fast as they like.
   */
  channelPostRate?: ChannelPostRate;
}

export interface AddUserInput {
  id: string;
  name: string;
  realName?: string;
  /** e.g. `id-ID`, `en-US`; returned by users.info with `include_locale`. */
  locale?: string;
  /** IANA zone, default `Asia/Jakarta`. */
  tz?: string;
  isBot?: boolean;
  email?: string;
}

export interface FakeUser {
  id: string;
  name: string;
  realName: string;
  locale: string;
  tz: string;
  isBot: boolean;
  email?: string;
}

export interface AddChannelInput {
  id: string;
  name: string;
  isPrivate?: boolean;
  isArchived?: boolean;
  /** Human members; the bot's membership is `botIsMember`. */
  members?: string[];
  /** Default true, so tests opt into `not_in_channel` explicitly. */
  botIsMember?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  isArchived: boolean;
  /** A direct message between the bot and `imUser`, made by conversations.open. */
  isIm: boolean;
  imUser?: string;
  members: string[];
  botIsMember: boolean;
  /** Unix seconds. */
  created: number;
}

export interface MessageMetadata {
  event_type: string;
  event_payload: JsonObject;
}

export interface SharedFile {
  id: string;
  name: string;
  title: string;
}

/** A message as conversations.history returns it, plus the channel it lives in. */
export interface SlackMessage {
  type: 'message';
  channel: string;
  ts: string;
  /** The author: the bot user for messages the app posted. */
  user: string;
  text: string;
  blocks?: AnyBlock[];
  thread_ts?: string;
  bot_id?: string;
  app_id?: string;
  team: string;
  metadata?: MessageMetadata;
  files?: SharedFile[];
  edited?: { user: string; ts: string };
  reply_count?: number;
  latest_reply?: string;
}

/** An ephemeral message: only `recipient` sees it, and it never appears in history. */
export interface EphemeralMessage extends SlackMessage {
  recipient: string;
  /** How the app produced it. */
  via: 'chat.postEphemeral' | 'response_url' | 'command_ack';
}

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface SelectedOption {
  text: PlainText;
  value: string;
}

/** One input's value in `view.state.values[blockId][actionId]`, as Slack sends it. */
export interface ViewStateValue {
  type: string;
  value?: string | null;
  selected_option?: SelectedOption | null;
  selected_options?: SelectedOption[];
  selected_user?: string | null;
  selected_users?: string[];
  selected_conversation?: string | null;
  selected_conversations?: string[];
  selected_channel?: string | null;
  selected_channels?: string[];
  selected_date?: string | null;
  selected_time?: string | null;
  selected_date_time?: number | null;
  [key: string]: unknown;
}

export type ViewStateValues = Record<string, Record<string, ViewStateValue>>;

/** A view as Slack returns it from views.* and sends it in payloads, plus two fake-only fields. */
export interface FakeView {
  id: string;
  team_id: string;
  type: 'modal' | 'home';
  title: PlainText | null;
  submit: PlainText | null;
  close: PlainText | null;
  blocks: AnyBlock[];
  private_metadata: string;
  callback_id: string;
  external_id: string;
  state: { values: ViewStateValues };
  hash: string;
  clear_on_close: boolean;
  notify_on_close: boolean;
  root_view_id: string | null;
  previous_view_id: string | null;
  app_id: string;
  app_installed_team_id: string;
  bot_id: string;
  /** Fake-only: whose view it is. */
  user_id: string;
  /** Fake-only: the field errors of the last `response_action: 'errors'`, by block_id. */
  errors?: Record<string, string>;
}

export interface RecordedCall {
  method: string;
  /** The arguments, with JSON-encoded fields (`blocks`, `view`, `metadata`, `files`…) decoded. */
  args: JsonObject;
  /** The JSON body answered; for an injected `http_error` a synthetic `{ ok: false, error: 'http_<status>' }`. */
  response: JsonObject;
  status: number;
  /** `now()` when the call arrived. */
  at: number;
}

export type Fault =
  | { kind: 'rate_limited'; retryAfter: number }
  | { kind: 'http_error'; status: number }
  /** Waits `ms`, then carries out the call and answers: a request stuck on its way in. */
  | { kind: 'slow'; ms: number }
  /** Carries out the call at once, then answers only after `ms`: Slack acted, the answer is late. */
  | { kind: 'late_answer'; ms: number }
  /** Carries out the call, then closes the connection without answering. */
  | { kind: 'dropped_answer' }
  | { kind: 'error'; error: string };

export interface UploadedFile {
  id: string;
  name: string;
  title: string;
  content: Buffer;
  /** When files.completeUploadExternal finished it (real time, ms): processing starts then. */
  completedAt: number;
  /** The description for screen readers given with the upload (`alt_txt`), if any. */
  altText?: string;
  /** The channel it was shared to by files.completeUploadExternal, if any. */
  channel?: string;
  initialComment?: string;
  threadTs?: string;
}

export interface ResponseUrlPost {
  url: string;
  body: JsonObject;
  at: number;
  /** Set when the answer was the body of a slash command's ack rather than a post to the URL. */
  via?: 'command_ack';
}

/** What the app answered to a request FakeSlack sent it. */
export interface SendResult {
  status: number;
  /** Parsed JSON when the body is JSON, else the text ('' for an empty body). */
  body: unknown;
  headers: Record<string, string>;
  /** True when the app did not answer within `ackTimeoutMs`; then status is 0. */
  timedOut?: boolean;
}

export interface SlashCommandResult extends SendResult {
  triggerId: string;
  responseUrl: string;
}

export interface InteractionResult extends SendResult {
  triggerId: string;
  /** Only for actions on messages; views have none. */
  responseUrl?: string;
}

/** Something changed in the fake workspace; the sandbox page listens to refresh itself. */
export type FakeSlackChange =
  | { kind: 'api_call'; call: RecordedCall }
  | { kind: 'response_url'; post: ResponseUrlPost }
  | { kind: 'views'; userId: string }
  | { kind: 'messages'; channelId: string };

/** Slack's per-channel pace for `chat.postMessage`: about one a second, with short bursts allowed. */
export interface ChannelPostRate {
  /** Messages a channel regains per second. */
  perSecond: number;
  /** Messages a quiet channel may take at once. */
  burst: number;
}

export interface ResponseUrlContext {
  userId: string;
  channelId: string;
  /** The message the action happened on, for replace_original / delete_original. */
  messageTs?: string;
  messageIsEphemeral?: boolean;
  issuedAt: number;
  uses: number;
}

export interface PendingFile {
  id: string;
  name: string;
  length: number;
  altText?: string;
  content?: Buffer;
}

export interface WorkspaceIdentity {
  teamId: string;
  teamDomain: string;
  botUserId: string;
  botId: string;
  appId: string;
  botToken: string;
  /** The app-level token (`xapp-…`) that may open Socket Mode connections. */
  appToken: string;
}
