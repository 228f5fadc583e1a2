/**
 * The workbook's pictures: the goals' capaian against the quarter's targets, the quarter's
 * evaluation against the one before (radar) and the trend over the cycles up to it. Each comes
 * with its numbers in words. A chart that cannot be drawn is logged and left out: the tables
 * carry the same numbers.
 */
import { listClosedCycles } from '../../../db/queries/evaluations.js';
import type { Partnership } from '../../../db/schema/index.js';
import { capaian, targetForQuarter } from '../../../domain/capaian.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import {
  type ChartSpec,
  evaluationRadar,
  evaluationTrend,
  trendPoints,
} from '../../kit/charts/evaluation-charts.js';
import { goalProgressChart, MAX_GOALS_PER_CHART } from '../../kit/charts/goal-charts.js';
import { renderChart } from '../../kit/charts/render.js';
import { MAX_TREND_POINTS } from '../evaluations/flow.js';
import type { QuarterReport, ReportChart } from './report-data.js';

export async function workbookCharts(
  services: Services,
  partnership: Partnership,
  report: QuarterReport,
  ctx: { t: Translate; locale: Locale },
): Promise<ReportChart[]> {
  if (!services.config.charts) return [];
  const specs: { heading: string; spec: () => ChartSpec | undefined }[] = [
    ...goalSpecs(report, ctx),
    ...evaluationSpecs(services, partnership, report, ctx),
  ];
  const charts: ReportChart[] = [];
  for (const { heading, spec } of specs) {
    try {
      const chart = spec();
      if (!chart) continue;
      const image = await renderChart(chart.option, chart.size);
      charts.push({ ...image, heading, alt: chart.alt });
    } catch (error) {
      services.logger.warn({ err: error, chart: heading }, 'could not draw a chart for the workbook');
    }
  }
  return charts;
}

/** The goals' capaian, a chart per {@link MAX_GOALS_PER_CHART} goals in the table's order. */
function goalSpecs(
  report: QuarterReport,
  ctx: { t: Translate; locale: Locale },
): { heading: string; spec: () => ChartSpec | undefined }[] {
  const bars = report.goals.map((goal) => {
    const target = targetForQuarter(goal.targets, report.context.period);
    const result = capaian(goal.realisation, target?.value ?? null, goal.direction);
    return { title: goal.title, capaian: result.ok ? result.percent : null, status: goal.status };
  });
  const parts: { heading: string; spec: () => ChartSpec | undefined }[] = [];
  for (let from = 0; from < bars.length; from += MAX_GOALS_PER_CHART) {
    const part = bars.slice(from, from + MAX_GOALS_PER_CHART);
    const heading =
      bars.length > MAX_GOALS_PER_CHART
        ? ctx.t('report.charts.goalsPart', { from: from + 1, to: from + part.length, count: bars.length })
        : ctx.t('report.charts.goals');
    parts.push({ heading, spec: () => goalProgressChart(part, ctx) });
  }
  return parts;
}

/** The quarter's cycle against the previous one, and the trend of the cycles closed up to it. */
function evaluationSpecs(
  services: Services,
  partnership: Partnership,
  report: QuarterReport,
  ctx: { t: Translate; locale: Locale },
): { heading: string; spec: () => ChartSpec | undefined }[] {
  const evaluation = report.evaluation;
  if (!evaluation) return [];
  const upTo = listClosedCycles(services.db, {
    teamId: partnership.teamId,
    partnershipId: partnership.id,
  }).filter((c) => (c.closedAt ?? c.closesAt).getTime() <= evaluation.closedAt.getTime());
  const previous = upTo.at(-2)?.summaryJson ?? null;
  const shown = trendPoints(upTo, {
    timeZone: partnership.timeZone,
    locale: ctx.locale,
    max: MAX_TREND_POINTS,
  });
  return [
    {
      heading: ctx.t('report.charts.radar'),
      spec: () => evaluationRadar(evaluation.summary, previous, ctx),
    },
    {
      heading: ctx.t('report.charts.trend', { count: shown.length }),
      spec: () => (shown.length >= 2 ? evaluationTrend(shown, ctx) : undefined),
    },
  ];
}
