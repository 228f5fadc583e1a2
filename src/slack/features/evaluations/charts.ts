/**
 * Evaluation charts in Slack, always after the words: the summary in the channel gains a radar of
 * this cycle against the last once it is posted, and `/mitra laporan KODE` follows its answer with
 * the trend over the cycles it lists. Neither ever holds up or replaces the text.
 */
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { type ClosedCycle, getPreviousSummary } from '../../../db/queries/evaluations.js';
import type { EvaluationCycle, Partnership } from '../../../db/schema/index.js';
import type { CycleSummary } from '../../../domain/evaluation-stats.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { evaluationRadar, evaluationTrend, trendPoints } from '../../kit/charts/evaluation-charts.js';
import { answerWithChart, sendWithChart, uploadChart } from '../../kit/charts/slack-charts.js';
import type { SlackMessage } from '../../kit/message.js';
import type { AnswerFn } from '../../kit/subcommands.js';
import { MAX_TREND_POINTS } from './report-view.js';

/** The header and the period line come first; the picture goes right under them. */
const CHART_AFTER_BLOCKS = 2;

/**
 * Adds the radar of this cycle against the previous one to the summary just posted in the
 * channel (in the deployment's language). Never throws: a summary without its picture is whole.
 */
export async function addSummaryChart(
  services: Services,
  client: WebClient,
  params: {
    cycle: EvaluationCycle;
    partnership: Partnership;
    summary: CycleSummary;
    message: SlackMessage;
    ts: string;
  },
): Promise<boolean> {
  const { cycle, partnership, summary, message } = params;
  const locale = services.config.locale;
  const t = translator(locale);
  const log = services.logger.child({ cycle: cycle.id, job: 'evaluation-close' });
  if (summary.respondedCount === 0) return false;
  try {
    const previous = getPreviousSummary(services.db, {
      teamId: cycle.teamId,
      partnershipId: partnership.id,
      beforeCycleId: cycle.id,
    });
    const spec = evaluationRadar(summary, previous, { t, locale });
    const upload = await uploadChart({ client, files: services.charts, logger: log }, spec, {
      teamId: cycle.teamId,
      name: `${partnership.code}-evaluasi-${cycle.id}`,
      title: t('chart.radar.title', { code: partnership.code }),
    });
    if (!upload) return false;
    const blocks = (message.blocks ?? []) as KnownBlock[];
    const { charted } = await sendWithChart(
      async (chart) => {
        if (chart.length === 0) return; // the text is already there, unchanged
        await client.chat.update({
          channel: cycle.channelId,
          ts: params.ts,
          text: message.text,
          blocks: [...blocks.slice(0, CHART_AFTER_BLOCKS), ...chart, ...blocks.slice(CHART_AFTER_BLOCKS)],
        });
      },
      upload,
      { files: services.charts, logger: log },
    );
    return charted;
  } catch (error) {
    log.warn({ err: error }, 'the summary chart could not be added; the summary stands without it');
    return false;
  }
}

/**
 * `/mitra laporan KODE`, after its answer: the trend over the cycles it lists (`closed`, as the
 * answer read them; a radar when only one has closed), as a second private message. Nothing is sent when no cycle has closed or the chart
 * cannot be drawn; the answer above already holds every number.
 */
export async function sendReportChart(
  services: Services,
  client: WebClient,
  params: { partnership: Partnership; closed: readonly ClosedCycle[]; locale: Locale; respond: AnswerFn },
): Promise<boolean> {
  const { partnership, locale } = params;
  const t = translator(locale);
  const log = services.logger.child({ partnership: partnership.id, chart: 'report' });
  try {
    const cycles = trendPoints(params.closed, {
      timeZone: partnership.timeZone,
      locale,
      max: MAX_TREND_POINTS,
    });
    const only = cycles.length === 1 ? cycles[0] : undefined;
    if (cycles.length === 0) return false;
    const spec = only
      ? evaluationRadar(only.summary, null, { t, locale })
      : evaluationTrend(cycles, { t, locale });
    const title = t(only ? 'chart.radar.title' : 'chart.trend.title', {
      code: partnership.code,
      count: cycles.length,
    });
    return await answerWithChart({ client, files: services.charts, logger: log }, params.respond, spec, {
      teamId: partnership.teamId,
      name: `${partnership.code}-tren-evaluasi`,
      title,
    });
  } catch (error) {
    log.warn({ err: error }, 'the report chart could not be sent; the report stands without it');
    return false;
  }
}
