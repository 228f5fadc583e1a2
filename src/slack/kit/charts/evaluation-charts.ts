/**
 * Evaluation charts, as pure functions of summaries: the seven dimensions of this cycle against
 * the last (radar), and every cycle's means with its response rate (trend). Each comes with alt
 * text in the reader's language carrying the same numbers, for screen readers and notifications.
 */
import type { EChartsOption } from 'echarts';
import { EVALUATION_DIMENSIONS } from '../../../domain/enums.js';
import {
  type CycleSummary,
  dimensionLabelKey,
  SCORE_MAX,
  SCORE_MIN,
} from '../../../domain/evaluation-stats.js';
import { formatPercent, formatScore } from '../../../domain/evaluation-trend.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { CHART_COLORS, SERIES_COLORS } from './palette.js';
import type { ChartSize } from './render.js';

export interface ChartSpec {
  /**
   * What ECharts draws, as plain data (no functions: it is drawn in a worker thread). Numbers that
   * need the reader's decimal separator are formatted here, as text labels.
   */
  option: EChartsOption;
  size: ChartSize;
  /** The picture in words, with the same numbers. */
  alt: string;
}

/** When a cycle closed, short enough for a chart's axis: "6 Apr 26". */
function cycleLabel(closedAt: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: '2-digit',
    timeZone,
  }).format(closedAt);
}

/**
 * The last `max` closed cycles (oldest first) as a trend's points, each labelled by when it closed
 * in the partnership's zone: what `/mitra laporan` and the workbook draw.
 */
export function trendPoints(
  closed: readonly { closedAt: Date | null; closesAt: Date; summaryJson: CycleSummary }[],
  params: { timeZone: string; locale: Locale; max: number },
): { label: string; summary: CycleSummary }[] {
  return closed.slice(-params.max).map((c) => ({
    label: cycleLabel(c.closedAt ?? c.closesAt, params.timeZone, params.locale),
    summary: c.summaryJson,
  }));
}

/** A long name on two lines, broken at the space nearest its middle. */
function wrap(name: string, max = 16): string {
  if (name.length <= max) return name;
  const middle = name.length / 2;
  let at = -1;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === ' ' && (at === -1 || Math.abs(i - middle) < Math.abs(at - middle))) at = i;
  }
  return at === -1 ? name : `${name.slice(0, at)}\n${name.slice(at + 1)}`;
}

const means = (summary: CycleSummary) => EVALUATION_DIMENSIONS.map((d) => summary.dimensions[d].mean);

/** This cycle's dimension means against the previous cycle's, on the survey's 1–5 scale. */
export function evaluationRadar(
  summary: CycleSummary,
  previous: CycleSummary | null,
  ctx: { t: Translate; locale: Locale },
): ChartSpec {
  const { t, locale } = ctx;
  const names = EVALUATION_DIMENSIONS.map((d) => t(dimensionLabelKey(d)));
  const series = [
    ...(previous
      ? [{ name: t('chart.cycle.previous'), value: means(previous), color: CHART_COLORS.previous }]
      : []),
    { name: t('chart.cycle.current'), value: means(summary), color: CHART_COLORS.current },
  ];
  const lines = EVALUATION_DIMENSIONS.map((d, i) => {
    const score = formatScore(summary.dimensions[d].mean, locale);
    return previous
      ? t('chart.radar.lineWithPrevious', {
          dimension: names[i] ?? d,
          score,
          previous: formatScore(previous.dimensions[d].mean, locale),
        })
      : t('chart.radar.line', { dimension: names[i] ?? d, score });
  });
  return {
    size: { width: 520, height: 380 },
    alt: t('chart.radar.alt', { lines: lines.join('; ') }),
    option: {
      legend: { bottom: 0, itemGap: 28, data: series.map((s) => s.name) },
      radar: {
        center: ['50%', '47%'],
        radius: '58%',
        indicator: names.map((name) => ({ name: wrap(name), min: SCORE_MIN - 1, max: SCORE_MAX })),
        axisName: { color: '#333', fontSize: 12, lineHeight: 15 },
        splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      },
      series: [
        {
          type: 'radar',
          symbolSize: 5,
          data: series.map((s) => ({
            name: s.name,
            // A dimension without answers sits at the centre rather than breaking the shape.
            value: s.value.map((v) => v ?? SCORE_MIN - 1),
            itemStyle: { color: s.color },
            lineStyle: { color: s.color, width: 2 },
          })),
        },
      ],
    },
  };
}

/** Every closed cycle, oldest first: a line per dimension and the response rate as bars. */
export function evaluationTrend(
  cycles: readonly { label: string; summary: CycleSummary }[],
  ctx: { t: Translate; locale: Locale },
): ChartSpec {
  const { t, locale } = ctx;
  const labels = cycles.map((c) => c.label);
  const rateName = t('chart.trend.responseRate');
  const lines = EVALUATION_DIMENSIONS.map((d) =>
    t('chart.trend.line', {
      dimension: t(dimensionLabelKey(d)),
      scores: cycles.map((c) => formatScore(c.summary.dimensions[d].mean, locale)).join(' → '),
    }),
  );
  return {
    size: { width: 640, height: 400 },
    alt: t('chart.trend.alt', {
      cycles: labels.join(', '),
      lines: lines.join('; '),
      rates: cycles.map((c) => formatPercent(c.summary.responseRate, locale)).join(' → '),
    }),
    option: {
      legend: { bottom: 0, type: 'plain', itemWidth: 14, itemGap: 26, textStyle: { fontSize: 11 } },
      grid: { left: 44, right: 52, top: 20, bottom: 96 },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        {
          type: 'value',
          min: SCORE_MIN,
          max: SCORE_MAX,
          interval: 1,
          // Whole numbers on the axis: the same in every language, and no function in the option.
          splitLine: { lineStyle: { color: CHART_COLORS.grid } },
        },
        {
          type: 'value',
          min: 0,
          max: 100,
          axisLabel: { formatter: '{value}%' },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: rateName,
          type: 'bar',
          yAxisIndex: 1,
          barWidth: '40%',
          itemStyle: { color: CHART_COLORS.responseRate },
          data: cycles.map((c) => (c.summary.responseRate === null ? null : c.summary.responseRate * 100)),
        },
        ...EVALUATION_DIMENSIONS.map((d, i) => ({
          name: t(dimensionLabelKey(d)),
          type: 'line' as const,
          symbolSize: 5,
          connectNulls: true,
          itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] },
          data: cycles.map((c) => c.summary.dimensions[d].mean),
        })),
      ],
    },
  };
}
