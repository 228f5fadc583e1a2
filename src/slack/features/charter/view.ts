/**
 * The charter message (piagam) in the shared channel, and the content it shares with the detail
 * view of `/mitra lihat`: purpose, units with the lead marked, goals with progress and overdue,
 * roles with responsibilities, the communication plan with next runs, evaluations and gaps.
 */

import type { ContextBlock, HeaderBlock, KnownBlock } from '@slack/types';
import type { PartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { formatLocalDate } from '../../../domain/time/cadence.js';
import {
  button,
  divider,
  evaluationLines,
  gapLine,
  gapsOf,
  goalText,
  linesToSections,
  roleLine,
  scheduleLine,
  section,
  statusLabel,
  userText,
  type ViewContext,
  zoneText,
} from '../../kit/format.js';
import { sharedIds } from '../../kit/ids.js';
import { type SlackMessage, truncate } from '../../kit/message.js';

/** Slack allows 50 blocks in a message. */
export const MESSAGE_BLOCKS = 50;

export function charterHeader(detail: PartnershipDetail, ctx: ViewContext): HeaderBlock {
  const { partnership } = detail;
  return {
    type: 'header',
    text: {
      type: 'plain_text',
      text: truncate(ctx.t('charter.title', { code: partnership.code, name: partnership.name }), 150),
    },
  };
}

/** The parts of a partnership view before its goals: purpose, status and dates, units. */
function introBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
  const { t, locale } = ctx;
  const { partnership } = detail;
  const unitLines = detail.units.map((u) =>
    t(u.id === partnership.leadUnitId ? 'charter.unit.lead' : 'charter.unit.line', {
      name: userText(u.name, 120),
      code: userText(u.code, 20),
    }),
  );
  return [
    section(t('charter.purpose', { purpose: userText(partnership.purpose, 2500) })),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t('charter.meta', {
            status: statusLabel(t, partnership.status),
            start: formatLocalDate(partnership.startDate, locale),
            review: partnership.reviewDate
              ? formatLocalDate(partnership.reviewDate, locale)
              : t('charter.noReview'),
            zone: zoneText(partnership.timeZone, locale),
          }),
        },
      ],
    },
    ...linesToSections(t('charter.units.title'), unitLines),
  ];
}

/** One block per goal, each with an "update progress" button while it is not done. */
export function goalBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
  return detail.goals.map((goal) => {
    const block = section(goalText(goal, detail, ctx));
    if (goal.status !== 'done') {
      block.accessory = button(ctx.t('charter.goal.update'), sharedIds.goalProgressOpen, String(goal.id));
    }
    return block;
  });
}

/** Roles, the communication plan, evaluations and gaps: what follows the goals. */
function trailingBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
  const { t } = ctx;
  const { partnership } = detail;
  const roles = detail.roles.map((r) => roleLine(r, detail.units, t));
  const schedules = detail.schedules.map((s) => scheduleLine(s, detail, ctx));
  const evaluations = evaluationLines(detail, ctx);
  const gaps = gapsOf(detail, ctx.now).map((g) => gapLine(g, detail, ctx));
  return [
    divider(),
    ...(roles.length > 0
      ? linesToSections(t('charter.roles.title'), roles)
      : [section(`${t('charter.roles.title')}\n${t('charter.roles.empty')}`)]),
    ...(schedules.length > 0
      ? linesToSections(t('charter.schedules.title'), schedules)
      : [
          section(
            `${t('charter.schedules.title')}\n${t('charter.schedules.empty', { code: partnership.code })}`,
          ),
        ]),
    ...(evaluations.length > 0 ? linesToSections(t('charter.evaluation.title'), evaluations) : []),
    ...(gaps.length > 0
      ? linesToSections(t('charter.gaps.title', { count: gaps.length }), gaps)
      : [section(t('charter.gaps.none'))]),
  ];
}

function goalsTitle(detail: PartnershipDetail, ctx: ViewContext): KnownBlock {
  return detail.goals.length > 0
    ? section(ctx.t('charter.goals.title', { count: detail.goals.length }))
    : section(
        `${ctx.t('charter.goals.title', { count: 0 })}\n${ctx.t('charter.goals.empty', { code: detail.partnership.code })}`,
      );
}

/** The whole partnership, every goal included: the detail view pages through it. */
export function partnershipContentBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
  return [
    ...introBlocks(detail, ctx),
    divider(),
    goalsTitle(detail, ctx),
    ...goalBlocks(detail, ctx),
    ...trailingBlocks(detail, ctx),
  ];
}

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
