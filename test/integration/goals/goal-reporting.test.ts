/**
 * The reporting fields of the goal and progress modals through real HTTP: IKU/PK, direction,
 * quarterly targets; the quarter, kendala, upaya tindak lanjut and evidence of a progress update;
 * and a goal written before quarterly reporting (through the real migrations' shape) still
 * working in both modals and in the quarterly workbook.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  goals,
  goalTargets,
  progressEvidence,
  progressUpdates,
} from '../../../src/db/schema/index.js';
import { createGoal, createPartnership } from '../../support/factories.js';
import { element, GoalsFlow, optionsOf, viewText } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { answers, rowValues, sheet, workbookFor } from '../../support/reports-flow.js';
import { waitFor } from '../../support/wait.js';

// Monday 10 August 2026, 09:00 in Jakarta: TW III 2026.
const NOW = new Date('2026-08-10T02:00:00Z');
const { coordinator } = PEOPLE;

let h: Harness;
let flow: GoalsFlow;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  flow = new GoalsFlow(h);
});
afterAll(async () => {
  await h.close();
});

const targetsOf = (goalId: number) =>
  h.db
    .select({ year: goalTargets.year, quarter: goalTargets.quarter, value: goalTargets.value })
    .from(goalTargets)
    .where(eq(goalTargets.goalId, goalId))
    .orderBy(goalTargets.quarter)
    .all();
const goalsOf = (partnershipId: number) =>
  h.db.select().from(goals).where(eq(goals.partnershipId, partnershipId)).all();
const updatesOf = (goalId: number) =>
  h.db.select().from(progressUpdates).where(eq(progressUpdates.goalId, goalId)).all();

describe('the goal modal’s reporting fields', () => {
  it('saves IKU/PK, the direction and the targets of each quarter with the goal, audited together', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(coordinator.id, `sasaran ${p.code}`);
    expect(viewText(view)).toContain('Capaian = target ÷ realisasi × 100');
    expect(viewText(view)).toContain('Target triwulan III 2026');
    expect(element(view, 'goal_direction').initial_option).toMatchObject({ value: 'higher' });
    const { errors } = await flow.submit(coordinator.id, view, {
      goal_title: 'Waktu reviu',
      goal_indicator: 'Rata-rata hari penyelesaian reviu',
      goal_iku_code: 'PK 1.3',
      goal_iku_text: 'Rata-rata waktu reviu dokumen',
      goal_direction: 'lower',
      goal_target: '5',
      goal_target_q1: '7',
      goal_target_q3: '5,5',
      goal_measure_unit: 'hari',
    });
    expect(errors).toEqual({});
    const [goal] = goalsOf(p.id);
    expect(goal).toMatchObject({
      ikuCode: 'PK 1.3',
      ikuText: 'Rata-rata waktu reviu dokumen',
      direction: 'lower',
      target: 5,
    });
    expect(targetsOf(goal?.id ?? 0)).toEqual([
      { year: 2026, quarter: 0, value: 5 },
      { year: 2026, quarter: 1, value: 7 },
      { year: 2026, quarter: 3, value: 5.5 },
    ]);
    const audit = h.db.select().from(auditLog).where(eq(auditLog.partnershipId, p.id)).all().at(-1);
    expect(JSON.stringify(audit?.after)).toContain('"quarter":3,"value":5.5');

    // Editing: the form starts from what was saved; a quarter emptied is removed.
    const edit = await flow.choose(
      coordinator.id,
      await flow.openWith(coordinator.id, `sasaran ${p.code}`),
      'goal_choice',
      String(goal?.id),
    );
    expect(element(edit, 'goal_target_q3').initial_value).toBe('5,5');
    expect(element(edit, 'goal_direction').initial_option).toMatchObject({ value: 'lower' });
    expect((await flow.submit(coordinator.id, edit, { goal_target_q1: '' })).errors).toEqual({});
    expect(targetsOf(goal?.id ?? 0).map((t) => t.quarter)).toEqual([0, 3]);
  });

  it('refuses a quarterly target that is not a number, and saves nothing', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(coordinator.id, `sasaran ${p.code}`);
    const { errors } = await flow.submit(coordinator.id, view, {
      goal_title: 'Anggaran',
      goal_indicator: 'Persentase',
      goal_target_q2: 'banyak',
    });
    expect(errors.goal_target_q2).toContain('angka');
    expect(goalsOf(p.id)).toHaveLength(0);
  });
});

describe('the progress modal’s quarter', () => {
  it('records the quarter, kendala, upaya tindak lanjut and evidence links', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id, title: 'Anggaran', currentValue: 20 });
    const view = await flow.openWith(coordinator.id, `progres ${p.code}`);
    expect(optionsOf(view, 'progress_quarter').map((o) => o.value)).toEqual([
      '2026-3',
      '2026-2',
      '2026-1',
      '2025-4',
    ]);
    expect(element(view, 'progress_quarter').initial_option).toMatchObject({ value: '2026-3' });

    const bad = await flow.submit(coordinator.id, view, {
      progress_value: '30',
      progress_evidence: 'https://example.go.id/a.pdf\njavascript:alert(1)',
    });
    expect(bad.errors.progress_evidence).toContain('hanya tautan http atau https');
    expect(updatesOf(goal.id)).toHaveLength(0);

    const good = await flow.submit(coordinator.id, flow.top(coordinator.id), {
      progress_value: '30',
      progress_obstacles: 'Revisi DIPA terlambat',
      progress_follow_up: 'Koordinasi dengan Biro Keuangan',
      progress_evidence:
        'https://example.go.id/a.pdf\n<https://kemen.slack.com/archives/C0SHARED/p1754791200000100|rapat>',
    });
    expect(good.errors).toEqual({});
    const [update] = updatesOf(goal.id);
    expect(update).toMatchObject({
      value: 30,
      year: 2026,
      quarter: 3,
      obstacles: 'Revisi DIPA terlambat',
      followUpActions: 'Koordinasi dengan Biro Keuangan',
    });
    const links = h.db
      .select({ url: progressEvidence.url, kind: progressEvidence.kind })
      .from(progressEvidence)
      .where(eq(progressEvidence.progressUpdateId, update?.id ?? 0))
      .all();
    expect(links).toEqual([
      { url: 'https://example.go.id/a.pdf', kind: 'link' },
      { url: 'https://kemen.slack.com/archives/C0SHARED/p1754791200000100', kind: 'slack_message' },
    ]);
    expect(h.db.select().from(goals).where(eq(goals.id, goal.id)).get()?.currentValue).toBe(30);
  });

  it('refuses a quarter that has not begun (a tampered option)', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id });
    const view = await flow.openWith(coordinator.id, `progres ${p.code}`);
    const { errors } = await flow.submit(coordinator.id, view, {
      progress_quarter: '2026-4',
      progress_value: '5',
    });
    expect(errors.progress_quarter).toContain('belum dimulai');
    const old = await flow.submit(coordinator.id, flow.top(coordinator.id), { progress_quarter: '2024-1' });
    expect(old.errors.progress_quarter).toContain('tiga triwulan sebelumnya');
    expect(updatesOf(goal.id)).toHaveLength(0);
  });
});

describe('a goal written before quarterly reporting', () => {
  it('keeps its single target as the annual one in the goal modal, the progress modal and the workbook', async () => {
    const p = createPartnership(h.db);
    // As migration 0003 leaves it: the goal's target, an annual target row, no quarterly ones.
    const goal = createGoal(h.db, { partnershipId: p.id, title: 'Lama', target: 12, measureUnit: 'dokumen' });
    h.db
      .insert(goalTargets)
      .values({ teamId: goal.teamId, goalId: goal.id, year: 2026, quarter: 0, value: 12 })
      .run();
    h.db
      .insert(progressUpdates)
      .values({
        teamId: goal.teamId,
        goalId: goal.id,
        value: 3,
        status: 'on_track',
        year: 2026,
        quarter: 2,
        userId: coordinator.id,
        createdAt: new Date('2026-05-04T02:00:00Z'),
      })
      .run();

    const edit = await flow.openWith(coordinator.id, `sasaran ${p.code}`);
    const chosen = await flow.choose(coordinator.id, edit, 'goal_choice', String(goal.id));
    expect(element(chosen, 'goal_target').initial_value).toBe('12');
    expect(element(chosen, 'goal_direction').initial_option).toMatchObject({ value: 'higher' });

    const progress = await flow.openWith(coordinator.id, `progres ${p.code}`);
    expect(viewText(progress)).toContain('Target Triwulan III 2026: *12 dokumen* (target tahunan');
    expect((await flow.submit(coordinator.id, progress, { progress_value: '6' })).errors).toEqual({});
    // `/mitra lihat` and the charter show the current quarter's target against its realisation.
    const quarterLine = 'Triwulan III 2026: target 12 dokumen, realisasi 6 dokumen (capaian 50%)';
    expect(await answers(h, coordinator.id, `lihat ${p.code}`, 1)).toEqual([
      expect.stringContaining(quarterLine),
    ]);
    await waitFor(() => JSON.stringify(h.fake.messages(SHARED_CHANNEL)).includes(quarterLine), {
      what: 'the charter with the quarter line',
    });

    const { workbook } = await workbookFor(h, coordinator.id, `laporan ${p.code} tw2 2026`);
    expect(rowValues(sheet(workbook, 'Capaian kinerja'), 9, 10)).toEqual([
      1,
      'Lama',
      'Persentase dokumen selesai',
      null,
      'Makin tinggi makin baik',
      'dokumen',
      12,
      'Target tahunan',
      3,
      0.25,
    ]);
  });
});
