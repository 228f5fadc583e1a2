/**
 * After saving a goal, progress, a role or a schedule, the form does not just close: it becomes a
 * short "saved" view that says what was saved and links to the charter message showing it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeView } from '../../../sandbox/fake-slack/index.js';
import { createGoal, createPartnership, createUnit } from '../../support/factories.js';
import { GoalsFlow } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const NOW = new Date('2026-03-10T01:00:00Z');
let h: Harness;
let flow: GoalsFlow;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  flow = new GoalsFlow(h);
});
afterAll(async () => {
  await h.close();
});

const textOf = (view: FakeView | undefined) => JSON.stringify(view?.blocks ?? []);

/** Waits until the saved view links to the charter message, and returns it. */
async function linkedSavedView(viewId: string): Promise<FakeView> {
  return waitFor(
    () => {
      const view = h.fake.view(viewId);
      return view && textOf(view).includes('/archives/') ? view : undefined;
    },
    { what: 'the saved view with a link to the charter' },
  );
}

describe('the "saved" view', () => {
  it('after adding a goal: says what was saved and links to the charter message', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(PEOPLE.coordinator.id, `tujuan ${p.code}`);
    const { result } = await flow.submit(PEOPLE.coordinator.id, view, {
      goal_title: 'Laporan bersama',
      goal_indicator: 'Laporan terbit',
    });
    expect(result.outcome.effect).toBe('updated');
    const shown = h.fake.view(view.id);
    expect(shown?.title?.text).toBe('Tersimpan');
    expect(shown?.submit ?? null).toBeNull();
    expect(textOf(shown)).toContain('Sasaran *Laporan bersama* telah ditambahkan.');
    expect(textOf(shown)).toContain(`<#${SHARED_CHANNEL}>`);

    const linked = await linkedSavedView(view.id);
    const charterTs = await waitFor(
      () => h.db.query.partnerships.findFirst({ where: (t, { eq }) => eq(t.id, p.id) }).sync()?.charterTs,
    );
    expect(textOf(linked)).toContain(`/archives/${SHARED_CHANNEL}/p${charterTs.replace('.', '')}`);
  });

  it('after recording progress, in English, with the value and status saved', async () => {
    const p = createPartnership(h.db, { coordinatorId: PEOPLE.english.id });
    createGoal(h.db, { partnershipId: p.id, title: 'Documents', target: 10, measureUnit: 'docs' });
    const view = await flow.openWith(PEOPLE.english.id, `progress ${p.code}`);
    await flow.submit(PEOPLE.english.id, view, { progress_value: '4', progress_status: 'at_risk' });
    const shown = h.fake.view(view.id);
    expect(shown?.title?.text).toBe('Saved');
    expect(textOf(shown)).toContain('Progress update for *Documents* saved: 4 docs · At risk.');
    expect(textOf(await linkedSavedView(view.id))).toContain('Open the partnership charter of');
  });

  it('after assigning a role', async () => {
    const [a, b] = [createUnit(h.db, { code: 'SV1' }), createUnit(h.db, { code: 'SV2', name: 'Biro Dua' })];
    const p = createPartnership(h.db, { unitIds: [a.id, b.id] });
    const view = await flow.openWith(PEOPLE.coordinator.id, `peran ${p.code}`);
    await flow.submit(PEOPLE.coordinator.id, view, {
      role_person: PEOPLE.manager1.id,
      role_unit: String(b.id),
      role_role: 'liaison',
    });
    expect(textOf(h.fake.view(view.id))).toContain(
      `Peran disimpan — Penghubung: <@${PEOPLE.manager1.id}> (Biro Dua).`,
    );
    await linkedSavedView(view.id);
  });

  it('after saving a schedule', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: {
        kind: {
          kind_select: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: 'x' }, value: 'checkin' },
          },
        },
      },
    });
    expect(result.outcome.effect).toBe('updated');
    expect(textOf(h.fake.view(view.id))).toContain(
      '✅ Jadwal komunikasi disimpan — Pemantauan berkala: Setiap',
    );
    await linkedSavedView(view.id);
  });
});
