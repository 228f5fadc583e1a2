import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { GOAL_STATUSES, type Goal } from '../../../db/schema/index.js';
import type { GoalTarget } from '../../../domain/capaian.js';
import {
  formatDecimal,
  goalProgressPercent,
  isGoalAssessed,
  isGoalOverdue,
  withMeasureUnit,
} from '../../../domain/goals.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';
import { compareQuarters, quarterOfDate, type YearQuarter } from '../../../domain/time/quarters.js';

import type { Locale, Translate } from '../../../i18n/index.js';
import { goalDisplayStatusKey, goalStatusKey } from '../../../i18n/labels.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { escapeMrkdwn, truncate } from '../../kit/message.js';
import {
  MAX_OPTIONS,
  modal,
  modalHead,
  noteBlock,
  option,
  type PartnershipRef,
  plain,
  textInput,
} from '../../kit/modal.js';
import { progressIds } from '../progress/ids.js';
import {
  followUpBlocks,
  periodValue,
  quarterBlock,
  quarterLabel,
  quarterTargetLine,
} from './quarter-view.js';

export const PROGRESS_LIMITS = { note: 1000 } as const;

export interface ProgressModalData {
  t: Translate;
  locale: Locale;
  /** Today in the partnership's time zone, `YYYY-MM-DD`, to show overdue goals as overdue. */
  today: string;
  partnership: PartnershipRef | null;
  /** When set, the modal starts with a partnership select (the command named no code). */
  partnershipChoices?: readonly PartnershipRef[];
  /** The goals this user may record progress on. */
  goals: readonly Goal[];
  /** The goal chosen, whose current value and status the form starts from. */
  goal: Goal | null;
  /** The quarter the update reports on, and the quarters offered. */
  period: YearQuarter;
  quarterChoices: readonly YearQuarter[];
  /** The chosen goal's targets (every year). */
  targets: readonly GoalTarget[];
  /** The chosen goal's latest update in `period`, whose figures the form starts from. */
  quarterUpdate: QuarterUpdateView | null;
  problem?: string;
}

/** What the form shows of a quarter's latest update. */
export interface QuarterUpdateView {
  value: number | null;
  obstacles: string | null;
  followUpActions: string | null;
  evidence: string[];
}

/** "12,5%" / "12.5 dokumen", or "none yet". Plain text: for option descriptions and labels. */
export function formatGoalValue(
  value: number | null,
  measureUnit: string | null,
  locale: Locale,
  t: Translate,
): string {
  if (value === null) return t('goal.noValue');
  return withMeasureUnit(formatDecimal(value, locale, { grouping: true }), measureUnit);
}

/**
 * `formatGoalValue` for mrkdwn (modal sections, the charter's notices): the measure unit is text
 * a coordinator typed, so it must not form a mention like `<!channel>` or a link.
 */
export function formatGoalValueMrkdwn(
  value: number | null,
  measureUnit: string | null,
  locale: Locale,
  t: Translate,
): string {
  return formatGoalValue(value, measureUnit === null ? null : escapeMrkdwn(measureUnit), locale, t);
}

/** The status someone recorded, or "not assessed yet" before any progress update. */
function recordedStatus(goal: Goal, t: Translate): string {
  return t(isGoalAssessed(goal) ? goalStatusKey(goal.status) : goalDisplayStatusKey('not_assessed'));
}

/** The goal select's option: the title, and "Now 40 of 100 % · On track" underneath. */
export function progressGoalOption(
  goal: Goal,
  data: Pick<ProgressModalData, 't' | 'locale' | 'today'>,
): PlainTextOption {
  const { t, locale } = data;
  const recorded = recordedStatus(goal, t);
  const description = t('progress.goal.description', {
    current: formatGoalValue(goal.currentValue ?? goal.baseline, null, locale, t),
    target: formatGoalValue(goal.target, goal.measureUnit, locale, t),
    status: isGoalOverdue(goal, data.today) ? `${recorded}, ${t('goal.overdue')}` : recorded,
  });
  return option(goal.title, String(goal.id), description);
}

/** The modal to record progress on a goal: goal select, latest value, status and a note. */
export function buildProgressModal(data: ProgressModalData): ModalView {
  const { t, goal } = data;
  const head = modalHead(data, {
    title: 'progress.modal.title',
    callbackId: progressIds.progressModal,
    selectActionId: progressIds.progressPartnershipSelect,
  });
  if (!head.ready) return head.view;
  const { blocks, partnership } = head;
  if (data.goals.length === 0) {
    blocks.push(noteBlock(t('progress.noneToRecord')));
    return modal({
      t,
      title: 'progress.modal.title',
      callbackId: progressIds.progressModal,
      metadata: { partnershipId: partnership.id },
      blocks,
    });
  }

  const options = data.goals.slice(0, MAX_OPTIONS).map((g) => progressGoalOption(g, data));
  const initial = goal ? options.find((o) => o.value === String(goal.id)) : undefined;
  blocks.push({
    type: 'input',
    block_id: progressIds.progressGoalBlock,
    dispatch_action: true,
    label: plain(t('progress.field.goal'), 2000),
    element: {
      type: 'static_select',
      action_id: progressIds.progressGoalSelect,
      placeholder: plain(t('progress.field.goalPlaceholder'), 150),
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  });
  blocks.push(quarterBlock(t, data.quarterChoices, data.period));
  if (goal) blocks.push(goalSummaryBlock(goal, data));
  else blocks.push(noteBlock(t('progress.chooseGoalFirst')));

  const rev = `${partnership.id}-${goal?.id ?? 'none'}-${periodValue(data.period)}`;
  // The quarter's own figure when it has one; in the current quarter, the goal's latest value.
  const isCurrent = compareQuarters(data.period, quarterOfDate(data.today)) === 0;
  const startValue = data.quarterUpdate ? data.quarterUpdate.value : isCurrent ? goal?.currentValue : null;
  const valueText =
    startValue !== null && startValue !== undefined ? formatDecimal(startValue, data.locale) : undefined;
  blocks.push(
    textInput({
      blockId: versionedBlockId(progressIds.progressValue, rev),
      label: goal?.measureUnit
        ? t('progress.field.valueWithUnit', { unit: goal.measureUnit })
        : t('progress.field.value'),
      placeholder: t('goal.field.numberPlaceholder'),
      hint: t('progress.field.valueHint'),
      initial: valueText,
      maxLength: 30,
      optional: true,
    }),
    statusBlock(t, rev, goal),
    textInput({
      blockId: versionedBlockId(progressIds.progressNote, rev),
      label: t('progress.field.note'),
      placeholder: t('progress.field.notePlaceholder'),
      maxLength: PROGRESS_LIMITS.note,
      multiline: true,
      optional: true,
    }),
    ...followUpBlocks(t, rev, data.quarterUpdate),
  );
  return modal({
    t,
    title: 'progress.modal.title',
    callbackId: progressIds.progressModal,
    metadata: { partnershipId: partnership.id, goalId: goal?.id ?? null, period: periodValue(data.period) },
    blocks,
  });
}

function statusBlock(t: Translate, rev: string, goal: Goal | null): InputBlock {
  const options = GOAL_STATUSES.map((s) => option(t(goalStatusKey(s)), s));
  const initial = options.find((o) => o.value === (goal?.status ?? 'on_track'));
  return {
    type: 'input',
    block_id: versionedBlockId(progressIds.progressStatus, rev),
    label: plain(t('progress.field.status'), 2000),
    element: {
      type: 'static_select',
      action_id: progressIds.progressStatus,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/** Where the goal stands now: indicator, current value against target, the quarter's target, status, due date. */
function goalSummaryBlock(
  goal: Goal,
  data: Pick<ProgressModalData, 't' | 'locale' | 'today' | 'period' | 'targets' | 'quarterUpdate'>,
): KnownBlock {
  const { t, locale } = data;
  const percent = goalProgressPercent(goal);
  const target = formatGoalValueMrkdwn(goal.target, goal.measureUnit, locale, t);
  // The unit is said once, after the target: "2 of 4 documents", not "2 documents of 4 documents".
  const current =
    goal.currentValue === null
      ? t('progress.summary.none', { target })
      : t('progress.summary.current', {
          current: formatGoalValueMrkdwn(goal.currentValue, null, locale, t),
          target,
        });
  const overdue = isGoalOverdue(goal, data.today);
  const lines = [
    `*${escapeMrkdwn(goal.title)}*`,
    t('progress.summary.indicator', { indicator: escapeMrkdwn(goal.indicator) }),
    percent === null
      ? current
      : `${current} ${t('progress.summary.percent', {
          percent,
          baseline: formatGoalValueMrkdwn(goal.baseline ?? 0, goal.measureUnit, locale, t),
        })}`,
    quarterTargetLine(t, data.targets, data.period, (value) =>
      formatGoalValueMrkdwn(value, goal.measureUnit, locale, t),
    ),
    data.quarterUpdate && data.quarterUpdate.value !== null
      ? t('progress.quarter.realisation', {
          quarter: quarterLabel(data.period, t),
          value: formatGoalValueMrkdwn(data.quarterUpdate.value, goal.measureUnit, locale, t),
        })
      : undefined,
    // Overdue is said on the due line below; here only the recorded status, or that none is.
    t('progress.summary.status', { status: recordedStatus(goal, t) }),
    goal.dueDate
      ? `${t('progress.summary.due', { date: formatLocalDate(goal.dueDate, locale) })}${overdue ? ` · :warning: ${t('goal.overdue')}` : ''}`
      : undefined,
  ].filter((line): line is string => line !== undefined);
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) } };
}
