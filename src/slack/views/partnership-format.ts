/**
 * How a partnership's parts read in any view (charter, detail, list, App Home): gaps with the
 * command that fixes them, goals with progress and overdue, roles, schedules with their next run.
 * Pure functions of data; the locale and "now" are passed in.
 */
import type { KnownBlock, SectionBlock } from '@slack/types';
import type { PartnershipDetail, ScheduleWithHealth } from '../../db/queries/partnership-detail.js';
import type {
  Goal,
  GoalStatus,
  Partnership,
  PartnershipStatus,
  Role,
  RoleAssignment,
  ScheduleKind,
  Unit,
} from '../../db/schema/index.js';
import { accountabilityGaps, type Gap } from '../../domain/accountability.js';
import {
  describeCadence,
  formatLocalDate,
  formatLocalDateTime,
  nextRuns,
  validateCadence,
  zoneLabel,
} from '../../domain/cadence.js';
import { localDateOf } from '../../domain/calendar.js';
import { goalProgressPercent, isGoalOverdue } from '../../domain/goals.js';
import { makeHolidayChecker } from '../../domain/holidays.js';
import type { Locale, MessageKey, Translate } from '../../i18n/index.js';
import { SUBCOMMANDS, type SubcommandId } from '../listeners/commands/subcommands.js';
import { truncate } from './message.js';

/** What every partnership view needs besides the detail itself. */
export interface ViewContext {
  t: Translate;
  locale: Locale;
  now: Date;
  /** Dates admins added as holidays, for the next run of schedules that skip holidays. */
  extraHolidays: readonly { date: string; name: string }[];
}

/** Slack section text is at most 3000 characters; a little room is kept for safety. */
export const SECTION_MAX = 2900;

/** `&`, `<` and `>` are control characters in mrkdwn; user text must not form links or mentions. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** User text for mrkdwn: escaped and cut to `max` characters. */
export function userText(text: string, max: number): string {
  return escapeMrkdwn(truncate(text.replace(/\s+/g, ' ').trim(), max));
}

export function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_MAX) } };
}

/**
 * Lines grouped into as few sections as fit Slack's text limit, the title on the first. A line
 * longer than a section is cut.
 */
export function linesToSections(title: string | undefined, lines: readonly string[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current = title ?? '';
  for (const raw of lines) {
    const line = truncate(raw, SECTION_MAX - 10);
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length > SECTION_MAX) {
      blocks.push(section(current));
      current = line;
    } else {
      current = next;
    }
  }
  if (current !== '') blocks.push(section(current));
  return blocks;
}

const ROLE_KEYS: Record<Role, MessageKey> = {
  coordinator: 'partnership.role.coordinator',
  liaison: 'partnership.role.liaison',
  member: 'partnership.role.member',
  manager: 'partnership.role.manager',
};
const GOAL_STATUS_KEYS: Record<GoalStatus, MessageKey> = {
  on_track: 'partnership.goalStatus.on_track',
  at_risk: 'partnership.goalStatus.at_risk',
  off_track: 'partnership.goalStatus.off_track',
  done: 'partnership.goalStatus.done',
};
const STATUS_KEYS: Record<PartnershipStatus, MessageKey> = {
  active: 'partnership.status.active',
  paused: 'partnership.status.paused',
  closed: 'partnership.status.closed',
};
const KIND_KEYS: Record<ScheduleKind, MessageKey> = {
  checkin: 'partnership.scheduleKind.checkin',
  meeting: 'partnership.scheduleKind.meeting',
  progress: 'partnership.scheduleKind.progress',
  evaluation: 'partnership.scheduleKind.evaluation',
};
const GOAL_STATUS_ICONS: Record<GoalStatus, string> = {
  on_track: '🟢',
  at_risk: '🟡',
  off_track: '🔴',
  done: '✅',
};

export const roleLabel = (t: Translate, role: Role) => t(ROLE_KEYS[role]);
export const statusLabel = (t: Translate, status: PartnershipStatus) => t(STATUS_KEYS[status]);
export const scheduleKindLabel = (t: Translate, kind: ScheduleKind) => t(KIND_KEYS[kind]);
export const goalStatusLabel = (t: Translate, status: GoalStatus) =>
  `${GOAL_STATUS_ICONS[status]} ${t(GOAL_STATUS_KEYS[status])}`;

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(
    value,
  );
}

/** "WIB (Asia/Jakarta)", or just the IANA name for zones without an Indonesian abbreviation. */
export function zoneText(timeZone: string, locale: Locale): string {
  const label = zoneLabel(timeZone, locale);
  return label === timeZone ? timeZone : `${label} (${timeZone})`;
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
  return t('charter.goal.line', {
    title: userText(goal.title, 150),
    indicator: userText(goal.indicator, 300),
    progress: goalProgressText(goal, ctx),
    status: goalStatusLabel(t, goal.status),
    due: goal.dueDate
      ? t('charter.goal.due', { date: formatLocalDate(goal.dueDate, locale) })
      : t('charter.goal.noDue'),
    overdue: isGoalOverdue(goal, todayFor(detail.partnership, ctx.now)) ? t('charter.goal.overdue') : '',
    owner: t('charter.goal.owner', {
      unit: userTextOr(unitName(detail.units, goal.ownerUnitId), t('charter.goal.nobody')),
      person: goal.personInChargeId ? `<@${goal.personInChargeId}>` : t('charter.goal.nobody'),
    }),
  });
}

function userTextOr(text: string | undefined, fallback: string): string {
  return text === undefined ? fallback : userText(text, 80);
}

export function goalProgressText(goal: Goal, ctx: Pick<ViewContext, 't' | 'locale'>): string {
  const { t, locale } = ctx;
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  const unit = goal.measureUnit ? userText(goal.measureUnit, 20) : '';
  if (goal.currentValue === null) {
    return t('charter.goal.noProgress', {
      baseline: num(goal.baseline),
      target: num(goal.target),
      unit,
    }).trim();
  }
  const percent = goalProgressPercent(goal);
  return percent === null
    ? t('charter.goal.progressNoPercent', { current: num(goal.currentValue), target: num(goal.target), unit })
    : t('charter.goal.progress', {
        current: num(goal.currentValue),
        target: num(goal.target),
        unit,
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
    ? t('charter.role.lineWithDuties', { ...params, responsibilities: userText(role.responsibilities, 400) })
    : t('charter.role.line', params);
}

/** The next time a schedule posts, or undefined when it is paused, closed or never fires. */
export function nextRunOf(
  entry: ScheduleWithHealth,
  partnership: Pick<Partnership, 'status'>,
  ctx: Pick<ViewContext, 'now' | 'extraHolidays' | 'locale'>,
): Date | undefined {
  if (entry.schedule.status !== 'active' || partnership.status !== 'active') return undefined;
  const spec = validateCadence(entry.schedule);
  if (!spec.ok) return undefined;
  const isHoliday = makeHolidayChecker({ extraDates: ctx.extraHolidays, locale: ctx.locale });
  const runs = nextRuns(spec.spec, {
    after: ctx.now,
    count: 1,
    isHoliday,
    skipHolidays: entry.schedule.skipHolidays,
  });
  return runs.find((r) => !r.skipped)?.at;
}

/** "Check-in — Every Monday at 09:00 WIB. Next: …", with paused and failed states visible. */
export function scheduleLine(entry: ScheduleWithHealth, partnership: Partnership, ctx: ViewContext): string {
  const { t, locale } = ctx;
  const { schedule } = entry;
  const spec = validateCadence(schedule);
  const cadence = spec.ok ? describeCadence(spec.spec, locale) : t('charter.schedule.invalid');
  const next = nextRunOf(entry, partnership, ctx);
  let line = t('charter.schedule.line', {
    kind: scheduleKindLabel(t, schedule.kind),
    cadence,
    next: next ? formatLocalDateTime(next, schedule.timeZone, locale) : t('charter.schedule.noNext'),
  });
  if (schedule.status === 'paused') {
    line += schedule.pausedReason
      ? t('charter.schedule.paused', { reason: userText(schedule.pausedReason, 200) })
      : t('charter.schedule.pausedNoReason');
  }
  if (entry.failedCount > 0) {
    line += t('charter.schedule.failed', {
      count: entry.failedCount,
      error: userText(entry.lastError ?? '?', 100),
    });
  }
  return line;
}

export function percentText(responded: number, invited: number, locale: Locale): string {
  if (invited === 0) return '—';
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { style: 'percent' }).format(
    Math.min(1, responded / invited),
  );
}

/** Open evaluation cycles and the last closed one. */
export function evaluationLines(detail: PartnershipDetail, ctx: ViewContext): string[] {
  const { t, locale } = ctx;
  const tz = detail.partnership.timeZone;
  const lines = detail.openCycles.map(({ cycle, invited, responded }) =>
    t('charter.evaluation.open', {
      closes: formatLocalDateTime(cycle.closesAt, tz, locale),
      responded,
      invited,
      rate: percentText(responded, invited, locale),
    }),
  );
  const last = detail.lastClosedCycle;
  if (last) {
    lines.push(
      t('charter.evaluation.last', {
        closed: formatLocalDate(localDateOf(last.cycle.closedAt ?? last.cycle.closesAt, tz), locale),
        responded: last.responded,
        invited: last.invited,
        code: detail.partnership.code,
      }),
    );
  }
  return lines;
}

/** A button; Slack allows 75 characters of text. */
export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    text: { type: 'plain_text' as const, text: truncate(text, 75) },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}
