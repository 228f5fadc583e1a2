import { describe, expect, it } from 'vitest';
import { EVALUATION_DIMENSIONS, type EvaluationDimension } from '../../../../src/domain/enums.js';
import { type CycleSummary, summariseCycle } from '../../../../src/domain/evaluation-stats.js';
import { translator } from '../../../../src/i18n/index.js';
import { evaluationRadar, evaluationTrend } from '../../../../src/slack/kit/charts/evaluation-charts.js';
import {
  goalProgressChart,
  homeStrip,
  MAX_GOALS_PER_CHART,
} from '../../../../src/slack/kit/charts/goal-charts.js';
import { CHART_COLORS } from '../../../../src/slack/kit/charts/palette.js';
import { renderChart, renderSvg } from '../../../../src/slack/kit/charts/render.js';
import { countColor, decodePng } from '../../../support/png.js';

const id = { t: translator('id'), locale: 'id' as const };
const en = { t: translator('en'), locale: 'en' as const };

function cycle(scores: number[][], previous: CycleSummary | null = null): CycleSummary {
  return summariseCycle({
    invitedCount: scores.length + 1,
    previous,
    responses: scores.map((row) => ({
      unitId: null,
      scores: Object.fromEntries(EVALUATION_DIMENSIONS.map((d, i) => [d, row[i] ?? 3])) as Record<
        EvaluationDimension,
        number
      >,
    })),
  });
}

const first = cycle([
  [3, 3, 2, 4, 3, 3, 2],
  [3, 4, 3, 4, 3, 2, 3],
  [2, 3, 3, 3, 4, 3, 3],
]);
const second = cycle(
  [
    [4, 4, 3, 4, 4, 4, 3],
    [4, 5, 4, 4, 4, 3, 4],
    [3, 4, 4, 5, 4, 4, 4],
  ],
  first,
);

async function rendered(spec: Awaited<ReturnType<typeof evaluationRadar>>) {
  const image = await renderChart(spec.option, spec.size);
  // The budget: under 100 KB, drawn sharper than its size (up to twice) for high-density screens,
  // in the chart's proportions.
  expect(image.png.length).toBeLessThan(100_000);
  const scale = image.width / spec.size.width;
  expect(scale).toBeGreaterThan(1.5);
  expect(scale).toBeLessThanOrEqual(2);
  expect(Math.abs(image.height - spec.size.height * scale)).toBeLessThanOrEqual(1);
  return decodePng(image.png);
}

describe('the weight of a chart', () => {
  it('stays under 100 KB with the most goals a chart shows and long titles', async () => {
    const goals = Array.from({ length: MAX_GOALS_PER_CHART }, (_, i) => ({
      title: `Sasaran kinerja bersama nomor ${i + 1} tahun anggaran 2026`,
      capaian: 35 + i * 3.1,
      status: 'at_risk' as const,
    }));
    const spec = goalProgressChart(goals, id);
    const image = await renderChart(spec.option, spec.size);
    expect(image.png.length).toBeLessThan(100_000);
    expect(image.width).toBeGreaterThanOrEqual(spec.size.width);
    expect(countColor(decodePng(image.png), CHART_COLORS.atRisk)).toBeGreaterThan(1000);
  });
});

describe('the evaluation radar', () => {
  it('draws this cycle in blue over the last one in grey, with the dimension names in Indonesian', async () => {
    const spec = evaluationRadar(second, first, id);
    const pixels = await rendered(spec);
    expect(countColor(pixels, CHART_COLORS.current)).toBeGreaterThan(500);
    expect(countColor(pixels, CHART_COLORS.previous)).toBeGreaterThan(300);
    const svg = await renderSvg(spec.option, spec.size);
    expect(svg).toContain('Koordinasi');
    expect(svg).toContain('Siklus ini');
  });

  it('draws no grey shape when there is no earlier cycle', async () => {
    const pixels = await rendered(evaluationRadar(first, null, id));
    expect(countColor(pixels, CHART_COLORS.current)).toBeGreaterThan(500);
    expect(countColor(pixels, CHART_COLORS.previous, 8)).toBeLessThan(50);
  });

  it('says the same numbers in its alt text, with the reader’s decimal separator', () => {
    const spec = evaluationRadar(second, first, id);
    const data = (spec.option.series as { data: { value: number[] }[] }[])[0]?.data ?? [];
    const current = data.at(-1)?.value ?? [];
    const previous = data[0]?.value ?? [];
    EVALUATION_DIMENSIONS.forEach((d, i) => {
      const mean = second.dimensions[d].mean ?? 0;
      expect(current[i]).toBeCloseTo(mean);
      expect(previous[i]).toBeCloseTo(first.dimensions[d].mean ?? 0);
      expect(spec.alt).toContain(mean.toFixed(1).replace('.', ','));
    });
    expect(spec.alt).toContain('sebelumnya');
    expect(evaluationRadar(second, first, en).alt).toContain(
      (second.dimensions.coordination.mean ?? 0).toFixed(1),
    );
  });
});

describe('the evaluation trend', () => {
  it('draws a line per dimension and the response rate as bars, with the rates in its alt text', async () => {
    const spec = evaluationTrend(
      [
        { label: 'TW I 2026', summary: first },
        { label: 'TW II 2026', summary: second },
      ],
      id,
    );
    const pixels = await rendered(spec);
    expect(countColor(pixels, CHART_COLORS.responseRate, 10)).toBeGreaterThan(1000);
    expect(countColor(pixels, '#1d6fd6')).toBeGreaterThan(100);
    expect(spec.alt).toContain('TW I 2026, TW II 2026');
    expect(spec.alt).toContain('75%');
  });
});

describe('goal charts', () => {
  it('colours each goal’s capaian by its status and writes it the reader’s way', async () => {
    const spec = goalProgressChart(
      [
        { title: 'Realisasi anggaran', capaian: 95.3, status: 'on_track' },
        { title: 'SOP bersama', capaian: 40, status: 'off_track' },
        { title: 'Laporan', capaian: null, status: 'at_risk' },
      ],
      id,
    );
    const pixels = await rendered(spec);
    expect(countColor(pixels, CHART_COLORS.onTrack)).toBeGreaterThan(1000);
    expect(countColor(pixels, CHART_COLORS.offTrack)).toBeGreaterThan(300);
    expect(spec.alt).toBe(
      'Capaian per sasaran terhadap target: Realisasi anggaran 95,3%; SOP bersama 40%; Laporan tanpa target.',
    );
    expect(goalProgressChart([{ title: 'Budget', capaian: 95.3, status: 'on_track' }], en).alt).toContain(
      '95.3%',
    );
  });

  it('shows App Home’s strip of statuses per partnership', async () => {
    const spec = homeStrip(
      [
        { code: 'PK-1', counts: { on_track: 3, at_risk: 1, off_track: 0, done: 1 } },
        { code: 'PK-2', counts: { off_track: 2, overdue: 1, not_assessed: 2 } },
      ],
      id,
    );
    const pixels = await rendered(spec);
    expect(countColor(pixels, CHART_COLORS.onTrack)).toBeGreaterThan(100);
    expect(countColor(pixels, CHART_COLORS.offTrack)).toBeGreaterThan(100);
    expect(countColor(pixels, CHART_COLORS.overdue)).toBeGreaterThan(50);
    // Only the statuses a partnership has are named, in the strip's order.
    expect(spec.alt).toBe(
      'Status sasaran per kemitraan: PK-1: 1 selesai, 3 sesuai rencana, 1 berisiko; ' +
        'PK-2: 2 tidak sesuai rencana, 1 melewati tenggat, 2 belum dinilai.',
    );
  });
});
