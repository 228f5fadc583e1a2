import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Goal } from '../../../db/schema/index.js';
import type { GoalTarget } from '../../../domain/capaian.js';
import { formatDecimal } from '../../../domain/goals.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import {
  MAX_OPTIONS,
  modal,
  modalHead,
  option,
  type PartnershipRef,
  plain,
  textInput,
  type UnitRef,
  unitOption,
} from '../../kit/modal.js';
import { goalsIds } from './ids.js';
import { indicatorBlocks, targetBlocks } from './targets-view.js';

/** Lengths the goal form accepts; the server checks them again. */
export const GOAL_LIMITS = { title: 150, indicator: 500, measureUnit: 30 } as const;

export const NEW_GOAL = 'new';

export interface GoalModalData {
  t: Translate;
  locale: Locale;
  /** The partnership the goal belongs to; null until the user picks one. */
  partnership: PartnershipRef | null;
  /** When set, the modal starts with a partnership select (the command named no code). */
  partnershipChoices?: readonly PartnershipRef[];
  /** The partnership's goals, for the "new goal / edit" select. */
  goals: readonly Pick<Goal, 'id' | 'title'>[];
  /** The goal being edited, or null for a new one. */
  goal: Goal | null;
  /** The partnership's participating units, for the owner unit. */
  units: readonly UnitRef[];
  /** The reporting year whose quarterly targets the form shows (the current year in the partnership's zone). */
  year: number;
  /** The goal's stored targets (every year); the form shows `year`'s. */
  targets: readonly GoalTarget[];
  problem?: string;
}

/**
 * The modal to add a goal or edit one. Fields carry a revision (partnership and goal) in their
 * block_id so that choosing another goal really replaces what the form shows.
 */
export function buildGoalModal(data: GoalModalData): ModalView {
  const { t, goal } = data;
  const head = modalHead(data, {
    title: 'goal.modal.title',
    callbackId: goalsIds.goalModal,
    selectActionId: goalsIds.goalPartnershipSelect,
  });
  if (!head.ready) return head.view;
  const { blocks, partnership } = head;

  if (data.goals.length > 0) blocks.push(goalChoiceBlock(t, data.goals, goal));
  const rev = `${partnership.id}-${goal?.id ?? NEW_GOAL}`;
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? undefined : formatDecimal(value, data.locale);

  blocks.push(
    textInput({
      blockId: versionedBlockId(goalsIds.goalTitle, rev),
      label: t('goal.field.title'),
      placeholder: t('goal.field.titlePlaceholder'),
      initial: goal?.title,
      maxLength: GOAL_LIMITS.title,
    }),
    textInput({
      blockId: versionedBlockId(goalsIds.goalIndicator, rev),
      label: t('goal.field.indicator'),
      placeholder: t('goal.field.indicatorPlaceholder'),
      initial: goal?.indicator,
      maxLength: GOAL_LIMITS.indicator,
      multiline: true,
    }),
    ...indicatorBlocks(t, rev, goal),
    textInput({
      blockId: versionedBlockId(goalsIds.goalBaseline, rev),
      label: t('goal.field.baseline'),
      placeholder: t('goal.field.numberPlaceholder'),
      initial: number(goal?.baseline),
      maxLength: 30,
      optional: true,
    }),
    ...targetBlocks(t, data.locale, rev, { year: data.year, annual: goal?.target, targets: data.targets }),
    textInput({
      blockId: versionedBlockId(goalsIds.goalMeasureUnit, rev),
      label: t('goal.field.measureUnit'),
      placeholder: t('goal.field.measureUnitPlaceholder'),
      initial: goal?.measureUnit ?? undefined,
      maxLength: GOAL_LIMITS.measureUnit,
      optional: true,
    }),
    {
      type: 'input',
      block_id: versionedBlockId(goalsIds.goalDueDate, rev),
      optional: true,
      label: plain(t('goal.field.dueDate'), 2000),
      element: {
        type: 'datepicker',
        action_id: goalsIds.goalDueDate,
        ...(goal?.dueDate ? { initial_date: goal.dueDate } : {}),
      },
    },
  );
  if (data.units.length > 0) {
    const options = data.units.slice(0, MAX_OPTIONS).map(unitOption);
    const initial = goal?.ownerUnitId ? initialOf(options, goal.ownerUnitId) : undefined;
    blocks.push({
      type: 'input',
      block_id: versionedBlockId(goalsIds.goalOwnerUnit, rev),
      optional: true,
      label: plain(t('goal.field.ownerUnit'), 2000),
      element: {
        type: 'static_select',
        action_id: goalsIds.goalOwnerUnit,
        placeholder: plain(t('goal.field.unitPlaceholder'), 150),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: versionedBlockId(goalsIds.goalPersonInCharge, rev),
    optional: true,
    label: plain(t('goal.field.personInCharge'), 2000),
    element: {
      type: 'users_select',
      action_id: goalsIds.goalPersonInCharge,
      placeholder: plain(t('goal.field.personPlaceholder'), 150),
      ...(goal?.personInChargeId ? { initial_user: goal.personInChargeId } : {}),
    },
  });

  return modal({
    t,
    title: 'goal.modal.title',
    callbackId: goalsIds.goalModal,
    metadata: { partnershipId: partnership.id, goalId: goal?.id ?? null },
    blocks,
  });
}

/** "New goal" first, then one "Edit: …" per goal; Slack's 100 options keep the newest 99 goals. */
function goalChoiceBlock(
  t: Translate,
  goals: readonly Pick<Goal, 'id' | 'title'>[],
  goal: Goal | null,
): InputBlock {
  const newOption = option(t('goal.choice.new'), NEW_GOAL);
  const options = [
    newOption,
    ...goals
      .slice(-(MAX_OPTIONS - 1))
      .map((g) => option(t('goal.choice.edit', { title: g.title }), String(g.id))),
  ];
  return {
    type: 'input',
    block_id: goalsIds.goalChoiceBlock,
    dispatch_action: true,
    label: plain(t('goal.choice.label'), 2000),
    element: {
      type: 'static_select',
      action_id: goalsIds.goalChoiceSelect,
      options,
      initial_option: (goal && initialOf(options, goal.id)) || newOption,
    },
  };
}

function initialOf(options: readonly PlainTextOption[] | undefined, id: number): PlainTextOption | undefined {
  return options?.find((o) => o.value === String(id));
}
