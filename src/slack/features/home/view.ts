/**
 * The App Home tab: the user's partnerships and roles, goals they are in charge of, evaluations
 * waiting for them, gaps they can fix and, for coordinators, open cycles, next reminders and
 * failed deliveries. At most 100 blocks: every list is cut with a line saying how many more.
 */
import type { HomeView, KnownBlock } from '@slack/types';
import type { WaitingSurvey } from '../../../db/queries/evaluations.js';
import type { CoordinatorView } from '../../../db/queries/partnership-batch.js';
import type { PartnershipDetail } from '../../../db/queries/partnership-detail.js';
import type { Goal, Partnership, Role } from '../../../db/schema/index.js';
import { formatPercent } from '../../../domain/evaluation-trend.js';
import { scheduleLabel } from '../../../domain/reminders.js';
import { formatLocalDate, formatLocalDateTime } from '../../../domain/time/cadence-text.js';
import { button, divider, linesToSections, section, userText } from '../../kit/blocks.js';
import { sharedIds } from '../../kit/ids.js';
import { truncate } from '../../kit/message.js';
import {
  gapLine,
  gapsOf,
  goalProgressText,
  goalStatusText,
  nextRunOf,
  roleLabel,
  scheduleProblemLines,
  statusLabel,
  todayFor,
  type ViewContext,
} from '../../kit/partnership-lines.js';
import { homeIds } from './ids.js';

export const HOME_BLOCKS = 100;
export const MAX_PARTNERSHIPS = 15;
export const MAX_GOALS = 15;
const MAX_EVALUATIONS = 10;
export const MAX_GAP_PARTNERSHIPS = 8;
const MAX_GAPS_EACH = 6;
export const MAX_COORDINATOR_LINES = 30;

export interface HomeInput {
  userId: string;
  isAdmin: boolean;
  partnerships: readonly { detail: PartnershipDetail; roles: Role[] }[];
  goals: readonly { goal: Goal; partnership: Pick<Partnership, 'id' | 'code' | 'name' | 'timeZone'> }[];
  /**
   * The user's surveys in open cycles (`listWaitingSurveys`): unanswered ones to answer, answered
   * ones to change until the cycle closes.
   */
  evaluations: readonly WaitingSurvey[];
  /**
   * Partnerships whose gaps this user may fix: those they coordinate, or every open one for an
   * admin. Empty for someone who coordinates nothing, who then gets no gaps section at all.
   */
  fixable: readonly PartnershipDetail[];
  /** "Your action items": built by the actions feature, shown after the evaluations. */
  actionBlocks?: readonly KnownBlock[];
  /**
   * When the lists above are only what is shown (read a page at a time in SQL), how many there are
   * in all. Left out, the lists are complete and their lengths are the totals.
   */
  totals?: {
    partnerships: number;
    goals: number;
    /** Whether the user may fix gaps anywhere (coordinates something, or is an admin). */
    canFix: boolean;
    /** Partnerships with gaps the user may fix, counted up to a cap (`gapsCapped` past it). */
    withGaps: number;
    gapsCapped: boolean;
    /** Whether the user coordinates an open partnership (`coordinated` holds only those read). */
    coordinates?: boolean;
    /** Coordinator lines of the partnerships not read, counted in SQL up to a cap (then `…Capped`). */
    coordinatorLinesNotRead?: number;
    coordinatorLinesCapped?: boolean;
  };
  /** The picture of the partnerships' goal statuses with its text, shown under their title. */
  chart?: readonly KnownBlock[];
  /** The open partnerships the user coordinates; left out, those of `partnerships`. */
  coordinated?: readonly CoordinatorView[];
}

function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150) } };
}

function more(ctx: ViewContext, count: number): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: ctx.t('home.more', { count }) }] };
}

function empty(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

export function buildHomeView(input: HomeInput, ctx: ViewContext): HomeView {
  const { t, locale } = ctx;
  const blocks: KnownBlock[] = [
    header(t('home.title')),
    section(t('home.intro', { user: input.userId })),
    {
      type: 'actions',
      elements: [
        button(t('home.button.new'), homeIds.homeNewPartnership, 'new', 'primary'),
        ...(input.isAdmin ? [button(t('home.button.units'), homeIds.homeUnits, 'units')] : []),
        button(t('home.button.refresh'), homeIds.homeRefresh, 'refresh'),
      ],
    },
  ];
  if (input.isAdmin) blocks.push(empty(t('home.admin.note')));

  // Evaluations first: they have a deadline and only this person can answer them.
  if (input.evaluations.length > 0) {
    blocks.push(divider(), header(t('home.evaluations.title')));
    for (const survey of input.evaluations.slice(0, MAX_EVALUATIONS)) {
      const block = section(
        t(survey.answered ? 'home.evaluation.answeredLine' : 'home.evaluation.line', {
          code: survey.partnershipCode,
          name: userText(survey.partnershipName, 150),
          closes: formatLocalDateTime(survey.closesAt, survey.timeZone, locale),
        }),
      );
      block.accessory = survey.answered
        ? button(t('home.evaluation.edit'), sharedIds.evaluationSurveyOpen, String(survey.cycleId))
        : button(
            t('home.evaluation.answer'),
            sharedIds.evaluationSurveyOpen,
            String(survey.cycleId),
            'primary',
          );
      blocks.push(block);
    }
    if (input.evaluations.length > MAX_EVALUATIONS)
      blocks.push(more(ctx, input.evaluations.length - MAX_EVALUATIONS));
  }

  if (input.actionBlocks) blocks.push(...input.actionBlocks);

  blocks.push(divider(), header(t('home.partnerships.title')));
  if (input.partnerships.length === 0) blocks.push(empty(t('home.partnerships.empty')));
  if (input.chart) blocks.push(...input.chart);
  for (const { detail, roles } of input.partnerships.slice(0, MAX_PARTNERSHIPS)) {
    const gaps = gapsOf(detail, ctx.now).length;
    const block = section(
      t('home.partnership.line', {
        code: detail.partnership.code,
        name: userText(detail.partnership.name, 150),
        status: statusLabel(t, detail.partnership.status),
        roles: roles.length > 0 ? roles.map((r) => roleLabel(t, r)).join(', ') : t('partnership.list.noRole'),
        gaps: gaps > 0 ? t('partnership.list.gaps', { count: gaps }) : t('partnership.list.noGaps'),
      }),
    );
    block.accessory = button(
      t('partnership.list.open'),
      sharedIds.partnershipOpen,
      String(detail.partnership.id),
    );
    blocks.push(block);
  }
  const partnershipTotal = input.totals?.partnerships ?? input.partnerships.length;
  if (partnershipTotal > MAX_PARTNERSHIPS) blocks.push(more(ctx, partnershipTotal - MAX_PARTNERSHIPS));

  blocks.push(divider(), header(t('home.goals.title')));
  if (input.goals.length === 0) blocks.push(empty(t('home.goals.empty')));
  for (const { goal, partnership } of input.goals.slice(0, MAX_GOALS)) {
    const block = section(
      t('home.goal.line', {
        title: userText(goal.title, 150),
        code: partnership.code,
        progress: goalProgressText(goal, ctx),
        status: goalStatusText(t, goal, todayFor(partnership, ctx.now)),
        due: goal.dueDate
          ? t('charter.goal.due', { date: formatLocalDate(goal.dueDate, locale) })
          : t('charter.goal.noDue'),
      }),
    );
    if (goal.status !== 'done')
      block.accessory = button(t('home.goal.update'), sharedIds.goalProgressOpen, String(goal.id));
    blocks.push(block);
  }
  const goalTotal = input.totals?.goals ?? input.goals.length;
  if (goalTotal > MAX_GOALS) blocks.push(more(ctx, goalTotal - MAX_GOALS));

  const coordinated =
    input.coordinated?.map((detail) => ({ detail })) ??
    input.partnerships.filter(
      ({ detail, roles }) => roles.includes('coordinator') && detail.partnership.status !== 'closed',
    );
  const withGaps = input.fixable
    .filter((detail) => detail.partnership.status !== 'closed')
    .map((detail) => ({ detail, gaps: gapsOf(detail, ctx.now) }))
    .filter((entry) => entry.gaps.length > 0);
  const canFix = input.totals?.canFix ?? input.fixable.length > 0;
  if (canFix) blocks.push(divider(), header(t('home.gaps.title')));
  if (canFix && withGaps.length === 0)
    blocks.push(empty(t(input.isAdmin ? 'home.gaps.noneAdmin' : 'home.gaps.none')));
  for (const { detail, gaps } of withGaps.slice(0, MAX_GAP_PARTNERSHIPS)) {
    const lines = gaps.slice(0, MAX_GAPS_EACH).map((gap) => gapLine(gap, detail, ctx));
    if (gaps.length > MAX_GAPS_EACH) lines.push(t('home.more', { count: gaps.length - MAX_GAPS_EACH }));
    blocks.push(
      section(
        t('home.gaps.partnership', {
          code: detail.partnership.code,
          name: userText(detail.partnership.name, 150),
          lines: lines.join('\n'),
        }),
      ),
    );
  }
  const gapTotal = Math.max(input.totals?.withGaps ?? 0, withGaps.length);
  if (gapTotal > MAX_GAP_PARTNERSHIPS) {
    blocks.push(
      input.totals?.gapsCapped
        ? empty(t('home.moreThan', { count: gapTotal - MAX_GAP_PARTNERSHIPS }))
        : more(ctx, gapTotal - MAX_GAP_PARTNERSHIPS),
    );
  }

  if (coordinated.length > 0 || input.totals?.coordinates) {
    const lines = coordinatorLines(coordinated, ctx);
    const lineTotal = lines.length + (input.totals?.coordinatorLinesNotRead ?? 0);
    blocks.push(divider(), header(t('home.coordinator.title')));
    if (lineTotal === 0) blocks.push(empty(t('home.coordinator.empty')));
    const shown = lines.slice(0, MAX_COORDINATOR_LINES).map((line) => line());
    if (lineTotal > MAX_COORDINATOR_LINES) {
      const count = lineTotal - MAX_COORDINATOR_LINES;
      shown.push(
        input.totals?.coordinatorLinesCapped ? t('home.moreThan', { count }) : t('home.more', { count }),
      );
    }
    blocks.push(...linesToSections(undefined, shown));
  }

  const fitted =
    blocks.length > HOME_BLOCKS
      ? [...blocks.slice(0, HOME_BLOCKS - 1), more(ctx, blocks.length - HOME_BLOCKS + 1)]
      : blocks;
  return { type: 'home', blocks: fitted };
}

/**
 * Open cycles with response rate, the next reminder, delivery problems and paused schedules. Each
 * line is written only when shown (dates and labels cost a formatter each): the rest are counted.
 */
function coordinatorLines(
  coordinated: readonly { detail: CoordinatorView }[],
  ctx: ViewContext,
): (() => string)[] {
  const { t, locale } = ctx;
  const lines: (() => string)[] = [];
  for (const { detail } of coordinated) {
    const { partnership } = detail;
    for (const cycle of detail.openCycles) {
      lines.push(() =>
        t('home.cycle.line', {
          code: partnership.code,
          responded: cycle.respondedCount,
          invited: cycle.invitedCount,
          rate: formatPercent(cycle.responseRate, locale),
          closes: formatLocalDateTime(cycle.closesAt, partnership.timeZone, locale),
        }),
      );
    }
    const upcoming = detail.schedules
      .map((schedule) => ({ schedule, next: nextRunOf(schedule, partnership, ctx) }))
      .filter((x): x is { schedule: (typeof detail.schedules)[number]; next: Date } => x.next !== undefined)
      .sort((a, b) => a.next.getTime() - b.next.getTime())[0];
    if (upcoming) {
      lines.push(() =>
        t('home.reminder.line', {
          code: partnership.code,
          schedule: userText(scheduleLabel(upcoming.schedule, locale), 300),
          next: formatLocalDateTime(upcoming.next, upcoming.schedule.timeZone, locale),
        }),
      );
    }
    for (const schedule of detail.schedules) {
      const problems = scheduleProblemLines(schedule, detail, ctx);
      for (const line of problems) lines.push(() => line);
    }
  }
  return lines;
}
