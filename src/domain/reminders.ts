import { describeCadence } from './time/cadence-text.js';
/**
 * The rules of delivering reminders, apart from Slack and the database: when a due time is posted,
 * posted late or recorded as skipped, how long a claim lasts, how retries back off, how a reminder
 * is recognised in a channel's history, and which goals a check-in names.
 */

import { type Locale, t } from '../i18n/index.js';
import { scheduleKindKey } from '../i18n/labels.js';
import type { Cadence, GoalStatus, Role, ScheduleKind, ScheduleStatus } from './enums.js';
import { isGoalOverdue } from './goals.js';
import { type CadenceValidation, type DueRun, nextRuns, validateCadence } from './time/cadence.js';
import { parseCron } from './time/cron.js';
import { type ExtraHoliday, makeHolidayChecker } from './time/holidays.js';

/** `metadata.event_type` of every reminder; `event_payload.delivery_id` names its delivery row. */
export const REMINDER_EVENT_TYPE = 'mitra_reminder';
/** Test posts (`/mitra jadwal KODE uji`) carry this type, so a history lookup never takes one for a delivery. */
export const TEST_REMINDER_EVENT_TYPE = 'mitra_reminder_test';

/** A reminder posted more than this after its due time says it is late (a tick can slip a minute or two). */
export const LATE_AFTER_MS = 5 * 60_000;
/**
 * A claim older than this belongs to a process that died (or hung) mid-delivery. Far longer than
 * one post can take, Web API retries and `Retry-After` waits included, so a live claim is never taken.
 */
export const STALE_CLAIM_MS = 10 * 60_000;
/** After this many attempts a delivery is `failed` with its last error; it is never retried again. */
export const MAX_ATTEMPTS = 5;

/** Minutes to wait before attempt `attempts + 1`: 1, 2, 4, 8 … capped at 30. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

export type DueDecision = 'post' | 'late' | 'missed';

/**
 * What to do with a due time seen at `now`: post it, post it with a note that it is late, or — when
 * it is older than the grace window — record it as missed. A reminder a day late misleads more
 * than it helps ("meeting in ten minutes").
 */
export function decideDue(dueAt: Date, now: Date, graceMs: number): DueDecision {
  const lateness = now.getTime() - dueAt.getTime();
  if (lateness > graceMs) return 'missed';
  return lateness > LATE_AFTER_MS ? 'late' : 'post';
}

/** Why a delivery was skipped. Stored as `reason` or `reason:detail` (the holiday's name). */
/**
 * Why a delivery was skipped. `outside_quarter_end` and `nothing_to_ask` are the quarter-end
 * prompt's: a day outside its window, or every goal's realisation already in.
 */
export type SkipReason =
  | 'holiday'
  | 'missed'
  | 'paused'
  | 'inactive'
  | 'outside_quarter_end'
  | 'nothing_to_ask';

export function formatSkipReason(reason: SkipReason, detail?: string): string {
  return detail ? `${reason}:${detail}` : reason;
}

export function parseSkipReason(stored: string | null): { reason: string; detail?: string } | undefined {
  if (!stored) return undefined;
  const colon = stored.indexOf(':');
  return colon < 0 ? { reason: stored } : { reason: stored.slice(0, colon), detail: stored.slice(colon + 1) };
}

/** The message metadata that ties a posted reminder to its delivery row. */
export function reminderMetadata(deliveryId: number): {
  event_type: string;
  event_payload: { delivery_id: number };
} {
  return { event_type: REMINDER_EVENT_TYPE, event_payload: { delivery_id: deliveryId } };
}

/** True when a message from `conversations.history` (with `include_all_metadata`) is this delivery's reminder. */
export function isReminderFor(message: { metadata?: unknown }, deliveryId: number): boolean {
  const metadata = message.metadata;
  if (typeof metadata !== 'object' || metadata === null) return false;
  const { event_type: type, event_payload: payload } = metadata as {
    event_type?: unknown;
    event_payload?: { delivery_id?: unknown };
  };
  return type === REMINDER_EVENT_TYPE && Number(payload?.delivery_id) === deliveryId;
}

/** The fields of a stored schedule that the rules here read (the schema's row has more). */
export interface ScheduleFields {
  kind: ScheduleKind;
  cadence: Cadence;
  weekdays: number[] | null;
  dayOfMonth: number | null;
  nth: number | null;
  nthWeekday: number | null;
  cronExpression: string | null;
  anchorDate: string | null;
  timeOfDay: string;
  timeZone: string;
  status: ScheduleStatus;
  skipHolidays: boolean;
}

/** A schedule row's cadence columns as `validateCadence` reads them (nulls dropped). */
export function cadenceInputOf(
  schedule: Pick<
    ScheduleFields,
    | 'cadence'
    | 'weekdays'
    | 'dayOfMonth'
    | 'nth'
    | 'nthWeekday'
    | 'cronExpression'
    | 'anchorDate'
    | 'timeOfDay'
    | 'timeZone'
  >,
): Record<string, unknown> {
  const input: Record<string, unknown> = {
    cadence: schedule.cadence,
    timeOfDay: schedule.timeOfDay,
    timeZone: schedule.timeZone,
  };
  if (schedule.weekdays !== null) input.weekdays = schedule.weekdays;
  if (schedule.dayOfMonth !== null) input.dayOfMonth = schedule.dayOfMonth;
  if (schedule.nth !== null) input.nth = schedule.nth;
  if (schedule.nthWeekday !== null) input.nthWeekday = schedule.nthWeekday;
  if (schedule.cronExpression !== null) input.cronExpression = schedule.cronExpression;
  if (schedule.anchorDate !== null) input.anchorDate = schedule.anchorDate;
  return input;
}

export function cadenceOfSchedule(schedule: Parameters<typeof cadenceInputOf>[0]): CadenceValidation {
  return validateCadence(cadenceInputOf(schedule));
}

/**
 * The `time_of_day` column of a cron schedule. A cron expression carries its own times, but the
 * column is required, so it stores the first time the expression fires (lists sort by it); the
 * cadence itself ignores it.
 */
export function storedTimeOfDayForCron(expression: string): string {
  return parseCron(expression)?.timesOfDay[0] ?? '00:00';
}

export interface GoalForReminder {
  id: number;
  title: string;
  status: GoalStatus;
  dueDate: string | null;
  personInChargeId: string | null;
  currentValue: number | null;
}

export interface GoalAttention extends GoalForReminder {
  overdue: boolean;
}

/** Goals a check-in names: at risk, off track or overdue (`isGoalOverdue`), worst first. */
export function goalsNeedingAttention(goals: readonly GoalForReminder[], today: string): GoalAttention[] {
  const rank = (g: GoalAttention) => (g.status === 'off_track' ? 0 : g.status === 'at_risk' ? 1 : 2);
  return goals
    .map((goal) => ({ ...goal, overdue: isGoalOverdue(goal, today) }))
    .filter((goal) => goal.status === 'at_risk' || goal.status === 'off_track' || goal.overdue)
    .sort((a, b) => rank(a) - rank(b) || a.id - b.id);
}

/** Open goals (not done) grouped by their person in charge, for a progress prompt; goals with nobody are left out. */
export function openGoalsByPerson(
  goals: readonly GoalForReminder[],
): { userId: string; goals: GoalForReminder[] }[] {
  const byPerson = new Map<string, GoalForReminder[]>();
  for (const goal of goals) {
    if (goal.status === 'done' || !goal.personInChargeId) continue;
    const list = byPerson.get(goal.personInChargeId) ?? [];
    list.push(goal);
    byPerson.set(goal.personInChargeId, list);
  }
  return [...byPerson.entries()].map(([userId, list]) => ({ userId, goals: list }));
}

/** The people a reminder mentions: holders of the chosen roles, each once, in a stable order. */
export function mentionedUsers(
  assignments: readonly { userId: string; role: Role }[],
  roles: readonly Role[],
): string[] {
  const wanted = new Set(roles);
  return [...new Set(assignments.filter((a) => wanted.has(a.role)).map((a) => a.userId))].sort();
}

/** A schedule in one line, in `locale`: "Check-in — Setiap Senin pukul 09.00 WIB". For lists, selects and notices. */
export function scheduleLabel(
  schedule: Parameters<typeof cadenceInputOf>[0] & Pick<ScheduleFields, 'kind'>,
  locale: Locale,
): string {
  const cadence = cadenceOfSchedule(schedule);
  const words = cadence.ok ? describeCadence(cadence.spec, locale) : schedule.cadence;
  return `${t(locale, scheduleKindKey(schedule.kind))} — ${words}`;
}

/**
 * A schedule's next run after `now` that will post, with the holiday skips before it (as
 * `nextRuns` gives them), for the charter, `lihat` and App Home. Empty for a paused schedule or
 * one whose cadence cannot run. `extraDates` are the team's admin-added holidays.
 */
export function upcomingRuns(
  schedule: Parameters<typeof cadenceInputOf>[0] & Pick<ScheduleFields, 'status' | 'skipHolidays'>,
  params: { now: Date; extraDates: readonly ExtraHoliday[]; locale?: Locale; count?: number },
): DueRun[] {
  if (schedule.status !== 'active') return [];
  const cadence = cadenceOfSchedule(schedule);
  if (!cadence.ok) return [];
  return nextRuns(cadence.spec, {
    after: params.now,
    count: params.count ?? 1,
    skipHolidays: schedule.skipHolidays,
    isHoliday: makeHolidayChecker({
      extraDates: params.extraDates,
      ...(params.locale ? { locale: params.locale } : {}),
    }),
  });
}
