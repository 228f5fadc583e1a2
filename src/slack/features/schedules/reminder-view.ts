import { context, section } from '../../kit/blocks.js';
/**
 * What a schedule posts in a shared channel: check-ins, meeting reminders, progress prompts, and
 * (for a test post) a preview of an evaluation prompt. Pure: data and a translator in, Block Kit out.
 * Buttons use the cross-feature action ids `goal_progress_open` and `partnership_open`.
 */

import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { GoalDisplayStatus } from '../../../domain/goals.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { goalDisplayStatusKey } from '../../../i18n/labels.js';
import { sharedIds } from '../../kit/ids.js';
import { escapeMrkdwn, type SlackMessage, truncate } from '../../kit/message.js';
import { schedulesIds } from './ids.js';

export interface ReminderPartnership {
  id: number;
  code: string;
  name: string;
}

export interface ReminderGoal {
  id: number;
  title: string;
  /** As readers see it: overdue and not-yet-assessed are statuses of their own. */
  status: GoalDisplayStatus;
  overdue?: boolean;
  /** Shown for overdue goals, already formatted for the reader. */
  dueLabel?: string;
}

interface ReminderCommon {
  partnership: ReminderPartnership;
  /** The schedule's message; for a meeting, its agenda. */
  message?: string | null;
  /** Set when the reminder goes out late: when it was due, formatted for the reader. */
  lateDueLabel?: string;
  /** A test post from `/mitra jadwal KODE uji`: marked so nobody takes it for the real one. */
  test?: boolean;
  /** The delivery of a real meeting or check-in: its reminder carries "Catat notula". */
  deliveryId?: number;
  /** Check-ins: action items overdue or due this week, with their owners (mentioned). */
  actionItems?: readonly { what: string; ownerUserId: string; dueLabel: string; overdue: boolean }[];
}

export type ReminderContent =
  | (ReminderCommon & { kind: 'checkin'; mentions: readonly string[]; goals: readonly ReminderGoal[] })
  | (ReminderCommon & { kind: 'meeting'; mentions: readonly string[] })
  | (ReminderCommon & {
      kind: 'progress';
      people: readonly { userId: string; goals: readonly ReminderGoal[] }[];
    })
  | (ReminderCommon & { kind: 'evaluation'; mentions: readonly string[]; closesLabel: string });

/** Goals shown one per block with a button; more are counted in a line (messages allow 50 blocks). */
export const MAX_GOAL_BLOCKS = 20;

const TITLE_KEYS: Record<ReminderContent['kind'], MessageKey> = {
  checkin: 'reminder.title.checkin',
  meeting: 'reminder.title.meeting',
  progress: 'reminder.title.progress',
  evaluation: 'reminder.title.evaluation',
};

const mentionList = (userIds: readonly string[]) => userIds.map((id) => `<@${id}>`).join(' ');

function progressButton(t: Translate, goalId: number): Button {
  return {
    type: 'button',
    action_id: sharedIds.goalProgressOpen,
    text: { type: 'plain_text', text: t('reminder.button.progress') },
    value: String(goalId),
  };
}

function goalLine(t: Translate, goal: ReminderGoal, owner?: string): string {
  const parts = [`*${escapeMrkdwn(truncate(goal.title, 200))}*`];
  // Overdue outranks the recorded status: "on track, overdue" would contradict itself.
  if (goal.overdue || goal.status === 'overdue') {
    parts.push(
      goal.dueLabel ? t('reminder.goal.overdueSince', { date: goal.dueLabel }) : t('reminder.goal.overdue'),
    );
  } else {
    parts.push(t(goalDisplayStatusKey(goal.status)));
  }
  return `${owner ? `<@${owner}> · ` : ''}${parts.join(' · ')}`;
}

function goalBlocks(
  t: Translate,
  goals: readonly { goal: ReminderGoal; owner?: string }[],
  moreKey: MessageKey,
): KnownBlock[] {
  const blocks: KnownBlock[] = goals.slice(0, MAX_GOAL_BLOCKS).map(({ goal, owner }) => ({
    ...section(goalLine(t, goal, owner), progressButton(t, goal.id)),
    block_id: `${schedulesIds.reminderGoalBlockPrefix}${goal.id}`,
  }));
  if (goals.length > MAX_GOAL_BLOCKS)
    blocks.push(context(t(moreKey, { count: goals.length - MAX_GOAL_BLOCKS })));
  return blocks;
}

/** A reminder message; channel reminders are built in the deployment's language (`config.locale`). */
export function buildReminderMessage(content: ReminderContent, t: Translate): SlackMessage {
  const { partnership } = content;
  const title = t(TITLE_KEYS[content.kind], {
    code: partnership.code,
    name: escapeMrkdwn(truncate(partnership.name, 150)),
  });
  const blocks: KnownBlock[] = [];
  if (content.test) blocks.push(context(t('reminder.test.note')));
  if (content.lateDueLabel) blocks.push(context(t('reminder.late.note', { due: content.lateDueLabel })));
  blocks.push(section(`*${title}*`));
  if (content.message?.trim()) {
    const label = content.kind === 'meeting' ? t('reminder.meeting.agenda') : undefined;
    const body = escapeMrkdwn(truncate(content.message.trim(), 2800));
    blocks.push(section(label ? `*${label}*\n${body}` : body));
  }

  switch (content.kind) {
    case 'checkin': {
      if (content.mentions.length > 0)
        blocks.push(section(t('reminder.mentions', { people: mentionList(content.mentions) })));
      if (content.goals.length === 0) blocks.push(context(t('reminder.checkin.allOnTrack')));
      else {
        blocks.push(section(t('reminder.checkin.attention', { count: content.goals.length })));
        blocks.push(
          ...goalBlocks(
            t,
            content.goals.map((goal) => ({ goal })),
            'reminder.goal.more',
          ),
        );
      }
      break;
    }
    case 'meeting':
      if (content.mentions.length > 0)
        blocks.push(section(t('reminder.mentions', { people: mentionList(content.mentions) })));
      break;
    case 'progress': {
      const rows = content.people.flatMap((person) =>
        person.goals.map((goal) => ({ goal, owner: person.userId })),
      );
      if (rows.length === 0) blocks.push(context(t('reminder.progress.none')));
      else {
        blocks.push(
          section(t('reminder.progress.ask', { people: mentionList(content.people.map((p) => p.userId)) })),
        );
        blocks.push(...goalBlocks(t, rows, 'reminder.goal.more'));
      }
      break;
    }
    case 'evaluation':
      if (content.mentions.length > 0)
        blocks.push(section(t('reminder.mentions', { people: mentionList(content.mentions) })));
      blocks.push(section(t('reminder.evaluation.preview', { closes: content.closesLabel })));
      break;
  }

  const actions: ActionsBlock = {
    type: 'actions',
    block_id: schedulesIds.reminderActionsBlock,
    elements: [
      {
        type: 'button',
        action_id: sharedIds.partnershipOpen,
        text: { type: 'plain_text', text: t('reminder.button.partnership') },
        value: String(partnership.id),
      },
    ],
  };
  if (content.kind === 'checkin' && content.actionItems && content.actionItems.length > 0) {
    const shown = content.actionItems.slice(0, MAX_GOAL_BLOCKS).map((item) =>
      t(item.overdue ? 'action.reminder.overdue' : 'action.reminder.dueSoon', {
        what: escapeMrkdwn(truncate(item.what, 200)),
        owner: item.ownerUserId,
        date: item.dueLabel,
      }),
    );
    blocks.push(
      section([t('action.reminder.title', { count: content.actionItems.length }), ...shown].join('\n')),
    );
  }
  if (content.deliveryId !== undefined && (content.kind === 'meeting' || content.kind === 'checkin')) {
    actions.elements.push({
      type: 'button',
      action_id: sharedIds.notesOpen,
      text: { type: 'plain_text', text: t('notes.button.record') },
      value: String(content.deliveryId),
    });
  }
  blocks.push(actions);

  const fallback = [content.test ? t('reminder.test.prefix') : '', title].filter(Boolean).join(' ');
  // Our own bold marks go; a star a person typed is inside an escape token and stays.
  return {
    text: truncate(
      fallback.replace(/<[^<>]*>|\*/g, (m) => (m === '*' ? '' : m)),
      3000,
    ),
    blocks,
  };
}
