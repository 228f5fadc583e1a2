import { afterAll, describe, expect, it } from 'vitest';
import { ChartWorker } from '../../../../src/slack/kit/charts/chart-worker.js';
import { countColor, decodePng } from '../../../support/png.js';

const worker = new ChartWorker({ font: 'DejaVu Sans', maxPixels: 600_000, maxBytes: 100_000 });
afterAll(() => worker.stop());

const bars = {
  xAxis: { type: 'category' as const, data: ['TW I', 'TW II'] },
  yAxis: { type: 'value' as const },
  series: [{ type: 'bar' as const, data: [3, 5], itemStyle: { color: '#c8372d' } }],
};

describe('ChartWorker', () => {
  it('draws several charts at a time in its thread, at up to twice their size', async () => {
    const [big, small] = await Promise.all([
      worker.png(bars, { width: 300, height: 200 }),
      worker.png(bars, { width: 100, height: 60 }),
    ]);
    expect([big.width, big.height]).toEqual([600, 400]);
    expect([small.width, small.height]).toEqual([200, 120]);
    expect(countColor(decodePng(big.png), '#c8372d')).toBeGreaterThan(10_000);
    expect(await worker.svg(bars, { width: 300, height: 200 })).toContain('TW II');
  });

  it('keeps within its pixel budget by drawing a large chart less sharp, never smaller than its size', async () => {
    const image = await worker.png(bars, { width: 600, height: 500 });
    expect(image.width * image.height).toBeLessThanOrEqual(600_000 + 2_000);
    expect(image.width).toBeGreaterThan(600);
    expect((await worker.png(bars, { width: 1000, height: 1000 })).width).toBe(1000);
  });

  it('refuses an option with a function in it, and goes on drawing', async () => {
    const withFunction = {
      ...bars,
      yAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => `${v}` } },
    };
    await expect(worker.png(withFunction, { width: 100, height: 60 })).rejects.toThrow(
      'option.yAxis.axisLabel.formatter is a function',
    );
    expect((await worker.png(bars, { width: 100, height: 60 })).width).toBe(200);
  });

  it('refuses charts under way when stopped, and starts again for the next one', async () => {
    const refused = expect(worker.png(bars, { width: 400, height: 300 })).rejects.toThrow('stopped');
    await worker.stop();
    await refused;
    expect((await worker.png(bars, { width: 100, height: 60 })).width).toBe(200);
  });
});
