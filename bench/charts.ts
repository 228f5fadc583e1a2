/**
 * Chart rendering: each chart Mitra shows, drawn `BENCH_CHART_RUNS` times (default 30) after one
 * warm-up, with the time per render and the PNG's size. The budget is 200 ms and 100 KB a chart;
 * the first render of a process also starts the chart worker, which loads ECharts and resvg (shown apart).
 */
import { EVALUATION_DIMENSIONS, type EvaluationDimension } from '../src/domain/enums.js';
import { type CycleSummary, summariseCycle } from '../src/domain/evaluation-stats.js';
import { translator } from '../src/i18n/index.js';
import type { ChartSpec } from '../src/slack/kit/charts/evaluation-charts.js';
import { evaluationRadar, evaluationTrend } from '../src/slack/kit/charts/evaluation-charts.js';
import { goalProgressChart, homeStrip } from '../src/slack/kit/charts/goal-charts.js';
import { renderChart } from '../src/slack/kit/charts/render.js';
import { envNumber, summarise, table } from './stats.js';

const ctx = { t: translator('id'), locale: 'id' as const };

/** A cycle of `n` answers with scores drawn around `level`, deterministic. */
function cycle(n: number, level: number, previous: CycleSummary | null): CycleSummary {
  return summariseCycle({
    invitedCount: n + 2,
    previous,
    responses: Array.from({ length: n }, (_, r) => ({
      unitId: null,
      scores: Object.fromEntries(
        EVALUATION_DIMENSIONS.map((d, i) => [
          d,
          Math.max(1, Math.min(5, Math.round(level + ((r + i) % 3) - 1))),
        ]),
      ) as Record<EvaluationDimension, number>,
    })),
  });
}

function specs(): [string, ChartSpec][] {
  const cycles: { label: string; summary: CycleSummary }[] = [];
  let previous: CycleSummary | null = null;
  for (let i = 0; i < 8; i++) {
    const summary = cycle(12, 2.5 + (i % 4) * 0.5, previous);
    cycles.push({ label: `${i + 1} Jan 26`, summary });
    previous = summary;
  }
  const last = cycles.at(-1)?.summary ?? cycle(3, 3, null);
  const before = cycles.at(-2)?.summary ?? null;
  const goals = Array.from({ length: 15 }, (_, i) => ({
    title: `Sasaran kinerja bersama nomor ${i + 1} tahun anggaran 2026`,
    capaian: i % 5 === 4 ? null : 40 + i * 7.3,
    status: (['on_track', 'at_risk', 'off_track', 'done', 'not_assessed'] as const)[i % 5] ?? 'on_track',
  }));
  const strip = Array.from({ length: 15 }, (_, i) => ({
    code: `PK-${100 + i}`,
    counts: { done: i % 3, on_track: 2 + (i % 4), at_risk: i % 2, off_track: i % 3 === 0 ? 1 : 0 },
  }));
  return [
    ['radar (7 dimensions, 2 cycles)', evaluationRadar(last, before, ctx)],
    ['trend (8 cycles × 7 + rate)', evaluationTrend(cycles, ctx)],
    ['goals (15 bars)', goalProgressChart(goals, ctx)],
    ['home strip (15 partnerships)', homeStrip(strip, ctx)],
  ];
}

export async function benchCharts(): Promise<void> {
  const runs = envNumber('BENCH_CHART_RUNS', 30);
  const rows: (string | number)[][] = [];
  let cold: number | undefined;
  for (const [name, spec] of specs()) {
    const started = performance.now();
    const first = await renderChart(spec.option, spec.size);
    cold ??= performance.now() - started;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const at = performance.now();
      await renderChart(spec.option, spec.size);
      times.push(performance.now() - at);
    }
    const stats = summarise(times);
    rows.push([
      name,
      `${first.width}×${first.height}`,
      Math.round(first.png.length / 1024),
      stats.p50,
      stats.p95,
      stats.max,
    ]);
  }
  process.stdout.write(
    `first render in this process (starts the chart worker, which loads ECharts and resvg): ${Math.round(cold ?? 0)} ms\n`,
  );
  process.stdout.write(
    `${table(['chart', 'PNG px', 'KB', 'p50 ms', 'p95 ms', 'max ms'], rows)}\n(${runs} warm renders each; budget 200 ms, 100 KB)\n`,
  );
}
