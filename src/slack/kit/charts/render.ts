/**
 * Charts rendered on the server: ECharts draws SVG without a browser, resvg turns it into PNG with
 * a font shipped in an npm package (DejaVu Sans, which has every Indonesian letter), so a machine
 * with no system fonts renders the same picture. Both libraries load on the first chart, not at
 * start, and a chart's numbers are formatted by the caller in the reader's language.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EChartsOption } from 'echarts';

export interface ChartSize {
  width: number;
  height: number;
}

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

/** The font every chart uses, in the SVG and in the PNG. */
export const CHART_FONT = 'DejaVu Sans';

const require = createRequire(import.meta.url);
const fontDir = () => join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

type Libraries = { echarts: typeof import('echarts'); Resvg: typeof import('@resvg/resvg-js').Resvg };
let libraries: Promise<Libraries> | undefined;

function load(): Promise<Libraries> {
  libraries ??= Promise.all([import('echarts'), import('@resvg/resvg-js')]).then(([echarts, resvg]) => ({
    echarts,
    Resvg: resvg.Resvg,
  }));
  return libraries;
}

/** The chart as SVG text, drawn without animation at the given size. */
export async function renderSvg(option: EChartsOption, size: ChartSize): Promise<string> {
  const { echarts } = await load();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** What a chart may weigh: Slack shows it quickly, and a workbook stays light. */
export const CHART_MAX_BYTES = 100_000;

/**
 * The most pixels a chart is drawn with. Twice the size suits most charts; a large one (many goals)
 * is drawn a little less sharp rather than heavy, so it is drawn once and weighs under the limit.
 */
const MAX_PIXELS = 700_000;

/**
 * The chart as a PNG at up to twice the size, so it stays sharp on high-density screens, within
 * {@link MAX_PIXELS}; a picture that still weighs more than {@link CHART_MAX_BYTES} is drawn again
 * a little smaller, in proportion, so it fits.
 */
export async function renderChart(option: EChartsOption, size: ChartSize): Promise<ChartImage> {
  const svg = await renderSvg(option, size);
  const { Resvg } = await load();
  const draw = (scale: number) => {
    const image = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(size.width * scale) },
      background: '#ffffff',
      font: {
        fontFiles: [join(fontDir(), 'DejaVuSans.ttf'), join(fontDir(), 'DejaVuSans-Bold.ttf')],
        loadSystemFonts: false,
        defaultFontFamily: CHART_FONT,
      },
    }).render();
    return { png: image.asPng(), width: image.width, height: image.height };
  };
  let scale = Math.min(2, Math.sqrt(MAX_PIXELS / (size.width * size.height)));
  let image = draw(scale);
  while (image.png.length > CHART_MAX_BYTES && scale > 1) {
    // A chart's PNG weighs about in proportion to its scale (text edges, mostly): shrink by the excess, and a bit.
    scale = Math.max(1, ((scale * CHART_MAX_BYTES) / image.png.length) * 0.95);
    image = draw(scale);
  }
  return image;
}
