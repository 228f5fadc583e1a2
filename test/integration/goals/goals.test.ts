import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, goals, partnerships, roleAssignments } from '../../../src/db/schema/index.js';
import { createGoal, createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { block, element, GoalsFlow, optionsOf, viewText } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let flow: GoalsFlow;
// A fixed day: due dates in these tests are in the future of it.
const NOW = new Date('2026-03-10T01:00:00Z');
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  flow = new GoalsFlow(h);
});
afterAll(async () => {
  await h.close();
});

const { coordinator, english, admin, manager1, outsider } = PEOPLE;

function goalsOf(partnershipId: number) {
  return h.db.select().from(goals).where(eq(goals.partnershipId, partnershipId)).all();
}
function auditOf(partnershipId: number) {
  return h.db.select().from(auditLog).where(eq(auditLog.partnershipId, partnershipId)).all();
}

describe('/mitra sasaran KODE: adding a goal', () => {
  it('opens the goal modal in Indonesian and saves the goal, with Indonesian decimals, in one audited change', async () => {
    const planning = createUnit(h.db, { code: 'REN', name: 'Biro Perencanaan' });
    const finance = createUnit(h.db, { code: 'KEU', name: 'Biro Keuangan' });
    const p = createPartnership(h.db, { unitIds: [planning.id, finance.id] });

    const view = await flow.openWith(coordinator.id, `tujuan ${p.code.toLowerCase()}`);
    expect(view.title?.text).toBe('Sasaran kemitraan');
    expect(viewText(view)).toContain('Indikator kinerja');
    expect(block(view, 'goal_choice')).toBeUndefined(); // no goals yet: nothing to edit
    expect(optionsOf(view, 'goal_owner_unit').map((o) => o.text)).toEqual([
      'KEU · Biro Keuangan',
      'REN · Biro Perencanaan',
    ]);

    const { result, errors } = await flow.submit(coordinator.id, view, {
      goal_title: 'Penyerapan anggaran tepat waktu',
      goal_indicator: 'Persentase realisasi anggaran per triwulan',
      goal_baseline: '12,5',
      goal_target: '1.500',
      goal_measure_unit: 'juta rupiah',
      goal_due_date: '2026-09-30',
      goal_owner_unit: String(finance.id),
      goal_person_in_charge: manager1.id,
    });
    expect(errors).toEqual({});
    expect(result.outcome.effect).toBe('updated'); // the form becomes the "saved" view

    const [saved] = goalsOf(p.id);
    expect(saved).toMatchObject({
      teamId: TEAM,
      title: 'Penyerapan anggaran tepat waktu',
      baseline: 12.5,
      target: 1500,
      measureUnit: 'juta rupiah',
      dueDate: '2026-09-30',
      ownerUnitId: finance.id,
      personInChargeId: manager1.id,
      createdBy: coordinator.id,
      status: 'on_track',
    });
    const audit = auditOf(p.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'goal.create',
      entityType: 'goal',
      entityId: String(saved?.id),
      actorUserId: coordinator.id,
    });
    expect(audit[0]?.after).toMatchObject({ title: 'Penyerapan anggaran tepat waktu', baseline: 12.5 });
  });

  it('speaks English to an English user and reads English decimals', async () => {
    const p = createPartnership(h.db, { coordinatorId: english.id });
    const view = await flow.openWith(english.id, `goal ${p.code}`);
    expect(view.title?.text).toBe('Partnership goal');
    expect(viewText(view)).toContain('Performance indicator');

    const bad = await flow.submit(english.id, view, {
      goal_title: 'Faster disbursement',
      goal_indicator: 'Days from request to payment',
      goal_baseline: 'fourteen',
      goal_target: '7.5',
    });
    expect(bad.errors).toEqual({ goal_baseline: 'Enter a number, for example 75 or 12.5.' });
    expect(goalsOf(p.id)).toHaveLength(0);

    const good = await flow.submit(english.id, flow.top(english.id), {
      goal_title: 'Faster disbursement',
      goal_indicator: 'Days from request to payment',
      goal_baseline: '14',
      goal_target: '7.5',
    });
    expect(good.errors).toEqual({});
    expect(goalsOf(p.id)[0]).toMatchObject({
      baseline: 14,
      target: 7.5,
      ownerUnitId: null,
      personInChargeId: null,
    });
  });

  it('lets an admin who holds no role add a goal', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(admin.id, `tujuan ${p.code}`);
    const { errors } = await flow.submit(admin.id, view, {
      goal_title: 'Rapat bulanan',
      goal_indicator: 'Jumlah rapat',
    });
    expect(errors).toEqual({});
    expect(goalsOf(p.id)[0]?.createdBy).toBe(admin.id);
  });
});

describe('/mitra sasaran KODE: editing a goal', () => {
  it('pre-fills the chosen goal through views.update and records before and after in the audit log', async () => {
    const p = createPartnership(h.db);
    const other = createGoal(h.db, { partnershipId: p.id, title: 'Sasaran lain' });
    const goal = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Laporan keuangan triwulan',
      indicator: 'Laporan tepat waktu',
      baseline: 2.5,
      target: 4,
      dueDate: '2026-12-31',
    });
    const opened = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    expect(optionsOf(opened, 'goal_choice').map((o) => o.text)).toEqual([
      'Sasaran baru',
      `Ubah: ${other.title}`,
      'Ubah: Laporan keuangan triwulan',
    ]);
    expect(element(opened, 'goal_title').initial_value).toBeUndefined();

    const view = await flow.choose(coordinator.id, opened, 'goal_choice', String(goal.id));
    expect(element(view, 'goal_title').initial_value).toBe('Laporan keuangan triwulan');
    expect(element(view, 'goal_baseline').initial_value).toBe('2,5');
    expect(element(view, 'goal_due_date').initial_date).toBe('2026-12-31');

    const { errors } = await flow.submit(coordinator.id, view, { goal_target: '5,25' });
    expect(errors).toEqual({});
    expect(goalsOf(p.id).find((g) => g.id === goal.id)).toMatchObject({
      title: 'Laporan keuangan triwulan',
      baseline: 2.5,
      target: 5.25,
    });
    expect(goalsOf(p.id)).toHaveLength(2);
    const [entry] = auditOf(p.id).filter((a) => a.action === 'goal.update');
    expect(entry?.before).toMatchObject({ target: 4 });
    expect(entry?.after).toMatchObject({ target: 5.25 });
  });

  it('goes back to an empty form when "new goal" is chosen again', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id, title: 'Sasaran awal' });
    const opened = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const editing = await flow.choose(coordinator.id, opened, 'goal_choice', String(goal.id));
    const fresh = await flow.choose(coordinator.id, editing, 'goal_choice', 'new');
    expect(element(fresh, 'goal_title').initial_value).toBeUndefined();
    await flow.submit(coordinator.id, fresh, { goal_title: 'Sasaran kedua', goal_indicator: 'Indikator' });
    expect(
      goalsOf(p.id)
        .map((g) => g.title)
        .sort(),
    ).toEqual(['Sasaran awal', 'Sasaran kedua']);
  });
});

describe('/mitra sasaran without a code', () => {
  it('offers only the partnerships the user coordinates, and fills the units once one is chosen', async () => {
    const mine = createPartnership(h.db, { coordinatorId: manager1.id, name: 'Operasional–Dukungan' });
    const notMine = createPartnership(h.db, { name: 'Kebijakan–Riset' });
    createRole(h.db, {
      partnershipId: notMine.id,
      unitId: notMine.leadUnitId,
      userId: manager1.id,
      role: 'member',
    });

    const opened = await flow.openWith(manager1.id, 'tujuan');
    const choices = optionsOf(opened, 'partnership').map((o) => o.value);
    expect(choices).toContain(String(mine.id));
    expect(choices).not.toContain(String(notMine.id));
    expect(block(opened, 'goal_title')).toBeUndefined();

    const view = await flow.choose(manager1.id, opened, 'partnership', String(mine.id));
    expect(optionsOf(view, 'goal_owner_unit')).toHaveLength(2);
    const { errors } = await flow.submit(manager1.id, view, {
      goal_title: 'Waktu tanggap layanan',
      goal_indicator: 'Jam rata-rata',
      goal_owner_unit: String(mine.leadUnitId),
    });
    expect(errors).toEqual({});
    expect(goalsOf(mine.id)[0]?.ownerUnitId).toBe(mine.leadUnitId);
  });

  it('asks for a partnership when none was chosen', async () => {
    createPartnership(h.db, { coordinatorId: manager1.id });
    const opened = await flow.openWith(manager1.id, 'tujuan');
    const { errors } = await flow.submit(manager1.id, opened, {});
    expect(errors).toEqual({ partnership: 'Wajib diisi.' });
  });

  it('tells someone who coordinates nothing how to start, without a modal', async () => {
    const text = await flow.answerTo(outsider.id, 'tujuan');
    expect(text).toContain('Anda belum menjadi koordinator kemitraan mana pun');
  });
});

describe('refusals', () => {
  it('refuses someone outside the partnership with a clear message and no modal', async () => {
    const p = createPartnership(h.db);
    const text = await flow.answerTo(outsider.id, `tujuan ${p.code}`);
    expect(text).toBe(`Hanya koordinator kemitraan ${p.code} atau admin yang dapat melakukan perubahan ini.`);
  });

  it('refuses a member who is not a coordinator, in English for an English user', async () => {
    const p = createPartnership(h.db);
    createRole(h.db, { partnershipId: p.id, unitId: p.leadUnitId, userId: english.id, role: 'member' });
    const text = await flow.answerTo(english.id, `goal ${p.code}`);
    expect(text).toBe(`Only a coordinator of partnership ${p.code} or an admin can make this change.`);
  });

  it('says when the code does not exist', async () => {
    const text = await flow.answerTo(coordinator.id, 'tujuan PK-999');
    expect(text).toContain('Kemitraan `PK-999` tidak ditemukan.');
  });

  it('re-checks on submission: a coordinator removed while the modal was open cannot save', async () => {
    const p = createPartnership(h.db, { coordinatorId: manager1.id });
    createRole(h.db, {
      partnershipId: p.id,
      unitId: p.leadUnitId,
      userId: coordinator.id,
      role: 'coordinator',
    });
    const view = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    h.db
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.partnershipId, p.id), eq(roleAssignments.userId, coordinator.id)))
      .run();
    const { errors } = await flow.submit(coordinator.id, view, { goal_title: 'X', goal_indicator: 'Y' });
    expect(errors.goal_title).toContain('Hanya koordinator');
    expect(goalsOf(p.id)).toHaveLength(0);
  });

  it('ignores crafted private_metadata pointing at a partnership the user does not coordinate', async () => {
    const mine = createPartnership(h.db);
    const theirs = createPartnership(h.db, { coordinatorId: manager1.id });
    const view = await flow.openWith(coordinator.id, `tujuan ${mine.code}`);
    const tampered = await flow.tamper(view, { partnershipId: theirs.id, goalId: null, assignmentId: null });
    const { errors } = await flow.submit(coordinator.id, tampered, {
      goal_title: 'Sisipan',
      goal_indicator: 'Sisipan',
    });
    expect(errors.goal_title).toBe(
      `Hanya koordinator kemitraan ${theirs.code} atau admin yang dapat melakukan perubahan ini.`,
    );
    expect(goalsOf(theirs.id)).toHaveLength(0);
    expect(goalsOf(mine.id)).toHaveLength(0);
  });

  it('ignores crafted private_metadata pointing at another team’s partnership', async () => {
    const mine = createPartnership(h.db);
    const otherTeam = createPartnership(h.db, { teamId: 'T0OTHER', coordinatorId: coordinator.id });
    const view = await flow.openWith(coordinator.id, `tujuan ${mine.code}`);
    const tampered = await flow.tamper(view, {
      partnershipId: otherTeam.id,
      goalId: null,
      assignmentId: null,
    });
    const { errors } = await flow.submit(coordinator.id, tampered, {
      goal_title: 'Sisipan',
      goal_indicator: 'Sisipan',
    });
    expect(errors.goal_title).toContain('tidak ditemukan');
    expect(h.db.select().from(goals).where(eq(goals.teamId, 'T0OTHER')).all()).toHaveLength(0);
  });

  it('refuses to edit a goal of another partnership named in crafted metadata', async () => {
    const mine = createPartnership(h.db);
    const theirs = createPartnership(h.db, { coordinatorId: manager1.id });
    const foreign = createGoal(h.db, { partnershipId: theirs.id, title: 'Milik orang lain' });
    const view = await flow.openWith(coordinator.id, `tujuan ${mine.code}`);
    const tampered = await flow.tamper(view, {
      partnershipId: mine.id,
      goalId: foreign.id,
      assignmentId: null,
    });
    const { errors } = await flow.submit(coordinator.id, tampered, {
      goal_title: 'Dibajak',
      goal_indicator: 'X',
    });
    expect(errors.goal_title).toBe(
      `Sasaran ini tidak ada di kemitraan ${mine.code}. Tutup formulir ini dan buka kembali.`,
    );
    expect(h.db.select().from(goals).where(eq(goals.id, foreign.id)).get()?.title).toBe('Milik orang lain');
  });

  it('refuses an owner unit that does not take part in the partnership', async () => {
    const p = createPartnership(h.db);
    const stranger = createUnit(h.db, { name: 'Unit luar' });
    const view = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const { errors } = await flow.submit(coordinator.id, view, {
      goal_title: 'X',
      goal_indicator: 'Y',
      goal_owner_unit: String(stranger.id),
    });
    expect(errors).toEqual({ goal_owner_unit: `Unit ini tidak ikut dalam kemitraan ${p.code}.` });
    expect(goalsOf(p.id)).toHaveLength(0);
  });
});

describe('malformed submissions', () => {
  it('returns every field error at once, in Indonesian, and changes nothing', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const { result, errors } = await flow.submit(coordinator.id, view, {
      goal_title: 'x'.repeat(151),
      goal_indicator: null,
      goal_baseline: '12,5,3',
      goal_target: 'seratus',
      goal_due_date: '2026-02-30',
      goal_person_in_charge: 'not-a-user',
    });
    expect(result.outcome.effect).toBe('errors');
    expect(errors).toEqual({
      goal_title: 'Paling banyak 150 karakter.',
      goal_indicator: 'Wajib diisi.',
      goal_baseline: 'Masukkan angka, misalnya 75 atau 12,5.',
      goal_target: 'Masukkan angka, misalnya 75 atau 12,5.',
      goal_due_date: 'Pilih tanggal yang valid.',
      goal_person_in_charge: 'Pilih orang dari daftar Slack.',
    });
    expect(goalsOf(p.id)).toHaveLength(0);
    expect(auditOf(p.id)).toHaveLength(0);
  });
});

describe('Slack limits', () => {
  it('keeps long titles and many goals within option limits', async () => {
    const p = createPartnership(h.db, { name: 'K'.repeat(200) });
    for (let i = 0; i < 120; i++)
      createGoal(h.db, { partnershipId: p.id, title: `${'Judul panjang sekali '.repeat(6)}${i}` });
    const view = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const options = optionsOf(view, 'goal_choice');
    expect(options).toHaveLength(100);
    expect(options.every((o) => o.text.length <= 75)).toBe(true);
    expect(options.at(-1)?.value).toBe(String(goalsOf(p.id).at(-1)?.id));
  });
});

describe('the charter after a change', () => {
  it('posts the charter, updates it in place on the next change and says in its thread what changed', async () => {
    const p = createPartnership(h.db);
    const first = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    await flow.submit(coordinator.id, first, {
      goal_title: 'Rapat <koordinasi> & evaluasi',
      goal_indicator: 'Y',
    });
    const notice = await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find(
            (m) => m.thread_ts && m.text.includes('Sasaran baru: *Rapat &lt;koordinasi&gt; &amp; evaluasi*'),
          ),
      { what: 'the notice in the charter thread' },
    );
    expect(notice.text).toContain(`<@${coordinator.id}>`);
    const charterTs = await waitFor(
      () => h.db.select().from(partnerships).where(eq(partnerships.id, p.id)).get()?.charterTs,
    );
    expect(notice.thread_ts).toBe(charterTs);

    const [goal] = goalsOf(p.id);
    const opened = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const editing = await flow.choose(coordinator.id, opened, 'goal_choice', String(goal?.id));
    await flow.submit(coordinator.id, editing, { goal_title: 'Rapat koordinasi bulanan' });
    await waitFor(() => h.fake.callsTo('chat.update').some((c) => c.args.ts === charterTs), {
      what: 'the charter updated in place',
    });
    await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .some((m) => m.text.includes('Sasaran *Rapat koordinasi bulanan* diubah.')),
      {
        what: 'the edit notice',
      },
    );
  });
});

describe('a goal’s due date', () => {
  it('refuses, on its field, a date already past for a new goal, saving nothing', async () => {
    const p = createPartnership(h.db);
    const view = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const { errors } = await flow.submit(coordinator.id, view, {
      goal_title: 'Sasaran terlambat',
      goal_indicator: 'Indikator',
      goal_due_date: '2026-03-09',
    });
    expect(errors).toEqual({
      goal_due_date: 'Tanggal ini sudah lewat. Pilih tenggat hari ini atau sesudahnya.',
    });
    expect(goalsOf(p.id)).toHaveLength(0);
    const today = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    expect(
      (
        await flow.submit(coordinator.id, today, {
          goal_title: 'Hari ini',
          goal_indicator: 'I',
          goal_due_date: '2026-03-10',
        })
      ).errors,
    ).toEqual({});
  });

  it('lets a goal that is already past its date be edited, keeping that date', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id, title: 'Sasaran lama', dueDate: '2026-01-31' });
    const opened = await flow.openWith(coordinator.id, `tujuan ${p.code}`);
    const view = await flow.choose(coordinator.id, opened, 'goal_choice', String(goal.id));
    const { errors } = await flow.submit(coordinator.id, view, { goal_title: 'Sasaran lama, diperbaiki' });
    expect(errors).toEqual({});
    expect(goalsOf(p.id)[0]).toMatchObject({ title: 'Sasaran lama, diperbaiki', dueDate: '2026-01-31' });
  });
});
