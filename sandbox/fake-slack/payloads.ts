/**
 * Builders of what Slack sends to an app: the form of a slash command and the JSON of
 * interactivity payloads and events, with the fields Slack fills in. Pure: no I/O.
 */
import type { AnyBlock } from '@slack/types';
import { slackMessage, slackView } from './api-shapes.js';
import { isObject } from './block-limits.js';
import type { Workspace } from './state.js';
import type {
  FakeChannel,
  FakeView,
  JsonObject,
  SelectedOption,
  SlackMessage,
  ViewStateValue,
} from './types.js';

/** The legacy verification token; Slack still sends one and Bolt ignores it. */
export const VERIFICATION_TOKEN = 'fakeslackverificationtoken';

function team(ws: Workspace): JsonObject {
  return { id: ws.identity.teamId, domain: ws.identity.teamDomain };
}

function user(
  ws: Workspace,
  userId: string,
): { id: string; username: string; name: string; team_id: string } {
  const name = ws.users.get(userId)?.name ?? userId;
  return { id: userId, username: name, name, team_id: ws.identity.teamId };
}

function channelName(channel: FakeChannel): string {
  if (channel.isIm) return 'directmessage';
  return channel.isPrivate ? 'privategroup' : channel.name;
}

export function actionTs(ws: Workspace): string {
  return ws.nextTs();
}

export interface SlashCommandFields {
  userId: string;
  channel: FakeChannel;
  command: string;
  text: string;
  responseUrl: string;
  triggerId: string;
}

/** A slash command travels as a URL-encoded form, not JSON. */
export function slashCommandForm(ws: Workspace, fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: VERIFICATION_TOKEN,
    team_id: ws.identity.teamId,
    team_domain: ws.identity.teamDomain,
    channel_id: fields.channel.id,
    channel_name: channelName(fields.channel),
    user_id: fields.userId,
    user_name: ws.users.get(fields.userId)?.name ?? fields.userId,
    command: fields.command,
    text: fields.text,
    api_app_id: ws.identity.appId,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}

/** Interactivity travels as a form with one field, `payload`, holding the JSON. */
export function interactivityForm(payload: JsonObject): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The element with this action_id in a list of blocks, and the block holding it. */
export function findElement(
  blocks: AnyBlock[],
  actionId: string,
  blockId?: string,
): { blockId: string; element: JsonObject } | undefined {
  for (const block of blocks as unknown[]) {
    if (!isObject(block) || (blockId !== undefined && block.block_id !== blockId)) continue;
    const candidates: unknown[] = [];
    if (Array.isArray(block.elements)) candidates.push(...block.elements);
    if (block.accessory !== undefined) candidates.push(block.accessory);
    if (block.element !== undefined) candidates.push(block.element);
    const element = candidates.find((el) => isObject(el) && el.action_id === actionId);
    if (isObject(element)) return { blockId: String(block.block_id ?? ''), element };
  }
  return undefined;
}

export interface ActionInput {
  actionId: string;
  blockId?: string;
  value?: string;
  selectedOption?: SelectedOption;
  /** Any other action fields, e.g. `{ selected_user: 'U1' }` or `{ selected_date: '2025-01-31' }`. */
  extra?: JsonObject;
}

/** Builds `actions[0]` from the element the user touched, as Slack does. */
export function buildAction(
  ws: Workspace,
  input: ActionInput,
  found: ReturnType<typeof findElement>,
): JsonObject {
  const element = found?.element ?? { type: 'button' };
  const action: JsonObject = {
    type: element.type,
    action_id: input.actionId,
    block_id: found?.blockId ?? input.blockId ?? '',
    action_ts: actionTs(ws),
  };
  if (element.type === 'button') {
    action.text = element.text ?? { type: 'plain_text', text: input.actionId };
    const value = input.value ?? element.value;
    if (value !== undefined) action.value = value;
    if (element.style !== undefined) action.style = element.style;
  } else if (input.value !== undefined) {
    action.value = input.value;
  }
  if (input.selectedOption !== undefined) action.selected_option = input.selectedOption;
  return { ...action, ...input.extra };
}

/** What the element's value looks like inside `view.state.values`. */
export function stateValueOf(action: JsonObject): ViewStateValue | undefined {
  if (action.type === 'button' || action.type === 'overflow' || typeof action.type !== 'string')
    return undefined;
  const { action_id: _a, block_id: _b, action_ts: _t, text: _x, ...value } = action;
  return { ...value, type: action.type };
}

export interface BlockActionsSource {
  view?: FakeView;
  message?: SlackMessage;
  isEphemeral?: boolean;
  channel?: FakeChannel;
  responseUrl?: string;
}

export function blockActionsPayload(
  ws: Workspace,
  userId: string,
  action: JsonObject,
  triggerId: string,
  source: BlockActionsSource,
): JsonObject {
  const payload: JsonObject = {
    type: 'block_actions',
    user: user(ws, userId),
    api_app_id: ws.identity.appId,
    token: VERIFICATION_TOKEN,
    trigger_id: triggerId,
    team: team(ws),
    enterprise: null,
    is_enterprise_install: false,
    actions: [action],
  };
  if (source.view) {
    payload.container = { type: 'view', view_id: source.view.id };
    payload.view = slackView(source.view);
    return payload;
  }
  if (source.message && source.channel) {
    payload.container = {
      type: 'message',
      message_ts: source.message.ts,
      channel_id: source.channel.id,
      is_ephemeral: source.isEphemeral === true,
    };
    payload.channel = { id: source.channel.id, name: channelName(source.channel) };
    // Slack does not include the content of an ephemeral message in the payload.
    if (!source.isEphemeral) payload.message = slackMessage(source.message, true);
    payload.state = { values: {} };
    payload.response_url = source.responseUrl;
  }
  return payload;
}

export function viewSubmissionPayload(ws: Workspace, view: FakeView, triggerId: string): JsonObject {
  return {
    type: 'view_submission',
    team: team(ws),
    user: user(ws, view.user_id),
    api_app_id: ws.identity.appId,
    token: VERIFICATION_TOKEN,
    trigger_id: triggerId,
    view: slackView(view),
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function viewClosedPayload(ws: Workspace, view: FakeView, isCleared: boolean): JsonObject {
  return {
    type: 'view_closed',
    team: team(ws),
    user: user(ws, view.user_id),
    api_app_id: ws.identity.appId,
    token: VERIFICATION_TOKEN,
    view: slackView(view),
    is_cleared: isCleared,
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function globalShortcutPayload(
  ws: Workspace,
  userId: string,
  callbackId: string,
  triggerId: string,
): JsonObject {
  return {
    type: 'shortcut',
    token: VERIFICATION_TOKEN,
    action_ts: actionTs(ws),
    team: team(ws),
    user: user(ws, userId),
    is_enterprise_install: false,
    enterprise: null,
    callback_id: callbackId,
    trigger_id: triggerId,
  };
}

/** A message shortcut (`message_action`) run on a message in a channel. */
export function messageShortcutPayload(
  ws: Workspace,
  input: { userId: string; callbackId: string; channel: FakeChannel; message: JsonObject },
  triggerId: string,
  responseUrl: string,
): JsonObject {
  return {
    type: 'message_action',
    token: VERIFICATION_TOKEN,
    action_ts: actionTs(ws),
    team: team(ws),
    user: user(ws, input.userId),
    channel: { id: input.channel.id, name: channelName(input.channel) },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId,
    trigger_id: triggerId,
    response_url: responseUrl,
    message_ts: input.message.ts,
    message: input.message,
  };
}

/** Events arrive as JSON, wrapped in an `event_callback` envelope. */
export function eventCallbackBody(ws: Workspace, event: JsonObject, eventId: string): JsonObject {
  const eventTime = Math.floor(ws.now() / 1000);
  return {
    token: VERIFICATION_TOKEN,
    team_id: ws.identity.teamId,
    api_app_id: ws.identity.appId,
    event: { event_ts: ws.nextTs(), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: ws.identity.teamId,
        user_id: ws.identity.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(eventId).toString('base64url')}`,
  };
}
