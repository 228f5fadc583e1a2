/**
 * The rules of follow-through: when an action item is due soon or overdue, counted in workdays of
 * the partnership's zone (Monday–Friday, holidays skipped); when it is escalated; who is on leave;
 * and to whom an escalation goes (never to the person it is about).
 */
import type { GoalStatus } from './enums.js';
import { addDays, instantOfLocal, type LocalDate, localDateTimeOf, weekdayOf } from './time/calendar.js';

/** True for a local date that is a holiday (national or added by admins). */
export type IsHoliday = (date: LocalDate) => boolean;

/** The hour (in the partnership's zone) at which chasing DMs go out. */
export const CHASE_TIME = '09:00';

/** The default number of overdue workdays before an item is escalated. */
export const DEFAULT_ESCALATION_WORKDAYS = 5;

export function isWorkday(date: LocalDate, isHoliday: IsHoliday): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !isHoliday(date);
}

/** The last workday strictly before `date`. */
export function previousWorkday(date: LocalDate, isHoliday: IsHoliday): LocalDate {
  let day = addDays(date, -1);
  // A year of holidays in a row is impossible; the bound only guards against a broken checker.
  for (let i = 0; i < 366 && !isWorkday(day, isHoliday); i++) day = addDays(day, -1);
  return day;
}

/** The workdays after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workdaysBetween(from: LocalDate, to: LocalDate, isHoliday: IsHoliday): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkday(day, isHoliday)) count++;
  }
  return count;
}

export interface ItemTiming {
  status: 'open' | 'done';
  dueDate: LocalDate;
}

/** An open item whose due date has passed (the due day itself is not overdue). */
export function isOverdue(item: ItemTiming, today: LocalDate): boolean {
  return item.status === 'open' && item.dueDate < today;
}

/** An open item due from today to the end of the week (through Sunday). */
export function isDueThisWeek(item: ItemTiming, today: LocalDate): boolean {
  if (item.status !== 'open' || item.dueDate < today) return false;
  const daysToSunday = (7 - weekdayOf(today)) % 7;
  return item.dueDate <= addDays(today, daysToSunday);
}

/**
 * The moment the "due tomorrow" DM is due: 09:00 on the last workday before the due date, in
 * the partnership's zone.
 */
export function dueSoonAt(dueDate: LocalDate, timeZone: string, isHoliday: IsHoliday): Date {
  return instantOfLocal(previousWorkday(dueDate, isHoliday), CHASE_TIME, timeZone);
}

/**
 * The moment the "overdue" DM is due: 09:00 on the first workday after the due date. (An item due
 * on a Friday is chased on Monday, not on Saturday.)
 */
export function overdueAt(dueDate: LocalDate, timeZone: string, isHoliday: IsHoliday): Date {
  let day = addDays(dueDate, 1);
  for (let i = 0; i < 366 && !isWorkday(day, isHoliday); i++) day = addDays(day, 1);
  return instantOfLocal(day, CHASE_TIME, timeZone);
}

/** Which chasing DMs are due now for an open item (at most one of each, in order). */
export function chasesDue(
  item: ItemTiming,
  now: Date,
  timeZone: string,
  isHoliday: IsHoliday,
): ('due_soon' | 'overdue')[] {
  if (item.status !== 'open') return [];
  const overdue = now >= overdueAt(item.dueDate, timeZone, isHoliday);
  // Once overdue, "due tomorrow" is stale news: only the overdue DM goes out.
  if (overdue) return ['overdue'];
  return now >= dueSoonAt(item.dueDate, timeZone, isHoliday) ? ['due_soon'] : [];
}

/** True when an open item has been overdue for at least `workdays` workdays (at 09:00 local time). */
export function isEscalationDue(
  item: ItemTiming,
  now: Date,
  params: { timeZone: string; workdays: number; isHoliday: IsHoliday },
): boolean {
  if (item.status !== 'open') return false;
  const local = localDateTimeOf(now, params.timeZone);
  const today = local.time < CHASE_TIME ? addDays(local.date, -1) : local.date;
  return workdaysBetween(item.dueDate, today, params.isHoliday) >= Math.max(1, params.workdays);
}

/** A goal reported at risk or off track in its two latest updates (newest first) needs escalation. */
export function goalNeedsEscalation(latestStatuses: readonly GoalStatus[]): boolean {
  const [last, previous] = latestStatuses;
  const bad = (s: GoalStatus | undefined) => s === 'at_risk' || s === 'off_track';
  return bad(last) && bad(previous);
}

export interface LeaveWindow {
  userId: string;
  fromDate: LocalDate;
  toDate: LocalDate;
  delegateUserId: string | null;
}

/** The leave a person is on today, if any (the latest-ending one when they overlap). */
export function leaveOn<L extends LeaveWindow>(
  leaves: readonly L[],
  userId: string,
  today: LocalDate,
): L | undefined {
  return leaves
    .filter((l) => l.userId === userId && l.fromDate <= today && today <= l.toDate)
    .sort((a, b) => (a.toDate < b.toDate ? 1 : -1))[0];
}

/** A leave's dates are valid when both are dates, in order, and it has not ended already. */
export function leaveProblem(
  leave: { fromDate: LocalDate; toDate: LocalDate; userId: string; delegateUserId: string | null },
  today: LocalDate,
): 'order' | 'past' | 'selfDelegate' | undefined {
  if (leave.toDate < leave.fromDate) return 'order';
  if (leave.toDate < today) return 'past';
  if (leave.delegateUserId === leave.userId) return 'selfDelegate';
  return undefined;
}

/**
 * Who an escalation goes to. The managers of the unit (role `manager` there, else the unit's
 * head); the person it is about is never one of them — when they are the manager, it goes to the
 * coordinators instead. Anyone on leave is replaced by their delegate (or dropped when they have
 * none). Duplicates are removed; the order is kept.
 */
export function escalationRecipients(params: {
  aboutUserId: string | null;
  managers: readonly string[];
  coordinators: readonly string[];
  onLeave: (userId: string) => { delegateUserId: string | null } | undefined;
}): string[] {
  const about = params.aboutUserId;
  const managers = params.managers.filter((m) => m !== about);
  const chosen = managers.length > 0 ? managers : params.coordinators.filter((c) => c !== about);
  const out: string[] = [];
  for (const userId of chosen) {
    const leave = params.onLeave(userId);
    const target = leave ? leave.delegateUserId : userId;
    if (target && target !== about && !out.includes(target)) out.push(target);
  }
  return out;
}

/** Decisions are typed one per line; blank lines and list bullets are dropped. */
export function decisionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0);
}

export interface ItemOutcome {
  status: 'open' | 'done';
  dueDate: LocalDate;
}

/** What became of a set of items: done, still open, and overdue among the open ones. */
export function outcomeCounts(
  items: readonly ItemOutcome[],
  today: LocalDate,
): { done: number; open: number; overdue: number } {
  let done = 0;
  let open = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.status === 'done') done++;
    else {
      open++;
      if (item.dueDate < today) overdue++;
    }
  }
  return { done, open, overdue };
}

/**
 * The current run of at-risk or off-track updates of a goal (updates newest first): the id of
 * its first update when the run is two or more long, else undefined. One escalation per run.
 */
export function badStreakStart(updates: readonly { id: number; status: GoalStatus }[]): number | undefined {
  let start: number | undefined;
  let length = 0;
  for (const update of updates) {
    if (update.status !== 'at_risk' && update.status !== 'off_track') break;
    start = update.id;
    length++;
  }
  return length >= 2 ? start : undefined;
}

/** True when a person's leave overlaps the dates `from`–`to` (a survey's window, say). */
export function awayDuring(
  leaves: readonly LeaveWindow[],
  userId: string,
  from: LocalDate,
  to: LocalDate,
): boolean {
  return leaves.some((l) => l.userId === userId && l.fromDate <= to && l.toDate >= from);
}
