/**
 * Charts rendered on the server: ECharts draws SVG without a browser, resvg turns it into PNG with
 * a font shipped in an npm package (DejaVu Sans, which has every Indonesian letter), so a machine
 * with no system fonts renders the same picture. Both run in a worker thread (`chart-worker.ts`),
 * started by the first chart. A chart's numbers are formatted by the caller in the reader's
 * language, as text in the option.
 */
import type { EChartsOption } from 'echarts';
import { type ChartImage, type ChartSize, ChartWorker } from './chart-worker.js';

export type { ChartImage, ChartSize };

/** The font every chart uses, in the SVG and in the PNG. */
export const CHART_FONT = 'DejaVu Sans';

/** What a chart may weigh: Slack shows it quickly, and a workbook stays light. */
export const CHART_MAX_BYTES = 100_000;

/**
 * The most pixels a chart is drawn with. Twice the size suits most charts; a large one (many goals)
 * is drawn a little less sharp rather than heavy, so that it is drawn once and weighs under the limit.
 */
const MAX_PIXELS = 600_000;

let worker: ChartWorker | undefined;

function charts(): ChartWorker {
  worker ??= new ChartWorker({ font: CHART_FONT, maxPixels: MAX_PIXELS, maxBytes: CHART_MAX_BYTES });
  return worker;
}

/** The chart as SVG text, drawn without animation at the given size. */
export function renderSvg(option: EChartsOption, size: ChartSize): Promise<string> {
  return charts().svg(option, size);
}

/**
 * The chart as a PNG at up to twice the size, so it stays sharp on high-density screens, within
 * {@link MAX_PIXELS}; a picture that still weighs more than {@link CHART_MAX_BYTES} is drawn again
 * a little smaller, in proportion, so that it fits.
 */
export function renderChart(option: EChartsOption, size: ChartSize): Promise<ChartImage> {
  return charts().png(option, size);
}
