/**
 * The sandbox's seed gives PK-1 three closed quarters of targets and realisations: the quarterly
 * workbook of each, asked for through the real command, has them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PK1_REPORTING, seededQuarters } from '../../../sandbox/seed/quarters.js';
import { seedDatabase } from '../../../sandbox/seed.js';
import { TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { rowValues, sheet, workbookFor } from '../../support/reports-flow.js';

const NOW = new Date('2026-11-16T02:00:00Z');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  seedDatabase(h.db, { teamId: TEAM, now: NOW });
});
afterAll(async () => {
  await h.close();
});

describe('the seeded PK-1', () => {
  it.each([0, 1, 2])(
    'fills quarter %i of three with targets, realisations, kendala and evidence',
    async (index) => {
      const period = seededQuarters('2026-11-16')[index];
      expect(period).toBeDefined();
      const { workbook } = await workbookFor(
        h,
        PEOPLE.admin.id,
        `laporan PK-1 tw${period?.quarter} ${period?.year}`,
      );
      const perf = sheet(workbook, 'Capaian kinerja');
      const rows = [9, 10].map((row) => rowValues(perf, row, 14));
      for (const [title, reporting] of Object.entries(PK1_REPORTING)) {
        const seed = reporting.quarters[index];
        const row = rows.find((r) => r[1] === title);
        expect(row?.slice(3, 11)).toEqual([
          `${reporting.ikuCode} — ${reporting.ikuText}`,
          'Makin tinggi makin baik',
          '%',
          seed?.target,
          'Target triwulan',
          seed?.realisation,
          expect.closeTo((seed?.realisation ?? 0) / (seed?.target ?? 1), 10),
          expect.any(String),
        ]);
        expect(row?.[11]).toBe(seed?.obstacles ?? null);
        expect(JSON.stringify(row?.[13])).toContain(seed?.evidence[0]);
      }
    },
  );
});
