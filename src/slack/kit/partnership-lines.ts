import type { DeliveryProblem } from '../../db/queries/deliveries.js';
import type { PartnershipDetail } from '../../db/queries/partnership-detail.js';
import type {
  Goal,
  Partnership,
  PartnershipStatus,
  Role,
  RoleAssignment,
  Schedule,
  Unit,
} from '../../db/schema/index.js';
import { accountabilityGaps, type Gap } from '../../domain/accountability.js';
import { dimensionLabelKey } from '../../domain/evaluation-stats.js';
import { formatPercent, formatScore } from '../../domain/evaluation-trend.js';
import {
  type GoalDisplayStatus,
  goalDisplayStatus,
  goalProgressPercent,
  withMeasureUnit,
} from '../../domain/goals.js';
import { scheduleLabel, upcomingRuns } from '../../domain/reminders.js';
import { formatLocalDate, formatLocalDateTime } from '../../domain/time/cadence-text.js';

import { localDateOf } from '../../domain/time/calendar.js';
import type { Locale, MessageKey, Translate } from '../../i18n/index.js';
import {
  goalDisplayStatusKey,
  pausedReasonText,
  roleKey,
  scheduleKindKey,
  slackErrorText,
} from '../../i18n/labels.js';
import { formatNumber, userLines, userText } from './blocks.js';
import { goalQuarterText } from './goal-quarter.js';
import { SUBCOMMANDS, type SubcommandId } from './subcommands.js';

/** What every partnership view needs besides the detail itself. */
export interface ViewContext {
  t: Translate;
  locale: Locale;
  now: Date;
  /** Dates admins added as holidays, for the next run of schedules that skip holidays. */
  extraHolidays: readonly { date: string; name: string }[];
}

const STATUS_KEYS: Record<PartnershipStatus, MessageKey> = {
  active: 'partnership.status.active',
  paused: 'partnership.status.paused',
  closed: 'partnership.status.closed',
};
const GOAL_STATUS_ICONS: Record<GoalDisplayStatus, string> = {
  on_track: '🟢',
  at_risk: '🟡',
  off_track: '🔴',
  done: '✅',
  overdue: '⚠️',
  not_assessed: '⚪',
};

export const roleLabel = (t: Translate, role: Role) => t(roleKey(role));
export const statusLabel = (t: Translate, status: PartnershipStatus) => t(STATUS_KEYS[status]);
export const goalStatusLabel = (t: Translate, status: GoalDisplayStatus) =>
  `${GOAL_STATUS_ICONS[status]} ${t(goalDisplayStatusKey(status))}`;

/** The status mark of a goal as of `today` (its partnership's date): overdue and unassessed included. */
export function goalStatusText(
  t: Translate,
  goal: Pick<Goal, 'dueDate' | 'currentValue' | 'status'>,
  today: string,
): string {
  return goalStatusLabel(t, goalDisplayStatus(goal, today));
}

/** Today's date in the partnership's own zone: overdue is judged where the partnership works. */
export function todayFor(partnership: Pick<Partnership, 'timeZone'>, now: Date): string {
  return localDateOf(now, partnership.timeZone);
}

export function gapsOf(detail: PartnershipDetail, now: Date): Gap[] {
  return accountabilityGaps({
    unitIds: detail.units.map((u) => u.id),
    goals: detail.goals,
    roles: detail.roles,
    scheduleCount: detail.schedules.length,
    today: todayFor(detail.partnership, now),
  });
}

const GAP_FIX: Record<Gap['kind'], SubcommandId> = {
  unit_without_liaison: 'role',
  unit_without_manager: 'role',
  goal_without_owner_unit: 'goal',
  goal_without_person_in_charge: 'goal',
  goal_overdue: 'progress',
  no_goal: 'goal',
  no_schedule: 'schedule',
};

/** One gap in words, with the command that fixes it in the reader's language. */
export function gapLine(gap: Gap, detail: PartnershipDetail, ctx: Pick<ViewContext, 't' | 'locale'>): string {
  const { t, locale } = ctx;
  const unitName = (id: number) => userText(detail.units.find((u) => u.id === id)?.name ?? '—', 80);
  const goalTitle = (id: number) => userText(detail.goals.find((g) => g.id === id)?.title ?? '—', 80);
  let text: string;
  switch (gap.kind) {
    case 'unit_without_liaison':
    case 'unit_without_manager':
      text = t(`gap.${gap.kind}`, { unit: unitName(gap.unitId) });
      break;
    case 'goal_without_owner_unit':
    case 'goal_without_person_in_charge':
      text = t(`gap.${gap.kind}`, { goal: goalTitle(gap.goalId) });
      break;
    case 'goal_overdue':
      text = t('gap.goal_overdue', {
        goal: goalTitle(gap.goalId),
        date: formatLocalDate(gap.dueDate, locale),
      });
      break;
    default:
      text = t(`gap.${gap.kind}`);
  }
  return t('gap.line', {
    gap: text,
    word: SUBCOMMANDS[GAP_FIX[gap.kind]].word[locale],
    code: detail.partnership.code,
  });
}

export function unitName(units: readonly Unit[], id: number | null): string | undefined {
  return id === null ? undefined : units.find((u) => u.id === id)?.name;
}

/** A goal's progress, status, due date and owners, as one mrkdwn text. */
export function goalText(goal: Goal, detail: PartnershipDetail, ctx: ViewContext): string {
  const { t, locale } = ctx;
  const quarter = detail.quarter ? goalQuarterText(goal, detail.quarter, ctx) : null;
  const line = t('charter.goal.line', {
    title: userText(goal.title, 150),
    indicator: userText(goal.indicator, 300),
    progress: goalProgressText(goal, ctx),
    status: goalStatusText(t, goal, todayFor(detail.partnership, ctx.now)),
    due: goal.dueDate
      ? t('charter.goal.due', { date: formatLocalDate(goal.dueDate, locale) })
      : t('charter.goal.noDue'),
    owner: t('charter.goal.owner', {
      unit: userTextOr(unitName(detail.units, goal.ownerUnitId), t('charter.goal.nobody')),
      person: goal.personInChargeId ? `<@${goal.personInChargeId}>` : t('charter.goal.nobody'),
    }),
  });
  return quarter ? `${line}\n${quarter}` : line;
}

function userTextOr(text: string | undefined, fallback: string): string {
  return text === undefined ? fallback : userText(text, 80);
}

export function goalProgressText(goal: Goal, ctx: Pick<ViewContext, 't' | 'locale'>): string {
  const { t, locale } = ctx;
  const unit = goal.measureUnit ? userText(goal.measureUnit, 20) : '';
  const num = (v: number | null) => (v === null ? '—' : withMeasureUnit(formatNumber(v, locale), unit));
  if (goal.currentValue === null) {
    return t('charter.goal.noProgress', { baseline: num(goal.baseline), target: num(goal.target) });
  }
  // The percentage is measured from the baseline (a missing one counts as 0), so it is shown.
  const baseline = num(goal.baseline ?? 0);
  const percent = goalProgressPercent(goal);
  return percent === null
    ? t('charter.goal.progressNoPercent', { current: num(goal.currentValue), target: num(goal.target) })
    : t('charter.goal.progress', {
        current: num(goal.currentValue),
        target: num(goal.target),
        baseline,
        percent,
      });
}

export function roleLine(role: RoleAssignment, units: readonly Unit[], t: Translate): string {
  const params = {
    user: role.userId,
    role: roleLabel(t, role.role),
    unit: userText(unitName(units, role.unitId) ?? '—', 80),
  };
  return role.responsibilities
    ? t('charter.role.lineWithDuties', { ...params, responsibilities: userLines(role.responsibilities, 400) })
    : t('charter.role.line', params);
}

/**
 * Next runs already worked out, by everything they depend on: a schedule's next run stays the
 * same until it passes or the schedule or the holidays change, and App Home asks for it on every
 * open (working it out walks the calendar, about a millisecond a schedule).
 */
const nextRunCache = new Map<string, { from: number; next: Date }>();
const NEXT_RUN_CACHE_SIZE = 20_000;
const holidayKeys = new WeakMap<object, string>();

function nextRunKey(schedule: Schedule, extraHolidays: ViewContext['extraHolidays']): string {
  let holidays = holidayKeys.get(extraHolidays);
  if (holidays === undefined) {
    holidays = JSON.stringify(extraHolidays);
    holidayKeys.set(extraHolidays, holidays);
  }
  const { id, cadence, weekdays, dayOfMonth, nth, nthWeekday, cronExpression, anchorDate } = schedule;
  const { timeOfDay, timeZone, skipHolidays, status } = schedule;
  return JSON.stringify([
    id,
    cadence,
    weekdays,
    dayOfMonth,
    nth,
    nthWeekday,
    cronExpression,
    anchorDate,
    timeOfDay,
    timeZone,
    skipHolidays,
    status,
    holidays,
  ]);
}

/** The next time a schedule posts, or undefined when it or its partnership is paused or closed. */
export function nextRunOf(
  schedule: Schedule,
  partnership: Pick<Partnership, 'status'>,
  ctx: Pick<ViewContext, 'now' | 'extraHolidays' | 'locale'>,
): Date | undefined {
  if (partnership.status !== 'active') return undefined;
  const now = ctx.now.getTime();
  const key = nextRunKey(schedule, ctx.extraHolidays);
  const known = nextRunCache.get(key);
  // Valid from when it was worked out until the run itself: nothing runs in between.
  if (known && known.from <= now && now < known.next.getTime()) return known.next;
  const runs = upcomingRuns(schedule, { now: ctx.now, extraDates: ctx.extraHolidays, locale: ctx.locale });
  const next = runs.find((r) => !r.skipped)?.at;
  if (next) {
    if (nextRunCache.size >= NEXT_RUN_CACHE_SIZE) nextRunCache.clear();
    nextRunCache.set(key, { from: now, next });
  }
  return next;
}

/** A schedule's delivery problems, counted by kind, each with its latest error. */
export interface ScheduleProblems {
  failed: number;
  failedError: string | null;
  retrying: number;
  retryingError: string | null;
  missed: number;
}

/** Counts the problems of one schedule from `listDeliveryProblems` (newest first). */
export function problemsOf(problems: readonly DeliveryProblem[], scheduleId: number): ScheduleProblems {
  const result: ScheduleProblems = {
    failed: 0,
    failedError: null,
    retrying: 0,
    retryingError: null,
    missed: 0,
  };
  for (const problem of problems) {
    if (problem.scheduleId !== scheduleId) continue;
    if (problem.status === 'failed') {
      result.failed += 1;
      result.failedError ??= problem.lastError;
    } else if (problem.status === 'pending') {
      result.retrying += 1;
      result.retryingError ??= problem.lastError;
    } else if (problem.status === 'skipped') {
      result.missed += 1;
    }
  }
  return result;
}

/** Why a delivery failed, in words (the Slack code itself stays in the log). */
function errorText(t: Translate, error: string | null, code: string): string {
  return userText(slackErrorText(t, error, { code }), 200);
}

/** "• Check-in — Every Monday at 09:00 WIB. Next: …", with paused and delivery problems visible. */
export function scheduleLine(
  schedule: Schedule,
  detail: Pick<PartnershipDetail, 'partnership' | 'deliveryProblems'>,
  ctx: ViewContext,
): string {
  const { t, locale } = ctx;
  const next = nextRunOf(schedule, detail.partnership, ctx);
  let line = t('charter.schedule.line', {
    schedule: userText(scheduleLabel(schedule, locale), 300),
    next: next ? formatLocalDateTime(next, schedule.timeZone, locale) : t('charter.schedule.noNext'),
  });
  if (schedule.status === 'paused') {
    line += t('charter.schedule.paused', {
      reason: userText(pausedReasonText(t, schedule.pausedReason), 200),
    });
  }
  const problems = problemsOf(detail.deliveryProblems, schedule.id);
  if (problems.failed > 0) {
    line += t('charter.schedule.failed', {
      count: problems.failed,
      error: errorText(t, problems.failedError, detail.partnership.code),
    });
  }
  if (problems.retrying > 0) {
    line += t('charter.schedule.retrying', {
      count: problems.retrying,
      error: errorText(t, problems.retryingError, detail.partnership.code),
    });
  }
  if (problems.missed > 0) line += t('charter.schedule.missed', { count: problems.missed });
  return line;
}

/** The same problems as lines of their own, for a coordinator's App Home. */
export function scheduleProblemLines(
  schedule: Schedule,
  detail: Pick<PartnershipDetail, 'partnership' | 'deliveryProblems'>,
  ctx: Pick<ViewContext, 't'>,
): string[] {
  const { t } = ctx;
  const code = detail.partnership.code;
  const kind = t(scheduleKindKey(schedule.kind));
  const problems = problemsOf(detail.deliveryProblems, schedule.id);
  const lines: string[] = [];
  if (problems.failed > 0) {
    lines.push(
      t('home.failed.line', {
        code,
        count: problems.failed,
        kind,
        error: errorText(t, problems.failedError, code),
      }),
    );
  }
  if (problems.retrying > 0) {
    lines.push(
      t('home.retrying.line', {
        code,
        count: problems.retrying,
        kind,
        error: errorText(t, problems.retryingError, code),
      }),
    );
  }
  if (problems.missed > 0) lines.push(t('home.missed.line', { code, count: problems.missed, kind }));
  if (schedule.status === 'paused') {
    lines.push(
      t('home.paused.line', {
        code,
        kind,
        reason: userText(pausedReasonText(t, schedule.pausedReason), 200),
      }),
    );
  }
  return lines;
}

/** Open evaluation cycles with their response rate, and the last summary. */
export function evaluationLines(detail: PartnershipDetail, ctx: ViewContext): string[] {
  const { t, locale } = ctx;
  const tz = detail.partnership.timeZone;
  const lines = detail.openCycles.map((cycle) =>
    t('charter.evaluation.open', {
      closes: formatLocalDateTime(cycle.closesAt, tz, locale),
      responded: cycle.respondedCount,
      invited: cycle.invitedCount,
      rate: formatPercent(cycle.responseRate, locale),
    }),
  );
  const last = detail.lastClosedCycle;
  if (last) {
    const summary = last.summaryJson;
    const weakest = summary.weakest.map((w) => t(dimensionLabelKey(w.dimension)).toLowerCase());
    lines.push(
      t('charter.evaluation.last', {
        closed: formatLocalDate(localDateOf(last.closedAt ?? last.closesAt, tz), locale),
        responded: summary.respondedCount,
        invited: summary.invitedCount,
        rate: formatPercent(summary.responseRate, locale),
        mean: formatScore(summary.overallMean, locale),
        weakest:
          weakest.length > 0 ? t('charter.evaluation.weakest', { dimensions: weakest.join(', ') }) : '',
        code: detail.partnership.code,
      }),
    );
  }
  return lines;
}
