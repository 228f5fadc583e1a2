import type { KnownBlock } from '@slack/types';
import { isPartnershipVisible } from '../../../db/queries/partnership-pages.js';
import { isAdmin } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { lastClosedQuarter, type PeriodParse, parseReportPeriod } from '../../../domain/time/quarters.js';
import { slackErrorText } from '../../../i18n/labels.js';
import { partnershipFromCommand } from '../../kit/access.js';
import {
  SUBCOMMANDS,
  type SubcommandContext,
  type SubcommandHandler,
  type SubcommandId,
  say,
} from '../../kit/subcommands.js';
import { loadReportWithCycles, sendReportChart } from '../evaluations/flow.js';
import { periodLabel, sendQuarterWorkbook, sendRollupWorkbook } from './flow.js';

/** The word that asks for the roll-up across every partnership (admins). */
export const ALL_WORDS = new Set(['semua', 'all']);
/** A quarter keyword on its own (`laporan PK-1 triwulan`) asks for the default quarter. */
const BARE_KEYWORDS = new Set(['triwulan', 'tw', 'quarter', 'q']);

/** The period of the words after the code; a bare keyword is the last closed quarter. */
export function periodOf(words: readonly string[], today: string): PeriodParse {
  const only = words.length === 1 ? words[0]?.toLowerCase() : undefined;
  if (only !== undefined && BARE_KEYWORDS.has(only)) {
    return { ok: true, period: lastClosedQuarter(today), defaulted: true };
  }
  return parseReportPeriod(words, today);
}

async function refusePeriod(ctx: SubcommandContext, parsed: PeriodParse & { ok: false }, typed: string) {
  await say(ctx, `${ctx.t(`reportCmd.error.${parsed.error}`, { typed })}\n${ctx.t('reportCmd.usage')}`);
}

/**
 * `/mitra laporan KODE [PERIODE]` and `/mitra laporan semua [PERIODE]`.
 * - `laporan KODE`: the evaluation report, as before, with a line on how to get the workbook —
 *   a file in the DM each time someone looks at the evaluation would soon bury their DM.
 * - `laporan KODE tw3 2026` (`triwulan 3`, `quarter 3`, `q3`, `tw III`; a bare `triwulan` is the
 *   last closed quarter): the quarterly XLSX workbook, in the requester's DM.
 * - `laporan semua [PERIODE]` (`all`; admins): the roll-up across all partnerships; without a
 *   period, the last closed quarter.
 */
const report: SubcommandHandler = async (ctx) => {
  const [first, ...rest] = ctx.args;
  if (!first) {
    await say(ctx, ctx.t('partnership.codeMissing', { word: SUBCOMMANDS.report.word[ctx.locale] }));
    return;
  }
  if (ALL_WORDS.has(first.toLowerCase())) return rollup(ctx, rest);

  const access = await partnershipFromCommand(ctx, first, 'view');
  if (!access) return;
  const { partnership, actor } = access;
  const visible =
    actor.isAdmin ||
    isPartnershipVisible(ctx.services.db, {
      teamId: ctx.teamId,
      userId: ctx.userId,
      partnershipId: partnership.id,
    });
  if (!visible) {
    await say(ctx, ctx.t('evaluation.report.notVisible', { code: partnership.code }));
    return;
  }
  const today = localDateOf(ctx.services.clock(), partnership.timeZone);
  if (rest.length === 0) {
    const { message, closed } = loadReportWithCycles(ctx.services, { partnership, locale: ctx.locale });
    const hint = ctx.t('reportCmd.hint', {
      code: partnership.code,
      period: periodLabel(lastClosedQuarter(today), ctx.t),
      n: lastClosedQuarter(today).quarter,
      year: lastClosedQuarter(today).year,
    });
    const blocks: KnownBlock[] = [
      ...((message.blocks ?? []) as KnownBlock[]),
      { type: 'context', elements: [{ type: 'mrkdwn', text: hint }] },
    ];
    await ctx.respond({ response_type: 'ephemeral', text: message.text, blocks });
    // The answer is on its way (the ack); the trend's picture follows it.
    await sendReportChart(ctx.services, ctx.client, {
      partnership,
      closed,
      locale: ctx.locale,
      respond: ctx.respond,
    });
    return;
  }
  const parsed = periodOf(rest, today);
  if (!parsed.ok) return refusePeriod(ctx, parsed, rest.join(' '));
  const label = periodLabel(parsed.period, ctx.t);
  // Gathering and uploading takes a moment: the person hears at once that it is coming.
  await say(ctx, ctx.t('reportCmd.preparing', { code: partnership.code, period: label }));
  const result = await sendQuarterWorkbook(ctx.services, ctx.client, {
    partnership,
    period: parsed.period,
    userId: ctx.userId,
    locale: ctx.locale,
  });
  await say(
    ctx,
    result.ok
      ? ctx.t('reportCmd.done', { code: partnership.code, period: label, berkas: result.filename })
      : ctx.t('reportCmd.failed', { error: slackErrorText(ctx.t, result.error) }),
  );
};

async function rollup(ctx: SubcommandContext, words: readonly string[]): Promise<void> {
  if (!isAdmin(ctx.services.config.admins, ctx.userId)) {
    await say(ctx, ctx.t('reportCmd.rollupAdminsOnly'));
    return;
  }
  const today = localDateOf(ctx.services.clock(), ctx.services.config.timeZone);
  const parsed = periodOf(words, today);
  if (!parsed.ok) return refusePeriod(ctx, parsed, words.join(' '));
  const label = periodLabel(parsed.period, ctx.t);
  await say(ctx, ctx.t('reportCmd.rollupPreparing', { period: label }));
  const result = await sendRollupWorkbook(ctx.services, ctx.client, {
    teamId: ctx.teamId,
    period: parsed.period,
    userId: ctx.userId,
    locale: ctx.locale,
  });
  await say(
    ctx,
    result.ok
      ? ctx.t('reportCmd.rollupDone', { period: label, count: result.count ?? 0, berkas: result.filename })
      : ctx.t('reportCmd.failed', { error: slackErrorText(ctx.t, result.error) }),
  );
}

export const reportsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { report };
