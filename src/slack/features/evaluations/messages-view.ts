import type { ActionsBlock } from '@slack/types';
import type { Translate } from '../../../i18n/index.js';
import { context, section } from '../../kit/blocks.js';
import { sharedIds } from '../../kit/ids.js';
import { escapeMrkdwn, type SlackMessage, truncate } from '../../kit/message.js';

export interface CycleMessageData {
  cycleId: number;
  code: string;
  name: string;
  /** The closing time, formatted for the reader (partnership's zone, reader's language). */
  closesLabel: string;
}

/** The button that opens the survey (cross-feature contract: value = cycle id). */
export function surveyButton(t: Translate, cycleId: number): ActionsBlock {
  return {
    type: 'actions',
    block_id: `evaluation_survey_${cycleId}`,
    elements: [
      {
        type: 'button',
        action_id: sharedIds.evaluationSurveyOpen,
        style: 'primary',
        text: { type: 'plain_text', text: truncate(t('evaluation.prompt.button'), 75) },
        value: String(cycleId),
      },
    ],
  };
}

/** The prompt in the shared channel: what is asked, until when, who is invited, and the button. */
export function buildPromptMessage(
  data: CycleMessageData & { invitedUserIds: readonly string[] },
  t: Translate,
): SlackMessage {
  const params = { code: data.code, name: escapeMrkdwn(data.name), closes: data.closesLabel };
  return {
    text: t('evaluation.prompt.text', params),
    blocks: [
      section(t('evaluation.prompt.body', params)),
      context(
        t('evaluation.prompt.invited', { people: data.invitedUserIds.map((id) => `<@${id}>`).join(', ') }),
      ),
      surveyButton(t, data.cycleId),
    ],
  };
}

/** The prompt once the cycle has closed: no button any more, and where to find the results. */
export function buildPromptClosedMessage(
  data: Omit<CycleMessageData, 'closesLabel'> & { closedLabel: string; responded: number; invited: number },
  t: Translate,
): SlackMessage {
  const params = {
    code: data.code,
    name: escapeMrkdwn(data.name),
    closed: data.closedLabel,
    responded: data.responded,
    invited: data.invited,
  };
  return {
    text: t('evaluation.prompt.closedText', params),
    blocks: [section(t('evaluation.prompt.closed', params))],
  };
}

/** The invitation DM to one manager, in their language. */
export function buildInvitationDm(data: CycleMessageData, t: Translate): SlackMessage {
  const params = { code: data.code, name: escapeMrkdwn(data.name), closes: data.closesLabel };
  return {
    text: t('evaluation.dm.text', params),
    blocks: [
      section(t('evaluation.dm.body', params)),
      context(t('evaluation.dm.privacy')),
      surveyButton(t, data.cycleId),
    ],
  };
}

/** The reminder DM to a manager who has not answered yet. */
export function buildReminderDm(data: CycleMessageData, t: Translate): SlackMessage {
  const params = { code: data.code, name: escapeMrkdwn(data.name), closes: data.closesLabel };
  return {
    text: t('evaluation.reminder.text', params),
    blocks: [section(t('evaluation.reminder.body', params)), surveyButton(t, data.cycleId)],
  };
}
