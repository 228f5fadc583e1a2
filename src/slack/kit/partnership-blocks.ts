import type { HeaderBlock, KnownBlock } from '@slack/types';
import type { PartnershipDetail } from '../../db/queries/partnership-detail.js';
import { formatLocalDate } from '../../domain/time/cadence-text.js';
import { button, divider, linesToSections, section, userText, zoneText } from './blocks.js';
import { awaySuffix, followThroughBlocks } from './follow-through-blocks.js';
import { sharedIds } from './ids.js';
import { truncate } from './message.js';
import {
  evaluationLines,
  gapLine,
  gapsOf,
  goalText,
  roleLine,
  scheduleLine,
  statusLabel,
  type ViewContext,
} from './partnership-lines.js';

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

/** The parts of a partnership view before its goals: purpose, status and dates, units. */
export function introBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
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

/** Roles, the communication plan, evaluations and gaps: what follows the goals. */
export function trailingBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
  const { t } = ctx;
  const { partnership } = detail;
  const roles = detail.roles.map(
    (r) => `${roleLine(r, detail.units, t)}${awaySuffix(detail, r.userId, ctx)}`,
  );
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
    ...followThroughBlocks(detail, ctx),
    ...(gaps.length > 0
      ? linesToSections(t('charter.gaps.title', { count: gaps.length }), gaps)
      : [section(t('charter.gaps.none'))]),
  ];
}

export function goalsTitle(detail: PartnershipDetail, ctx: ViewContext): KnownBlock {
  return detail.goals.length > 0
    ? section(ctx.t('charter.goals.title', { count: detail.goals.length }))
    : section(
        `${ctx.t('charter.goals.title', { count: 0 })}\n${ctx.t('charter.goals.empty', { code: detail.partnership.code })}`,
      );
}
