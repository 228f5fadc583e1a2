/**
 * `MITRA_CHARTS=off`: no picture is drawn or uploaded anywhere, and every answer, summary, App Home
 * and workbook carries the same words as with charts on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Partnership } from '../../../src/db/schema/index.js';
import { closeDueCycles } from '../../../src/jobs/evaluation-close.js';
import { answeredCycle } from '../../support/cycles.js';
import { createGoal, createPartnership, createRole, createUnit } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { addQuarterUpdate, addTargets, workbookFor } from '../../support/reports-flow.js';
import { waitFor } from '../../support/wait.js';

const NOW = new Date('2026-10-05T02:00:00Z');
const { coordinator, manager1, manager2 } = PEOPLE;
let h: Harness;
let p: Partnership;

beforeAll(async () => {
  h = await startHarness({ clock: () => NOW, env: { MITRA_CHARTS: 'off' } });
  const a = createUnit(h.db);
  const b = createUnit(h.db);
  p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: coordinator.id });
  createRole(h.db, { partnershipId: p.id, unitId: a.id, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: manager2.id, role: 'manager' });
  const goal = createGoal(h.db, {
    partnershipId: p.id,
    title: 'Penyerapan anggaran',
    status: 'on_track',
    currentValue: 70,
  });
  addTargets(h.db, goal.id, [{ year: 2026, quarter: 3, value: 80 }]);
  addQuarterUpdate(h.db, { goalId: goal.id, year: 2026, quarter: 3, value: 72, at: NOW });
  answeredCycle(h.db, p, { closesAt: new Date('2026-09-07T10:00:00Z'), scores: [3, 4] });
  await closeDueCycles(h.mitra.services, h.mitra.app.client, {
    now: new Date('2026-09-07T10:00:00Z'),
    claimant: 'off',
  });
});
afterAll(async () => {
  await h.close();
});

describe('with charts off', () => {
  it('sends words alone everywhere, and uploads nothing but the workbook', async () => {
    const summary = h.fake
      .messages(SHARED_CHANNEL)
      .find((m) => JSON.stringify(m.blocks).includes('Koordinasi'));
    expect(JSON.stringify(summary?.blocks)).toContain('Koordinasi: *3,5*');

    for (const text of [`lihat ${p.code}`, `laporan ${p.code}`]) {
      const sent = await h.fake.sendSlashCommand({ userId: coordinator.id, text, channelId: SHARED_CHANNEL });
      await waitFor(() => h.fake.answersTo(sent.responseUrl)[0], { what: `an answer to ${text}` });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(h.fake.answersTo(sent.responseUrl)).toHaveLength(1);
    }

    await h.fake.sendEvent({ type: 'app_home_opened', user: coordinator.id, tab: 'home', channel: 'D0HOME' });
    const home = await waitFor(() => h.fake.homeView(coordinator.id), { what: 'a published home' });
    expect(JSON.stringify(home.blocks)).toContain(p.code);

    const { workbook } = await workbookFor(h, coordinator.id, `laporan ${p.code} tw3 2026`);
    expect(workbook.worksheets.map((s) => s.name)).not.toContain('Grafik');

    const everything = JSON.stringify([h.fake.messages(SHARED_CHANNEL), home.blocks]);
    expect(everything).not.toContain('slack_file');
    expect(h.fake.files().map((f) => f.name)).toEqual([`${p.code}-TW3-2026.xlsx`]);
  });
});
