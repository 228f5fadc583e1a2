/**
 * Goal charts, as pure functions of data: each goal's capaian against its target (100%), coloured
 * by its status, and App Home's small strip of goal statuses per partnership. Alt text carries the
 * same numbers in the reader's language.
 */
import type { EChartsOption } from 'echarts';
import type { GoalDisplayStatus } from '../../../domain/goals.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { goalDisplayStatusKey } from '../../../i18n/labels.js';
import { truncate } from '../message.js';
import type { ChartSpec } from './evaluation-charts.js';
import { CHART_COLORS } from './palette.js';

const STATUS_COLORS: Record<GoalDisplayStatus, string> = {
  on_track: CHART_COLORS.onTrack,
  at_risk: CHART_COLORS.atRisk,
  off_track: CHART_COLORS.offTrack,
  done: CHART_COLORS.done,
  overdue: CHART_COLORS.overdue,
  not_assessed: CHART_COLORS.previous,
};

/** Room for axis labels at this font size: DejaVu Sans averages about 0.62 em a character. */
function labelRoom(labels: readonly string[], fontSize: number): number {
  return 16 + Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * fontSize * 0.62);
}

/** Capaian with one decimal and the locale's separator: "95,3%" / "95.3%". */
export function formatCapaian(percent: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(percent)}%`;
}

/**
 * The most goals one chart shows: more bars are unreadable in Slack and weigh over the budget.
 * The workbook draws a chart per fifteen; `/mitra lihat` the first fifteen (its text lists all).
 */
export const MAX_GOALS_PER_CHART = 15;

export interface GoalBar {
  title: string;
  /** Capaian in percent of the target, or null when there is no target or no realisation yet. */
  capaian: number | null;
  status: GoalDisplayStatus;
}

/** One bar per goal: how far its realisation reaches its target, with the 100% line. */
export function goalProgressChart(
  goals: readonly GoalBar[],
  ctx: { t: Translate; locale: Locale },
): ChartSpec {
  const { t, locale } = ctx;
  const titles = goals.map((g) => truncate(g.title, 40));
  const highest = Math.max(100, ...goals.map((g) => g.capaian ?? 0));
  const lines = goals.map((g) =>
    t('chart.goals.line', {
      title: g.title,
      capaian: g.capaian === null ? t('chart.goals.noTarget') : formatCapaian(g.capaian, locale),
    }),
  );
  const option: EChartsOption = {
    // ECharts measures text without the font; the labels' room is reckoned from DejaVu's widths.
    grid: { left: labelRoom(titles, 11), right: 56, top: 12, bottom: 28 },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(highest / 25) * 25,
      interval: 25,
      axisLabel: { formatter: '{value}%' },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    yAxis: { type: 'category', data: titles, inverse: true, axisLabel: { fontSize: 11 } },
    series: [
      {
        name: t('chart.goals.capaian'),
        type: 'bar',
        barMaxWidth: 18,
        // Each bar's label is its capaian written in the reader's way ("71,6%"), or a dash.
        data: goals.map((g) => ({
          value: g.capaian ?? 0,
          itemStyle: { color: STATUS_COLORS[g.status] },
          label: { formatter: g.capaian === null ? '–' : formatCapaian(g.capaian, locale) },
        })),
        label: { show: true, position: 'right', fontSize: 11 },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: CHART_COLORS.target, type: 'dashed' },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
  return {
    size: { width: 560, height: Math.max(120, 40 + goals.length * 30) },
    alt: t('chart.goals.alt', { lines: lines.join('; ') }),
    option,
  };
}

export interface PartnershipStrip {
  code: string;
  /** Goals by the status a reader sees (overdue and not assessed included). */
  counts: Partial<Record<GoalDisplayStatus, number>>;
}

/** The strip's order: finished first, then from good to bad, the unassessed last. */
const STRIP_ORDER: readonly GoalDisplayStatus[] = [
  'done',
  'on_track',
  'at_risk',
  'off_track',
  'overdue',
  'not_assessed',
];

const STRIP_WORDS: Record<GoalDisplayStatus, MessageKey> = {
  done: 'chart.strip.done',
  on_track: 'chart.strip.onTrack',
  at_risk: 'chart.strip.atRisk',
  off_track: 'chart.strip.offTrack',
  overdue: 'chart.strip.overdue',
  not_assessed: 'chart.strip.notAssessed',
};

/** One partnership's counts in words, the statuses it has only: "PK-1: 3 sesuai rencana, 1 berisiko". */
export function stripLine(row: PartnershipStrip, t: Translate): string {
  const parts = STRIP_ORDER.filter((status) => (row.counts[status] ?? 0) > 0).map((status) =>
    t(STRIP_WORDS[status], { count: row.counts[status] ?? 0 }),
  );
  return t('chart.strip.line', { code: row.code, counts: parts.join(', ') });
}

/** App Home: one thin stacked bar of goal statuses per partnership, with a legend of the statuses shown. */
export function homeStrip(rows: readonly PartnershipStrip[], ctx: { t: Translate }): ChartSpec {
  const { t } = ctx;
  const shown = STRIP_ORDER.filter((status) => rows.some((r) => (r.counts[status] ?? 0) > 0));
  const name = (status: GoalDisplayStatus) => t(goalDisplayStatusKey(status));
  // The legend wraps: its rows reckoned from DejaVu's widths, as the labels' room is.
  const width = 480;
  const legendWidth = shown.reduce((sum, status) => sum + 36 + Math.ceil(name(status).length * 11 * 0.62), 0);
  const legendRows = Math.max(1, Math.ceil(legendWidth / (width - 24)));
  const legendRoom = 10 + legendRows * 22;
  return {
    size: { width, height: Math.max(60, 16 + rows.length * 22) + legendRoom },
    alt: t('chart.strip.alt', { lines: rows.map((r) => stripLine(r, t)).join('; ') }),
    option: {
      legend: {
        bottom: 0,
        itemWidth: 12,
        itemHeight: 10,
        itemGap: 16,
        textStyle: { fontSize: 11 },
        data: shown.map(name),
      },
      grid: {
        left: labelRoom(
          rows.map((r) => r.code),
          11,
        ),
        right: 8,
        top: 8,
        bottom: legendRoom + 4,
      },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', data: rows.map((r) => r.code), inverse: true, axisLabel: { fontSize: 11 } },
      series: shown.map((status) => ({
        name: name(status),
        type: 'bar' as const,
        stack: 'goals',
        barWidth: 12,
        itemStyle: { color: STATUS_COLORS[status] },
        data: rows.map((r) => r.counts[status] ?? 0),
      })),
    },
  };
}
