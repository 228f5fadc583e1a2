/**
 * The words of the domain — roles, goal statuses, schedule kinds — in one place, so the charter,
 * the modals, the reminders and the exports all call a thing by the same name.
 */
import type { GoalStatus, Role } from '../db/schema/partnerships.js';
import type { ScheduleKind } from '../db/schema/schedules.js';
import type { MessageKey, Translate } from './index.js';

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
