/**
 * Charts drawn off the event loop: ECharts (SVG) and resvg (PNG) run in a worker thread, so a
 * chart never holds up the answers to other people's requests. The worker starts with the first
 * chart and stops after a minute without one.
 *
 * It also collects its garbage itself, after each chart: resvg-js 2.6 keeps each picture's pixels
 * in memory V8 does not know about, so V8 sees no reason to collect the small objects holding
 * them, and a process drawing charts grows by megabytes a chart (thx/resvg-js#216; fixed upstream
 * only in a 2.7 pre-release, thx/resvg-js#393).
 *
 * The worker's code is a string run as CommonJS, so it runs the same from `src/` (tsx, tests) and
 * from `dist/` without a build step of its own; the option it draws is plain data (no functions).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** Stop the idle worker after this long: its memory goes back, and the next chart starts another. */
const IDLE_MS = 60_000;
/** A chart that takes longer than this is given up (and the worker restarted). */
const DRAW_TIMEOUT_MS = 20_000;

/**
 * In the worker: the option drawn by ECharts as SVG, then by resvg as PNG at up to twice its size,
 * within `maxPixels` (never smaller than its size); a PNG heavier than `maxBytes` is drawn again smaller, in proportion
 * (a chart's PNG weighs about in proportion to its scale: text edges, mostly).
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');
const { Resvg } = require(workerData.resvgPath);
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
const loading = import(pathToFileURL(workerData.echartsPath).href);

function svgOf(echarts, option, size) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(Object.assign({ animation: false, textStyle: { fontFamily: workerData.font } }, option));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function pngOf(svg, width) {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    background: '#ffffff',
    font: { fontFiles: workerData.fontFiles, loadSystemFonts: false, defaultFontFamily: workerData.font },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

parentPort.on('message', async ({ id, option, size, svgOnly }) => {
  try {
    const svg = svgOf(await loading, option, size);
    if (svgOnly) return parentPort.postMessage({ id, svg });
    let scale = Math.max(1, Math.min(2, Math.sqrt(workerData.maxPixels / (size.width * size.height))));
    let image = pngOf(svg, size.width * scale);
    while (image.png.length > workerData.maxBytes && scale > 1) {
      scale = Math.max(1, ((scale * workerData.maxBytes) / image.png.length) * 0.95);
      image = pngOf(svg, size.width * scale);
    }
    parentPort.postMessage(Object.assign({ id }, image), [image.png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    setImmediate(collect);
  }
});
`;

/**
 * The worker's heap: a chart needs a few megabytes of objects at a time; a small young generation
 * keeps the worker's resident memory down (V8's default reserves far more than charts use).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

type Answer = { id: number; png?: Uint8Array; width?: number; height?: number; svg?: string; error?: string };
type Pending = { resolve: (answer: Answer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

const require = createRequire(import.meta.url);

export class ChartWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;

  constructor(private readonly settings: { font: string; maxPixels: number; maxBytes: number }) {}

  /** The chart as PNG, sharper than its size within the pixel budget, under the byte budget if it can be. */
  async png(option: EChartsOption, size: ChartSize): Promise<ChartImage> {
    const answer = await this.ask({ option, size, svgOnly: false });
    if (!answer.png) throw new Error('the chart worker sent no picture');
    return {
      png: Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength),
      width: answer.width ?? 0,
      height: answer.height ?? 0,
    };
  }

  /** The chart as SVG text, as ECharts draws it. */
  async svg(option: EChartsOption, size: ChartSize): Promise<string> {
    return (await this.ask({ option, size, svgOnly: true })).svg ?? '';
  }

  /** Stops the worker; charts being drawn are refused. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (this.idle) clearTimeout(this.idle);
    this.rejectAll(new Error('the chart worker stopped'));
    await worker?.terminate();
  }

  private ask(request: { option: EChartsOption; size: ChartSize; svgOnly: boolean }): Promise<Answer> {
    const problem = functionIn(request.option, 'option');
    if (problem)
      return Promise.reject(new Error(`a chart's option must be plain data: ${problem} is a function`));
    const worker = this.running();
    const id = this.nextId++;
    if (this.idle) clearTimeout(this.idle);
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(new Error(`drawing a chart took over ${DRAW_TIMEOUT_MS} ms`)),
        DRAW_TIMEOUT_MS,
      );
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      try {
        worker.postMessage({ id, ...request });
      } catch (error) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      resourceLimits: WORKER_LIMITS,
      workerData: {
        resvgPath: require.resolve('@resvg/resvg-js'),
        // The one-file bundle: one module instead of several hundred, a fraction of the load time and memory.
        echartsPath: require.resolve('echarts/dist/echarts.esm.min.mjs'),
        fontFiles: dejaVuFiles(),
        font: this.settings.font,
        maxPixels: this.settings.maxPixels,
        maxBytes: this.settings.maxBytes,
      },
    });
    // An idle worker never keeps the process alive.
    worker.unref();
    worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      clearTimeout(waiting.timer);
      if (answer.error !== undefined) waiting.reject(new Error(answer.error));
      else waiting.resolve(answer);
      if (this.pending.size === 0) this.sleepSoon();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.rejectAll(new Error('the chart worker exited'));
    });
    this.worker = worker;
    return worker;
  }

  private sleepSoon(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.pending.size === 0) void this.stop();
    }, IDLE_MS);
    this.idle.unref();
  }

  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.rejectAll(error);
    void worker?.terminate();
  }

  private rejectAll(error: Error): void {
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
      this.pending.delete(id);
    }
  }
}

/** Where a function hides in an option (which cannot go to the worker), e.g. `option.yAxis.axisLabel.formatter`. */
function functionIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'function') return path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = functionIn(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** The font files shipped in npm (DejaVu Sans, regular and bold), which have every Indonesian letter. */
function dejaVuFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}
