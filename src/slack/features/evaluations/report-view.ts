import type { KnownBlock } from '@slack/types';
import { EVALUATION_DIMENSIONS } from '../../../domain/enums.js';
import { type CycleSummary, dimensionLabelKey } from '../../../domain/evaluation-stats.js';
import { formatPercent, formatScore, trend } from '../../../domain/evaluation-trend.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { escapeMrkdwn, type SlackMessage, truncate } from '../../kit/message.js';
import { buildSummaryBlocks, changeArrow, type SummaryData } from './summary-view.js';

/** A trend line with more points than this is hard to read in a message; the export has them all. */
export const MAX_TREND_POINTS = 8;

export interface ReportData {
  code: string;
  name: string;
  /** Every closed cycle's summary, oldest first. */
  summaries: readonly CycleSummary[];
  /** The latest closed cycle, ready for the summary blocks; absent when none has closed. */
  latest: SummaryData | null;
  /** A cycle still running, to say how far it has got. */
  running: { responded: number; invited: number; rate: number | null; closesLabel: string } | null;
}

/** `/mitra laporan`: the latest summary and the trend over all cycles, in the user's language. */
export function buildReportMessage(data: ReportData, locale: Locale, t: Translate): SlackMessage {
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(t('evaluation.report.text', { code: data.code }), 150) },
    },
  ];
  if (data.running) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t('evaluation.report.openCycle', {
            responded: data.running.responded,
            invited: data.running.invited,
            rate: formatPercent(data.running.rate, locale),
            closes: data.running.closesLabel,
          }),
        },
      ],
    });
  }
  if (!data.latest) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: t('evaluation.report.none', { code: data.code }) },
    });
    return { text: t('evaluation.report.text', { code: data.code }), blocks };
  }

  if (data.summaries.length > 1) blocks.push(trendSection(data, locale, t));

  blocks.push(
    { type: 'divider' },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${t('evaluation.report.latestTitle')}\n${t('evaluation.summary.period', {
          name: escapeMrkdwn(data.latest.name),
          opened: data.latest.openedLabel,
          closed: data.latest.closedLabel,
        })}`,
      },
    },
    ...buildSummaryBlocks(data.latest, locale, t, { fullAnswers: true }),
  );
  return { text: t('evaluation.report.text', { code: data.code }), blocks };
}

function trendSection(data: ReportData, locale: Locale, t: Translate): KnownBlock {
  const shown = data.summaries.slice(-MAX_TREND_POINTS);
  const result = trend(shown);
  const series = (values: ReadonlyArray<number | null>, format: (v: number | null) => string) =>
    values.map(format).join(' → ');
  const score = (v: number | null) => formatScore(v, locale);
  const lines = [
    t('evaluation.report.trendTitle', { count: data.summaries.length }),
    t('evaluation.report.trendLine', {
      arrow: changeArrow(result.overall.latestChange),
      name: `*${t('evaluation.report.trendOverall')}*`,
      series: series(result.overall.series, score),
    }),
    ...EVALUATION_DIMENSIONS.map((d) =>
      t('evaluation.report.trendLine', {
        arrow: changeArrow(result.dimensions[d].latestChange),
        name: t(dimensionLabelKey(d)),
        series: series(result.dimensions[d].series, score),
      }),
    ),
    t('evaluation.report.trendResponse', {
      series: series(result.responseRate, (v) => formatPercent(v, locale)),
    }),
  ];
  if (shown.length < data.summaries.length) {
    lines.push(
      t('evaluation.report.trendTruncated', {
        shown: shown.length,
        total: data.summaries.length,
        code: data.code,
      }),
    );
  }
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) } };
}
