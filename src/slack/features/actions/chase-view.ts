/**
 * The DMs that chase an owner (due tomorrow, overdue) and that escalate to managers: an item with
 * its history, or a goal at risk twice in a row. Pure: data in, message out.
 */
import type { KnownBlock } from '@slack/types';
import type { ActionItem } from '../../../db/schema/index.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';
import { context, section, userText } from '../../kit/blocks.js';
import { sharedIds } from '../../kit/ids.js';
import type { SlackMessage } from '../../kit/message.js';
import { type ItemViewContext, itemBlocks } from './view.js';

export function buildChaseDm(
  data: { item: ActionItem; code: string; kind: 'due_soon' | 'overdue' },
  ctx: ItemViewContext,
): SlackMessage {
  const text = ctx.t(data.kind === 'due_soon' ? 'chase.dueSoon' : 'chase.overdue', {
    code: data.code,
    what: userText(data.item.what, 200),
    date: formatLocalDate(data.item.dueDate, ctx.locale),
  });
  return {
    text,
    blocks: [
      section(text),
      ...itemBlocks(data.item, ctx, { userId: data.item.ownerUserId, canManage: false }, 'dm', {
        code: data.code,
      }),
    ],
  };
}

/** The history lines of an item: when it was made, by whom, and what became of a date request. */
function historyLines(item: ActionItem, ctx: ItemViewContext): string[] {
  const lines = [
    ctx.t('escalation.history.created', {
      user: item.createdBy,
      date: formatLocalDate(item.createdAt.toISOString().slice(0, 10), ctx.locale),
    }),
  ];
  if (item.requestStatus && item.requestedDueDate)
    lines.push(
      ctx.t(`escalation.history.request.${item.requestStatus}`, {
        date: formatLocalDate(item.requestedDueDate, ctx.locale),
      }),
    );
  return lines;
}

export function buildItemEscalationDm(
  data: {
    item: ActionItem;
    partnership: { id: number; code: string };
    workdays: number;
    viewer: { userId: string; canManage: boolean };
  },
  ctx: ItemViewContext,
): SlackMessage {
  const text = ctx.t('escalation.item', {
    code: data.partnership.code,
    owner: data.item.ownerUserId,
    what: userText(data.item.what, 200),
    workdays: data.workdays,
  });
  const blocks: KnownBlock[] = [
    section(text),
    ...itemBlocks(data.item, ctx, data.viewer, 'dm', { code: data.partnership.code }),
    context(historyLines(data.item, ctx).join('\n')),
    openButton(ctx, data.partnership.id),
  ];
  return { text, blocks };
}

export function buildGoalEscalationDm(
  data: {
    goal: { title: string; personInChargeId: string | null };
    partnership: { id: number; code: string };
  },
  ctx: ItemViewContext,
): SlackMessage {
  const text = ctx.t('escalation.goal', {
    code: data.partnership.code,
    goal: userText(data.goal.title, 200),
  });
  const who = data.goal.personInChargeId
    ? ctx.t('escalation.goal.pic', { user: data.goal.personInChargeId })
    : '';
  return {
    text,
    blocks: [section(text), ...(who ? [context(who)] : []), openButton(ctx, data.partnership.id)],
  };
}

function openButton(ctx: ItemViewContext, partnershipId: number): KnownBlock {
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: sharedIds.partnershipOpen,
        text: { type: 'plain_text', text: ctx.t('escalation.open') },
        value: String(partnershipId),
      },
    ],
  };
}
