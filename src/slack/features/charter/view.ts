import type { ContextBlock, KnownBlock } from '@slack/types';
import type { PartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { button, divider, userText } from '../../kit/blocks.js';
import { sharedIds } from '../../kit/ids.js';
import { type SlackMessage, truncate } from '../../kit/message.js';
import {
  charterHeader,
  goalBlocks,
  goalsTitle,
  introBlocks,
  trailingBlocks,
} from '../../kit/partnership-blocks.js';
import type { ViewContext } from '../../kit/partnership-lines.js';

/** Slack allows 50 blocks in a message. */
export const MESSAGE_BLOCKS = 50;

/**
 * The charter message, in the deployment's language. It must fit one message (50 blocks), so
 * when there are more goals than fit, the first ones are shown (soonest due first) followed by
 * a line that says how many more there are and how to see them.
 */
export function buildCharterMessage(detail: PartnershipDetail, ctx: ViewContext): SlackMessage {
  const { t } = ctx;
  const { partnership } = detail;
  const head: KnownBlock[] = [
    charterHeader(detail, ctx),
    ...introBlocks(detail, ctx),
    divider(),
    goalsTitle(detail, ctx),
  ];
  const tail: KnownBlock[] = [
    ...trailingBlocks(detail, ctx),
    {
      type: 'actions',
      elements: [button(t('charter.open'), sharedIds.partnershipOpen, String(partnership.id))],
    },
    footer(t('charter.footer', { code: partnership.code })),
  ];
  const allGoals = goalBlocks(detail, ctx);
  let room = MESSAGE_BLOCKS - head.length - tail.length;
  let goals = allGoals;
  if (allGoals.length > room) {
    room -= 1;
    goals = [
      ...allGoals.slice(0, Math.max(0, room)),
      footer(t('charter.more', { count: allGoals.length - Math.max(0, room), code: partnership.code })),
    ];
  }
  // Roles, schedules or gaps so many that even no goals do not fit: keep the first 50 blocks,
  // ending with the footer that points to the full view.
  let blocks = [...head, ...goals, ...tail];
  if (blocks.length > MESSAGE_BLOCKS) {
    blocks = [
      ...blocks.slice(0, MESSAGE_BLOCKS - 1),
      footer(t('charter.more', { count: 0, code: partnership.code })),
    ];
  }
  return {
    text: t('charter.fallback', { code: partnership.code, name: userText(partnership.name, 150) }),
    blocks,
  };
}

function footer(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 2900) }] };
}
