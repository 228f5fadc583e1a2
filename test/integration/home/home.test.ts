import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deliveries,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type Partnership,
} from '../../../src/db/schema/index.js';
import { translator } from '../../../src/i18n/index.js';
import {
  createGoal,
  createPartnership,
  createRole,
  createSchedule,
  createUnit,
  TEAM,
} from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 09:00 WIB

let h: Harness;
let pk: Partnership;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  const ren = createUnit(h.db, { code: 'REN', name: 'Biro Perencanaan', headUserId: PEOPLE.manager1.id });
  const keu = createUnit(h.db, { code: 'KEU', name: 'Biro Keuangan' });
  pk = createPartnership(h.db, { unitIds: [ren.id, keu.id], name: 'Perencanaan–Keuangan' });
  createRole(h.db, { partnershipId: pk.id, unitId: ren.id, userId: PEOPLE.manager1.id, role: 'manager' });
  createGoal(h.db, {
    partnershipId: pk.id,
    title: 'Laporan realisasi triwulan',
    personInChargeId: PEOPLE.manager1.id,
    dueDate: '2026-02-01',
    currentValue: 40,
    status: 'at_risk',
  });
  const schedule = createSchedule(h.db, { partnershipId: pk.id, weekdays: [3], timeOfDay: '10:00' });
  h.db
    .insert(deliveries)
    .values({
      teamId: TEAM,
      scheduleId: schedule.id,
      dueAt: new Date('2026-02-25T03:00:00Z'),
      status: 'failed',
      attempts: 3,
      lastError: 'is_archived',
    })
    .run();
  const cycle = h.db
    .insert(evaluationCycles)
    .values({
      teamId: TEAM,
      partnershipId: pk.id,
      openedBy: PEOPLE.coordinator.id,
      openedAt: new Date('2026-03-01T02:00:00Z'),
      closesAt: new Date('2026-03-08T09:00:00Z'),
      channelId: SHARED_CHANNEL,
    })
    .returning()
    .get();
  for (const userId of [PEOPLE.manager1.id, PEOPLE.manager2.id]) {
    h.db.insert(evaluationInvitations).values({ teamId: TEAM, cycleId: cycle.id, userId }).run();
  }
  h.db
    .insert(evaluationResponses)
    .values({
      teamId: TEAM,
      cycleId: cycle.id,
      userId: PEOPLE.manager2.id,
      coordination: 4,
      communication: 4,
      collaboration: 4,
      efficiency: 3,
      satisfaction: 4,
      trust: 5,
      roleClarity: 3,
    })
    .run();
});
afterAll(async () => {
  await h.close();
});

async function openHome(userId: string) {
  const before = h.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId).length;
  await h.fake.sendEvent({ type: 'app_home_opened', user: userId, tab: 'home', channel: 'D0HOME' });
  await waitFor(
    () => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId).length > before,
    {
      what: 'a published home',
    },
  );
  const view = h.fake.homeView(userId);
  if (!view) throw new Error('no home view');
  return { view, text: JSON.stringify(view.blocks) };
}

describe('App Home', () => {
  it('shows a coordinator their partnerships, gaps to fix, the open cycle, the next reminder and failed deliveries', async () => {
    const { text } = await openHome(PEOPLE.coordinator.id);
    expect(text).toContain('*PK-1* · Perencanaan–Keuangan — aktif');
    expect(text).toContain('Peran Anda: Koordinator');
    expect(text).toContain('Hal yang dapat Anda tindak lanjuti');
    expect(text).toContain('Unit Biro Keuangan belum memiliki pimpinan');
    expect(text).toContain('evaluasi terbuka, 1 dari 2 menjawab (50%)');
    expect(text).toContain('Rabu, 4 Maret 2026 pukul 10.00 WIB');
    // The kind's label belongs to the schedules bundle; it is read from there.
    expect(text).toContain(
      `${translator('id')('schedule.kind.checkin')}: 1 pengiriman gagal (terakhir: kanal telah diarsipkan)`,
    );
    expect(text).toContain('home_new_partnership');
    expect(text).not.toContain('home_units');
  });

  it('shows a manager the goal they are in charge of, with its update button and overdue, and the survey waiting', async () => {
    const { view, text } = await openHome(PEOPLE.manager1.id);
    expect(text).toContain('Laporan realisasi triwulan');
    expect(text).toContain('⚠️ Melewati tenggat');
    expect(text).toContain('"action_id":"goal_progress_open"');
    expect(text).toContain('Survei evaluasi Anda');
    expect(text).toContain('"action_id":"evaluation_survey_open"');
    expect(text).toContain('Peran Anda: Pimpinan');
    expect(text).not.toContain('Untuk koordinator');
    // A manager coordinates nothing, so no "gaps you can fix" are offered.
    expect(text).not.toContain('Hal yang dapat Anda tindak lanjuti');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('keeps a survey the manager has already answered, to edit until the cycle closes', async () => {
    const { text } = await openHome(PEOPLE.manager2.id);
    expect(text).toContain('Ubah jawaban');
    expect(text).toContain('"action_id":"evaluation_survey_open","value":"1"');
  });

  it('shows an admin the gaps of every partnership, since admins can fix them all', async () => {
    const { text } = await openHome(PEOPLE.admin.id);
    expect(text).toContain('Hal yang dapat Anda tindak lanjuti');
    expect(text).toContain('Unit Biro Keuangan belum memiliki pimpinan');
  });

  it('lists the partnership of a goal someone is in charge of, without any role in it', async () => {
    const a = createUnit(h.db, { code: 'PJ1', name: 'Unit PJ 1' });
    const b = createUnit(h.db, { code: 'PJ2', name: 'Unit PJ 2' });
    const p = createPartnership(h.db, { unitIds: [a.id, b.id], name: 'Kemitraan PJ' });
    createGoal(h.db, { partnershipId: p.id, title: 'Sasaran PJ', personInChargeId: PEOPLE.outsider.id });
    const { text } = await openHome(PEOPLE.outsider.id);
    expect(text).toContain(`*${p.code}* · Kemitraan PJ`);
    expect(text).not.toContain('belum terlibat dalam kemitraan mana pun');
    expect(text).toContain('Belum dinilai');
  });

  it('is in English for an English user and offers admins the units button', async () => {
    const english = await openHome(PEOPLE.english.id);
    expect(english.text).toContain('You are not part of any partnership yet');
    const admin = await openHome(PEOPLE.admin.id);
    expect(admin.text).toContain('home_units');
  });

  it('stays within 100 blocks for someone with many partnerships and goals', async () => {
    const a = createUnit(h.db, { code: 'A1', name: 'A' });
    const b = createUnit(h.db, { code: 'B1', name: 'B' });
    for (let i = 0; i < 30; i++) {
      const p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: PEOPLE.manager3.id });
      createGoal(h.db, { partnershipId: p.id, personInChargeId: PEOPLE.manager3.id });
    }
    const { view, text } = await openHome(PEOPLE.manager3.id);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(text).toContain('… and 15 more.');
  });

  it('tells a coordinator why a schedule is paused, in words, and which reminders are retried or were missed', async () => {
    const schedule = createSchedule(h.db, {
      partnershipId: pk.id,
      kind: 'meeting',
      weekdays: [4],
      status: 'paused',
      pausedReason: 'channel_not_found',
    });
    h.db
      .insert(deliveries)
      .values([
        {
          teamId: TEAM,
          scheduleId: schedule.id,
          dueAt: new Date('2026-02-26T02:00:00Z'),
          status: 'pending',
          attempts: 2,
          lastError: 'internal_error',
        },
        {
          teamId: TEAM,
          scheduleId: schedule.id,
          dueAt: new Date('2026-02-19T02:00:00Z'),
          status: 'skipped',
          skipReason: 'missed',
        },
      ])
      .run();
    const { text } = await openHome(PEOPLE.coordinator.id);
    expect(text).toContain('Pengingat rapat: jadwal dijeda — kanalnya tidak ditemukan');
    expect(text).not.toContain('channel_not_found');
    expect(text).toContain(
      'Pengingat rapat: 1 pengiriman sedang dicoba ulang (terakhir: Slack sedang tidak dapat dihubungi)',
    );
    expect(text).toContain('Pengingat rapat: 1 pengingat terlewat saat Mitra tidak berjalan');
  });

  it('opens a partnership in a modal from its button', async () => {
    const { view } = await openHome(PEOPLE.coordinator.id);
    await h.fake.sendBlockAction({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      actionId: 'partnership_open',
      value: String(pk.id),
    });
    const modal = await waitFor(() => h.fake.openViews(PEOPLE.coordinator.id).at(-1));
    expect(modal.title?.text).toBe('Kemitraan PK-1');
    expect(JSON.stringify(modal.blocks)).toContain('Laporan realisasi triwulan');
  });

  it('opens the create modal from its button', async () => {
    const { view } = await openHome(PEOPLE.english.id);
    await h.fake.sendBlockAction({
      userId: PEOPLE.english.id,
      viewId: view.id,
      actionId: 'home_new_partnership',
    });
    const modal = await waitFor(() => h.fake.openViews(PEOPLE.english.id).at(-1));
    expect(modal.title?.text).toBe('New partnership');
  });
});
