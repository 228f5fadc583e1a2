/**
 * The quarterly workbook's chart sheet with many goals and several evaluations: a goals chart per
 * fifteen goals, the quarter's evaluation against the one before, and the trend of the cycles up
 * to the quarter (not those after it), each under its heading with its numbers in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Partnership } from '../../../src/db/schema/index.js';
import { CHART_COLORS } from '../../../src/slack/kit/charts/palette.js';
import { answeredCycle } from '../../support/cycles.js';
import { createGoal, createPartnership, createRole, createUnit } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { countColor, decodePng } from '../../support/png.js';
import { addQuarterUpdate, addTargets, sheet, workbookFor } from '../../support/reports-flow.js';

const NOW = new Date('2026-10-05T02:00:00Z');
const { coordinator, manager1, manager2 } = PEOPLE;
let h: Harness;
let p: Partnership;

beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  const a = createUnit(h.db);
  const b = createUnit(h.db);
  p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: coordinator.id });
  createRole(h.db, { partnershipId: p.id, unitId: a.id, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: manager2.id, role: 'manager' });
  for (let i = 1; i <= 17; i++) {
    const goal = createGoal(h.db, { partnershipId: p.id, title: `Sasaran ${String(i).padStart(2, '0')}` });
    addTargets(h.db, goal.id, [{ year: 2026, quarter: 3, value: 100 }]);
    addQuarterUpdate(h.db, { goalId: goal.id, year: 2026, quarter: 3, value: 50 + i, at: NOW });
  }
  answeredCycle(h.db, p, { closesAt: new Date('2026-04-06T10:00:00Z'), scores: [2, 3], closed: true });
  answeredCycle(h.db, p, { closesAt: new Date('2026-09-07T10:00:00Z'), scores: [4, 4], closed: true });
  // After the quarter: in neither the radar nor the trend of TW III.
  answeredCycle(h.db, p, { closesAt: new Date('2026-10-02T10:00:00Z'), scores: [1, 1], closed: true });
});
afterAll(async () => {
  await h.close();
});

describe('the chart sheet', () => {
  it('draws a goals chart per fifteen goals and the evaluations up to the quarter', async () => {
    const { workbook } = await workbookFor(h, coordinator.id, `laporan ${p.code} tw3 2026`);
    const charts = sheet(workbook, 'Grafik');
    const texts: string[] = [];
    charts.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === 'string') texts.push(value);
    });
    const headings = [
      'Capaian per sasaran terhadap target triwulan (sasaran 1–15 dari 17)',
      'Capaian per sasaran terhadap target triwulan (sasaran 16–17 dari 17)',
      'Evaluasi triwulan ini dibanding evaluasi sebelumnya',
      'Tren 2 evaluasi hingga triwulan ini',
    ];
    for (const heading of headings) expect(texts).toContain(heading);
    const below = (heading: string) => texts[texts.indexOf(heading) + 1] ?? '';
    expect(below(headings[0] ?? '')).toContain('Sasaran 01 51%');
    expect(below(headings[0] ?? '')).not.toContain('Sasaran 16');
    expect(below(headings[1] ?? '')).toBe(
      'Capaian per sasaran terhadap target: Sasaran 16 66%; Sasaran 17 67%.',
    );
    // The quarter's cycle (4,0) against April's (2,5); October's (1,0) comes after the quarter.
    expect(below(headings[2] ?? '')).toContain('Koordinasi 4,0 (sebelumnya 2,5)');
    expect(below(headings[3] ?? '')).toContain('Koordinasi 2,5 → 4,0;');
    expect(texts.join('\n')).not.toContain('1,0');

    const images = charts.getImages();
    expect(images).toHaveLength(4);
    const rows = images.map((image) => Number(image.range.tl.nativeRow));
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
    const radar = workbook.getImage(Number(images[2]?.imageId)).buffer as unknown as Buffer;
    expect(radar.length).toBeLessThan(100_000);
    expect(countColor(decodePng(radar), CHART_COLORS.current)).toBeGreaterThan(300);
  });
});
