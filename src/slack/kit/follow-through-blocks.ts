/**
 * Follow-through in the charter and `/mitra lihat`: open and overdue action items, the latest
 * meeting notes, and who is away. Pure: the partnership's detail in, blocks out.
 */
import type { KnownBlock } from '@slack/types';
import type { PartnershipDetail } from '../../db/queries/partnership-detail.js';
import { leaveOn } from '../../domain/follow-through.js';
import { formatLocalDate } from '../../domain/time/cadence-text.js';
import { context, section } from './blocks.js';
import { todayFor, type ViewContext } from './partnership-lines.js';

/** " · 🌴 cuti sampai …" after a person's name while they are on leave; empty otherwise. */
export function awaySuffix(detail: PartnershipDetail, userId: string, ctx: ViewContext): string {
  const today = todayFor(detail.partnership, ctx.now);
  const leave = leaveOn(detail.followThrough?.leaves ?? [], userId, today);
  return leave ? ` · ${ctx.t('leave.awayUntil', { date: formatLocalDate(leave.toDate, ctx.locale) })}` : '';
}

export function followThroughBlocks(detail: PartnershipDetail, ctx: ViewContext): KnownBlock[] {
  const follow = detail.followThrough;
  if (!follow) return [];
  const { t, locale } = ctx;
  const code = detail.partnership.code;
  const today = todayFor(detail.partnership, ctx.now);
  const overdue = follow.openDueDates.filter((d) => d < today).length;
  // Nothing yet: partnerships that do not use action items or notes keep their charter as it was.
  if (follow.openDueDates.length === 0 && follow.notes.length === 0) return [];
  const blocks: KnownBlock[] = [
    section(
      follow.openDueDates.length === 0
        ? t('action.charter.none', { code })
        : t('action.charter.counts', { count: follow.openDueDates.length, overdue, code }),
    ),
  ];
  if (follow.notes.length > 0) {
    const lines = follow.notes.map((n) =>
      t('notes.charter.line', {
        date: formatLocalDate(n.meetingDate, locale),
        decisions: n.decisions.length,
        attendees: n.attendees.length,
      }),
    );
    blocks.push(context([t('notes.charter.title'), ...lines].join('\n')));
  }
  return blocks;
}
