/**
 * The progress modal's quarterly fields: which quarter the update reports on, the quarter's target,
 * kendala, upaya tindak lanjut and evidence links.
 */
import type { InputBlock } from '@slack/types';
import { type GoalTarget, targetForQuarter } from '../../../domain/capaian.js';
import {
  compareQuarters,
  isQuarter,
  previousQuarter,
  romanQuarter,
  type YearQuarter,
} from '../../../domain/time/quarters.js';
import type { Translate } from '../../../i18n/index.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { option, plain, textInput } from '../../kit/modal.js';
import { progressIds } from './ids.js';

export const QUARTER_LIMITS = { obstacles: 1000, followUp: 1000, evidence: 3000 } as const;
/** Quarters offered: the current one and the three before it (a late realisation still finds its quarter). */
const QUARTERS_BACK = 3;

export const periodValue = (period: YearQuarter): string => `${period.year}-${period.quarter}`;

/** `2026-3` back to a quarter; null for anything else. */
export function parsePeriodValue(value: string | null | undefined): YearQuarter | null {
  const match = /^(\d{4})-([1-4])$/.exec(value ?? '');
  if (!match) return null;
  const quarter = Number(match[2]);
  return isQuarter(quarter) ? { year: Number(match[1]), quarter } : null;
}

/** The quarters a progress update may report on, latest first; `wanted` is added if older. */
export function quarterChoices(current: YearQuarter, wanted?: YearQuarter | null): YearQuarter[] {
  const choices = [current];
  for (let i = 0; i < QUARTERS_BACK; i += 1) choices.push(previousQuarter(choices.at(-1) ?? current));
  if (
    wanted &&
    !choices.some((c) => compareQuarters(c, wanted) === 0) &&
    compareQuarters(wanted, current) < 0
  ) {
    choices.push(wanted);
  }
  return choices;
}

export const quarterLabel = (period: YearQuarter, t: Translate): string =>
  t('progress.quarter.option', { quarter: romanQuarter(period.quarter), year: period.year });

/** The quarter select: changing it redraws the modal with that quarter's target and realisation. */
export function quarterBlock(t: Translate, choices: readonly YearQuarter[], period: YearQuarter): InputBlock {
  const options = choices.map((c) => option(quarterLabel(c, t), periodValue(c)));
  const initial = options.find((o) => o.value === periodValue(period));
  return {
    type: 'input',
    block_id: progressIds.progressQuarterBlock,
    dispatch_action: true,
    label: plain(t('progress.field.quarter'), 2000),
    element: {
      type: 'static_select',
      action_id: progressIds.progressQuarterSelect,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/** "Target TW III 2026: 70 (quarterly target)", or that the quarter has none. */
export function quarterTargetLine(
  t: Translate,
  targets: readonly GoalTarget[],
  period: YearQuarter,
  format: (value: number) => string,
): string {
  const target = targetForQuarter(targets, period);
  const quarter = quarterLabel(period, t);
  if (!target) return t('progress.quarter.noTarget', { quarter });
  return t(target.kind === 'quarterly' ? 'progress.quarter.target' : 'progress.quarter.annualTarget', {
    quarter,
    target: format(target.value),
  });
}

/** Kendala, upaya tindak lanjut and evidence, pre-filled from the quarter's latest update. */
export function followUpBlocks(
  t: Translate,
  rev: string,
  latest: { obstacles: string | null; followUpActions: string | null; evidence: readonly string[] } | null,
): InputBlock[] {
  return [
    textInput({
      blockId: versionedBlockId(progressIds.progressObstacles, rev),
      label: t('progress.field.obstacles'),
      placeholder: t('progress.field.obstaclesPlaceholder'),
      initial: latest?.obstacles ?? undefined,
      maxLength: QUARTER_LIMITS.obstacles,
      multiline: true,
      optional: true,
    }),
    textInput({
      blockId: versionedBlockId(progressIds.progressFollowUp, rev),
      label: t('progress.field.followUp'),
      placeholder: t('progress.field.followUpPlaceholder'),
      initial: latest?.followUpActions ?? undefined,
      maxLength: QUARTER_LIMITS.followUp,
      multiline: true,
      optional: true,
    }),
    textInput({
      blockId: versionedBlockId(progressIds.progressEvidence, rev),
      label: t('progress.field.evidence'),
      placeholder: t('progress.field.evidencePlaceholder'),
      hint: t('progress.field.evidenceHint'),
      initial: latest && latest.evidence.length > 0 ? latest.evidence.join('\n') : undefined,
      maxLength: QUARTER_LIMITS.evidence,
      multiline: true,
      optional: true,
    }),
  ];
}
