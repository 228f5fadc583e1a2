import type { KnownBlock, ModalView, PlainTextOption, RadioButtons } from '@slack/types';
import type { EvaluationDimension } from '../../../db/schema/evaluations.js';
import { EVALUATION_DIMENSIONS } from '../../../domain/enums.js';
import {
  MAX_ANSWER_LENGTH,
  REMIND_LEADS,
  type RemindLead,
  remindLeadKey,
  scoreBlockId,
  WHAT_TO_IMPROVE_BLOCK,
  WHAT_WORKS_BLOCK,
} from '../../../domain/evaluation-cycle.js';
import {
  questionKey,
  SCORE_MAX,
  SCORE_MIN,
  type Score,
  scaleLabelKey,
} from '../../../domain/evaluation-stats.js';
import type { Translate } from '../../../i18n/index.js';
import { escapeMrkdwn, hintText, truncate } from '../../kit/message.js';
import { partnershipOption } from '../../kit/partnership-select.js';
import { evaluationsIds as ids } from './ids.js';

const plain = (text: string, max = 75) => ({ type: 'plain_text' as const, text: truncate(text, max) });

// ── opening a cycle ─────────────────────────────────────────────────────────────────────────────

export interface OpenCycleModalData {
  /** The partnership the cycle is for; null while the user still has to choose one. */
  partnership: { id: number; code: string; name: string } | null;
  /** Offered in a select when the command named no code (the partnerships the user may manage). */
  choices: ReadonlyArray<{ id: number; code: string; name: string }> | null;
  managerIds: readonly string[];
  closing: { date: string; time: string };
  /** `WIB`, `WITA`, `WIT` or the zone's name. */
  zoneLabel: string;
  remindLead: RemindLead;
}

/** What the open-cycle modal carries back: which partnership, fixed by the command if it named one. */
export interface OpenCycleMetadata {
  partnershipId: number | null;
}

/**
 * The managers block id changes with the partnership: Slack keeps a block's typed value across
 * `views.update` and ignores new `initial_users`, so choosing another partnership must be a new block.
 */
export function managersBlockId(partnershipId: number | null): string {
  return partnershipId === null
    ? ids.openCycleManagersBlock
    : `${ids.openCycleManagersBlock}_${partnershipId}`;
}

export function buildOpenCycleModal(data: OpenCycleModalData, t: Translate): ModalView {
  const blocks: KnownBlock[] = [];
  const selectVariant = data.choices !== null;
  if (data.choices) {
    const initial = data.partnership ? partnershipOption(data.partnership) : undefined;
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: t('evaluation.open.introSelect') } },
      {
        type: 'input',
        block_id: 'partnership',
        dispatch_action: true,
        label: plain(t('partnership.select.label'), 2000),
        element: {
          type: 'static_select',
          action_id: ids.openCyclePartnershipAction,
          placeholder: plain(t('partnership.select.placeholder'), 150),
          options: data.choices.slice(0, 100).map(partnershipOption),
          ...(initial ? { initial_option: initial } : {}),
        },
      },
    );
  } else if (data.partnership) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: t('evaluation.open.intro', {
          code: data.partnership.code,
          name: escapeMrkdwn(data.partnership.name),
        }),
      },
    });
  }

  const leadOption = (lead: RemindLead): PlainTextOption => ({
    text: plain(t(remindLeadKey(lead))),
    value: lead,
  });
  blocks.push(
    {
      type: 'input',
      block_id: ids.openCycleCloseDateBlock,
      label: plain(t('evaluation.open.closesDate.label'), 2000),
      element: { type: 'datepicker', action_id: 'date', initial_date: data.closing.date },
    },
    {
      type: 'input',
      block_id: ids.openCycleCloseTimeBlock,
      label: plain(t('evaluation.open.closesTime.label', { zone: data.zoneLabel }), 2000),
      element: { type: 'timepicker', action_id: 'time', initial_time: data.closing.time },
    },
    {
      type: 'input',
      block_id: ids.openCycleRemindBlock,
      label: plain(t('evaluation.open.remind.label'), 2000),
      element: {
        type: 'static_select',
        action_id: 'lead',
        options: REMIND_LEADS.map(leadOption),
        initial_option: leadOption(data.remindLead),
      },
    },
  );
  // In the select variant the managers appear once a partnership is chosen: who they are depends on it.
  if (!selectVariant || data.partnership) {
    blocks.push({
      type: 'input',
      block_id: managersBlockId(selectVariant ? (data.partnership?.id ?? null) : null),
      label: plain(t('evaluation.open.managers.label'), 2000),
      hint: hintText(t('evaluation.open.managers.hint'), 2000),
      element: {
        type: 'multi_users_select',
        action_id: 'users',
        ...(data.managerIds.length > 0 ? { initial_users: [...data.managerIds] } : {}),
      },
    });
  }

  const metadata: OpenCycleMetadata = {
    partnershipId: selectVariant ? null : (data.partnership?.id ?? null),
  };
  return {
    type: 'modal',
    callback_id: ids.openCycleCallback,
    title: plain(t('evaluation.open.title'), 24),
    submit: plain(t('evaluation.open.submit'), 24),
    close: plain(t('evaluation.cancel'), 24),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

// ── the survey ──────────────────────────────────────────────────────────────────────────────────

export interface SurveyModalData {
  cycleId: number;
  code: string;
  name: string;
  closesLabel: string;
  minGroupSize: number;
  /** The manager's earlier answers, shown so they can change them. */
  previous: {
    scores: Record<EvaluationDimension, number>;
    whatWorks: string | null;
    whatToImprove: string | null;
    answeredLabel: string;
  } | null;
}

export interface SurveyMetadata {
  cycleId: number;
}

function scoreOption(t: Translate, score: Score): PlainTextOption {
  return { text: plain(t(scaleLabelKey(score))), value: String(score) };
}

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

/**
 * The survey: one 1–5 choice per dimension with every point labelled (both ends say what they
 * mean), then the two open questions. 2 + 7 + 2 blocks, far below Slack's 100.
 */
export function buildSurveyModal(data: SurveyModalData, t: Translate): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: t('evaluation.survey.intro', {
          code: data.code,
          name: escapeMrkdwn(data.name),
          closes: data.closesLabel,
        }),
      },
    },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: [
            data.previous ? t('evaluation.survey.editing', { when: data.previous.answeredLabel }) : null,
            t('evaluation.survey.privacy', { min: data.minGroupSize }),
          ]
            .filter(Boolean)
            .join('\n'),
        },
      ],
    },
  ];
  for (const dimension of EVALUATION_DIMENSIONS) {
    const previous = data.previous?.scores[dimension];
    const initial =
      previous !== undefined && previous >= SCORE_MIN && previous <= SCORE_MAX
        ? scoreOption(t, previous as Score)
        : undefined;
    const element: RadioButtons = {
      type: 'radio_buttons',
      action_id: ids.surveyScoreAction,
      options: SCORES.map((s) => scoreOption(t, s)),
      ...(initial ? { initial_option: initial } : {}),
    };
    blocks.push({
      type: 'input',
      block_id: scoreBlockId(dimension),
      label: plain(t(questionKey(dimension)), 2000),
      element,
    });
  }
  const textInput = (blockId: string, label: string, initial: string | null | undefined): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label, 2000),
    hint: hintText(t('evaluation.survey.text.hint', { max: MAX_ANSWER_LENGTH }), 2000),
    element: {
      type: 'plain_text_input',
      action_id: ids.surveyTextAction,
      multiline: true,
      max_length: MAX_ANSWER_LENGTH,
      ...(initial ? { initial_value: initial.slice(0, MAX_ANSWER_LENGTH) } : {}),
    },
  });
  blocks.push(
    textInput(WHAT_WORKS_BLOCK, t('evaluation.survey.whatWorks.label'), data.previous?.whatWorks),
    textInput(
      WHAT_TO_IMPROVE_BLOCK,
      t('evaluation.survey.whatToImprove.label'),
      data.previous?.whatToImprove,
    ),
  );
  const metadata: SurveyMetadata = { cycleId: data.cycleId };
  return {
    type: 'modal',
    callback_id: ids.surveyCallback,
    title: plain(t('evaluation.survey.title'), 24),
    submit: plain(t('evaluation.survey.submit'), 24),
    close: plain(t('evaluation.cancel'), 24),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}
