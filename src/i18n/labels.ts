/**
 * The words of the domain — roles, goal statuses, schedule kinds — in one place, so the charter,
 * the modals, the reminders and the exports all call a thing by the same name.
 */
import type { GoalStatus, Role, ScheduleKind } from '../domain/enums.js';
import { catalogFor, type MessageKey, type MessageParams, type Translate } from './index.js';

export function roleKey(role: Role): MessageKey {
  return `role.label.${role}`;
}

export function goalStatusKey(status: GoalStatus): MessageKey {
  return `goal.status.${status}`;
}

/** A goal's status as readers see it: the recorded one, or overdue / not assessed yet. */
export function goalDisplayStatusKey(status: GoalStatus | 'overdue' | 'not_assessed'): MessageKey {
  if (status === 'overdue') return 'goal.status.overdue';
  if (status === 'not_assessed') return 'goal.status.notAssessed';
  return goalStatusKey(status);
}

export function scheduleKindKey(kind: ScheduleKind): MessageKey {
  return `schedule.kind.${kind}`;
}

const PAUSED_REASON_KEYS: Readonly<Record<string, MessageKey>> = {
  manual: 'schedule.pausedReason.manual',
  channel_archived: 'schedule.pausedReason.channel_archived',
  channel_not_found: 'schedule.pausedReason.channel_not_found',
};

/**
 * Why a schedule is paused, in words. The column stores a code (`channel_archived`…); a paused
 * schedule without one was paused by hand. A code this version does not know is shown as stored.
 */
export function pausedReasonText(t: Translate, reason: string | null): string {
  const key = PAUSED_REASON_KEYS[reason ?? 'manual'];
  return key ? t(key) : (reason ?? '');
}

/** Slack's error codes people may meet, in words; the code itself stays in the log. */
const SLACK_ERROR_KEYS: Readonly<Record<string, MessageKey>> = {
  channel_not_found: 'slackError.channelNotFound',
  not_in_channel: 'slackError.notInChannel',
  is_archived: 'slackError.archived',
  ratelimited: 'slackError.rateLimited',
  rate_limited: 'slackError.rateLimited',
  internal_error: 'slackError.unavailable',
  fatal_error: 'slackError.unavailable',
  service_unavailable: 'slackError.unavailable',
  request_timeout: 'slackError.unavailable',
  missing_scope: 'slackError.permission',
  not_allowed_token_type: 'slackError.permission',
  invalid_auth: 'slackError.permission',
  token_revoked: 'slackError.permission',
  account_inactive: 'slackError.permission',
  msg_too_long: 'slackError.rejected',
  invalid_blocks: 'slackError.rejected',
  upload_failed: 'slackError.uploadFailed',
};

/**
 * Why a Slack call failed, in words for the person reading it: a known Slack code gets its own
 * sentence, any other code "Slack refused it", and a message with no code (a time-out, an HTTP
 * 5xx, a reset connection) "Slack could not be reached". A catalog key stored as the reason (an
 * evaluation schedule that could not open its cycle) is translated with `params`.
 */
export function slackErrorText(t: Translate, error: string | null, params: MessageParams = {}): string {
  const raw = (error ?? '').trim();
  const known = SLACK_ERROR_KEYS[raw];
  if (known) return t(known);
  if (raw in catalogFor('id')) return t(raw as MessageKey, params);
  return t(/^[a-z_]+$/.test(raw) ? 'slackError.other' : 'slackError.unavailable');
}
