/**
 * The goal modal's reporting fields (SAKIP): the IKU/PK reference, the indicator's direction with
 * how capaian follows from it, and a target for each quarter (triwulan I–IV) of the reporting year.
 */
import type { InputBlock } from '@slack/types';
import {
  ANNUAL,
  type GoalTarget,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
} from '../../../domain/capaian.js';
import { formatDecimal } from '../../../domain/goals.js';
import { QUARTERS, romanQuarter } from '../../../domain/time/quarters.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { option, plain, textInput } from '../../kit/modal.js';
import { goalsIds } from './ids.js';

export const REPORTING_LIMITS = { ikuCode: 30, ikuText: 300 } as const;

/** The block (and action) of each quarter's target. */
export const QUARTER_TARGET_IDS = [
  goalsIds.goalTargetQ1,
  goalsIds.goalTargetQ2,
  goalsIds.goalTargetQ3,
  goalsIds.goalTargetQ4,
] as const;

const number = (value: number | null | undefined, locale: Locale) =>
  value === null || value === undefined ? undefined : formatDecimal(value, locale);

/** IKU/PK code and text, and the direction of the indicator, each option saying how capaian is computed. */
export function indicatorBlocks(
  t: Translate,
  rev: string,
  goal: { ikuCode: string | null; ikuText: string | null; direction: IndicatorDirection } | null,
): InputBlock[] {
  const options = INDICATOR_DIRECTIONS.map((direction) =>
    option(t(`goal.direction.${direction}`), direction, t(`goal.direction.${direction}Hint`)),
  );
  const initial = options.find((o) => o.value === (goal?.direction ?? 'higher'));
  return [
    textInput({
      blockId: versionedBlockId(goalsIds.goalIkuCode, rev),
      label: t('goal.field.ikuCode'),
      placeholder: t('goal.field.ikuCodePlaceholder'),
      initial: goal?.ikuCode ?? undefined,
      maxLength: REPORTING_LIMITS.ikuCode,
      optional: true,
    }),
    textInput({
      blockId: versionedBlockId(goalsIds.goalIkuText, rev),
      label: t('goal.field.ikuText'),
      placeholder: t('goal.field.ikuTextPlaceholder'),
      initial: goal?.ikuText ?? undefined,
      maxLength: REPORTING_LIMITS.ikuText,
      optional: true,
    }),
    {
      type: 'input',
      block_id: versionedBlockId(goalsIds.goalDirection, rev),
      label: plain(t('goal.field.direction'), 2000),
      hint: plain(t('goal.field.directionHint'), 2000),
      element: {
        type: 'radio_buttons',
        action_id: goalsIds.goalDirection,
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
  ];
}

/** The annual target and one per quarter of `year`; a quarter left empty is measured against the annual one. */
export function targetBlocks(
  t: Translate,
  locale: Locale,
  rev: string,
  params: { year: number; annual: number | null | undefined; targets: readonly GoalTarget[] },
): InputBlock[] {
  const of = (quarter: number) =>
    params.targets.find((target) => target.year === params.year && target.quarter === quarter)?.value;
  return [
    textInput({
      blockId: versionedBlockId(goalsIds.goalTarget, rev),
      label: t('goal.field.annualTarget', { year: params.year }),
      placeholder: t('goal.field.numberPlaceholder'),
      initial: number(of(ANNUAL) ?? params.annual, locale),
      maxLength: 30,
      optional: true,
    }),
    ...QUARTERS.map((quarter) =>
      textInput({
        blockId: versionedBlockId(QUARTER_TARGET_IDS[quarter - 1] ?? goalsIds.goalTargetQ1, rev),
        label: t('goal.field.quarterTarget', { quarter: romanQuarter(quarter), year: params.year }),
        placeholder: t('goal.field.numberPlaceholder'),
        initial: number(of(quarter), locale),
        maxLength: 30,
        optional: true,
        ...(quarter === 4 ? { hint: t('goal.field.quarterTargetHint') } : {}),
      }),
    ),
  ];
}
