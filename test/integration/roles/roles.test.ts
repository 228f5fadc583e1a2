import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roleAssignments } from '../../../src/db/schema/index.js';
import { createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { block, element, GoalsFlow, optionsOf, viewText } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let flow: GoalsFlow;
beforeAll(async () => {
  h = await startHarness();
  flow = new GoalsFlow(h);
});
afterAll(async () => {
  await h.close();
});

const { coordinator, english, admin, manager1, manager2, outsider } = PEOPLE;

const rolesOf = (partnershipId: number) =>
  h.db.select().from(roleAssignments).where(eq(roleAssignments.partnershipId, partnershipId)).all();
const auditOf = (partnershipId: number, action: string) =>
  h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.partnershipId, partnershipId), eq(auditLog.action, action)))
    .all();

let setups = 0;
function setup() {
  setups++;
  const planning = createUnit(h.db, { code: `REN${setups}`, name: 'Biro Perencanaan' });
  const finance = createUnit(h.db, { code: `KEU${setups}`, name: 'Biro Keuangan' });
  const p = createPartnership(h.db, { unitIds: [planning.id, finance.id] });
  return { p, planning, finance };
}

describe('/mitra peran KODE: assigning a role', () => {
  it('lists the current assignments and saves a new one with its responsibilities, audited', async () => {
    const { p, planning, finance } = setup();
    const view = await flow.openWith(coordinator.id, `peran ${p.code}`);
    expect(view.title?.text).toBe('Penugasan peran');
    expect(viewText(view)).toContain(
      `*Koordinator* · ${planning.code} · Biro Perencanaan — <@${coordinator.id}>`,
    );
    expect(optionsOf(view, 'role_role').map((o) => o.text)).toEqual([
      'Koordinator',
      'Penghubung',
      'Anggota',
      'Pimpinan',
    ]);
    expect(block(view, 'role_remove')).toBeUndefined();

    const { result, errors } = await flow.submit(coordinator.id, view, {
      role_person: manager1.id,
      role_unit: String(finance.id),
      role_role: 'liaison',
      role_responsibilities: 'Menyiapkan data realisasi\nMenghadiri rapat bulanan',
    });
    expect(errors).toEqual({});
    expect(result.outcome.effect).toBe('updated'); // the form becomes the "saved" view
    const added = rolesOf(p.id).find((r) => r.userId === manager1.id);
    expect(added).toMatchObject({
      teamId: TEAM,
      unitId: finance.id,
      role: 'liaison',
      responsibilities: 'Menyiapkan data realisasi\nMenghadiri rapat bulanan',
      assignedBy: coordinator.id,
    });
    expect(auditOf(p.id, 'role.assign')).toEqual([
      expect.objectContaining({
        entityType: 'role_assignment',
        entityId: String(added?.id),
        actorUserId: coordinator.id,
      }),
    ]);
    await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find(
            (m) =>
              m.thread_ts &&
              m.text.includes(`<@${manager1.id}> ditetapkan sebagai Penghubung di Biro Keuangan.`),
          ),
      { what: 'the notice in the charter thread' },
    );
  });

  it('refuses the same person, unit and role twice, clearly, and adds nothing', async () => {
    const { p, finance } = setup();
    createRole(h.db, { partnershipId: p.id, unitId: finance.id, userId: manager1.id, role: 'manager' });
    const view = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const { errors } = await flow.submit(coordinator.id, view, {
      role_person: manager1.id,
      role_unit: String(finance.id),
      role_role: 'manager',
    });
    expect(errors).toEqual({
      role_role:
        'Orang ini sudah memegang peran Pimpinan di unit Biro Keuangan. Pilih peran atau unit lain, atau ubah penugasan yang ada melalui daftar penugasan saat ini.',
    });
    expect(rolesOf(p.id)).toHaveLength(2);
  });

  it('speaks English to an English coordinator and validates field by field', async () => {
    const p = createPartnership(h.db, { coordinatorId: english.id });
    const view = await flow.openWith(english.id, `role ${p.code}`);
    expect(view.title?.text).toBe('Role assignment');
    expect(viewText(view)).toContain('Current assignments');
    const { result, errors } = await flow.submit(english.id, view, {
      role_person: null,
      role_unit: '99999999',
      role_role: 'chief',
      role_responsibilities: 'x'.repeat(1001),
    });
    expect(result.outcome.effect).toBe('errors');
    expect(errors).toEqual({
      role_person: 'Required.',
      role_role: 'Choose one of the options offered.',
      role_responsibilities: 'At most 1000 characters.',
    });
    const unitOnly = await flow.submit(english.id, flow.top(english.id), {
      role_person: manager3Id(),
      role_unit: '99999999',
      role_role: 'member',
      role_responsibilities: null,
    });
    expect(unitOnly.errors).toEqual({ role_unit: `This unit does not take part in partnership ${p.code}.` });
    const empty = await flow.submit(english.id, flow.top(english.id), {
      role_person: manager3Id(),
      role_unit: null,
      role_role: null,
      role_responsibilities: null,
    });
    // An empty select is a missing answer, not a wrong one.
    expect(empty.errors).toEqual({ role_unit: 'Required.', role_role: 'Required.' });
    expect(rolesOf(p.id)).toHaveLength(1);
  });
});

function manager3Id() {
  return PEOPLE.manager3.id;
}

describe('/mitra peran KODE: changing and removing', () => {
  it('pre-fills an assignment chosen with "Edit", saves the change and keeps before/after in the audit log', async () => {
    const { p, planning, finance } = setup();
    const liaison = createRole(h.db, {
      partnershipId: p.id,
      unitId: finance.id,
      userId: manager1.id,
      role: 'liaison',
      responsibilities: 'Data realisasi',
    });
    const opened = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const view = await flow.click(coordinator.id, opened, 'role_edit', `role_assignment:${liaison.id}`);
    expect(element(view, 'role_person').initial_user).toBe(manager1.id);
    expect((element(view, 'role_unit').initial_option as { value: string }).value).toBe(String(finance.id));
    expect(element(view, 'role_responsibilities').initial_value).toBe('Data realisasi');
    expect(block(view, 'role_remove')).toBeDefined();

    const { errors } = await flow.submit(coordinator.id, view, {
      role_role: 'manager',
      role_unit: String(planning.id),
    });
    expect(errors).toEqual({});
    expect(rolesOf(p.id).find((r) => r.id === liaison.id)).toMatchObject({
      role: 'manager',
      unitId: planning.id,
      userId: manager1.id,
    });
    const [entry] = auditOf(p.id, 'role.update');
    expect(entry?.before).toMatchObject({ role: 'liaison', unitId: finance.id });
    expect(entry?.after).toMatchObject({ role: 'manager', unitId: planning.id });
  });

  it('removes an assignment when "remove" is ticked, keeping it in the audit log', async () => {
    const { p, finance } = setup();
    const member = createRole(h.db, {
      partnershipId: p.id,
      unitId: finance.id,
      userId: manager2.id,
      role: 'member',
    });
    const opened = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const view = await flow.click(coordinator.id, opened, 'role_edit', `role_assignment:${member.id}`);
    const { errors } = await flow.submit(coordinator.id, view, { role_remove: ['remove'] });
    expect(errors).toEqual({});
    expect(rolesOf(p.id).map((r) => r.id)).not.toContain(member.id);
    const [entry] = auditOf(p.id, 'role.remove');
    expect(entry).toMatchObject({ entityId: String(member.id), after: null });
    expect(entry?.before).toMatchObject({ userId: manager2.id, role: 'member' });
  });

  it('goes back to a new assignment from edit mode', async () => {
    const { p } = setup();
    const opened = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const [own] = rolesOf(p.id);
    const editing = await flow.click(coordinator.id, opened, 'role_edit', `role_assignment:${own?.id}`);
    const fresh = await flow.click(coordinator.id, editing, 'role_new', 'role_editing');
    expect(element(fresh, 'role_person').initial_user).toBeUndefined();
    expect(block(fresh, 'role_remove')).toBeUndefined();
  });
});

describe('the last coordinator', () => {
  it('cannot be removed or given another role; nothing changes', async () => {
    const { p } = setup();
    const [own] = rolesOf(p.id);
    const opened = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const view = await flow.click(coordinator.id, opened, 'role_edit', `role_assignment:${own?.id}`);

    const removal = await flow.submit(coordinator.id, view, { role_remove: ['remove'] });
    expect(removal.errors).toEqual({
      role_remove:
        'Kemitraan harus tetap memiliki minimal satu koordinator. Tetapkan koordinator lain terlebih dahulu, lalu hapus penugasan ini.',
    });
    const demotion = await flow.submit(coordinator.id, flow.top(coordinator.id), {
      role_role: 'member',
      role_remove: [],
    });
    expect(demotion.errors).toEqual({
      role_role:
        'Ini koordinator terakhir kemitraan. Tetapkan koordinator lain terlebih dahulu sebelum mengubah peran ini.',
    });
    expect(rolesOf(p.id)).toEqual([own]);
    expect(auditOf(p.id, 'role.remove')).toHaveLength(0);
    expect(auditOf(p.id, 'role.update')).toHaveLength(0);
  });

  it('can hand over: once another coordinator exists, the first may step down', async () => {
    const { p, finance } = setup();
    const [own] = rolesOf(p.id);
    createRole(h.db, { partnershipId: p.id, unitId: finance.id, userId: manager1.id, role: 'coordinator' });
    const opened = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const view = await flow.click(coordinator.id, opened, 'role_edit', `role_assignment:${own?.id}`);
    const { errors } = await flow.submit(coordinator.id, view, { role_remove: ['remove'] });
    expect(errors).toEqual({});
    expect(rolesOf(p.id).map((r) => r.userId)).toEqual([manager1.id]);
  });

  it('may be passed to another person in the same assignment', async () => {
    const { p } = setup();
    const [own] = rolesOf(p.id);
    const opened = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const view = await flow.click(coordinator.id, opened, 'role_edit', `role_assignment:${own?.id}`);
    const { errors } = await flow.submit(coordinator.id, view, { role_person: manager2.id });
    expect(errors).toEqual({});
    expect(rolesOf(p.id)).toEqual([expect.objectContaining({ userId: manager2.id, role: 'coordinator' })]);
  });
});

describe('refusals', () => {
  it('refuses a member who is not a coordinator, and an outsider, without a modal', async () => {
    const { p } = setup();
    createRole(h.db, { partnershipId: p.id, unitId: p.leadUnitId, userId: manager1.id, role: 'liaison' });
    expect(await flow.answerTo(manager1.id, `peran ${p.code}`)).toBe(
      `Hanya koordinator kemitraan ${p.code} atau admin yang dapat melakukan perubahan ini.`,
    );
    expect(await flow.answerTo(outsider.id, `role ${p.code}`)).toContain('Hanya koordinator');
  });

  it('lets an admin assign roles', async () => {
    const { p, finance } = setup();
    const view = await flow.openWith(admin.id, `peran ${p.code}`);
    const { errors } = await flow.submit(admin.id, view, {
      role_person: manager2.id,
      role_unit: String(finance.id),
      role_role: 'manager',
    });
    expect(errors).toEqual({});
    expect(rolesOf(p.id).find((r) => r.userId === manager2.id)?.assignedBy).toBe(admin.id);
  });

  it('refuses an assignment of another partnership named in crafted metadata', async () => {
    const { p } = setup();
    const other = setup().p;
    const [foreign] = rolesOf(other.id);
    const view = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const tampered = await flow.tamper(view, {
      partnershipId: p.id,
      goalId: null,
      assignmentId: foreign?.id,
    });
    const { errors } = await flow.submit(coordinator.id, tampered, {
      role_person: manager1.id,
      role_unit: String(p.leadUnitId),
      role_role: 'member',
    });
    expect(errors.role_person).toBe(
      `Penugasan ini tidak ada di kemitraan ${p.code}. Tutup formulir ini dan buka kembali.`,
    );
    expect(rolesOf(other.id)).toEqual([foreign]);
  });

  it('refuses crafted metadata naming a partnership the user does not coordinate, or another team’s', async () => {
    const { p } = setup();
    const theirs = createPartnership(h.db, { coordinatorId: manager2.id });
    const otherTeam = createPartnership(h.db, { teamId: 'T0OTHER' });
    const view = await flow.openWith(coordinator.id, `peran ${p.code}`);
    const typed = { role_person: manager1.id, role_unit: String(theirs.leadUnitId), role_role: 'member' };

    const first = await flow.submit(
      coordinator.id,
      await flow.tamper(view, { partnershipId: theirs.id }),
      typed,
    );
    expect(first.errors.role_person).toContain(`Hanya koordinator kemitraan ${theirs.code}`);
    const second = await flow.submit(
      coordinator.id,
      await flow.tamper(flow.top(coordinator.id), { partnershipId: otherTeam.id }),
      typed,
    );
    expect(second.errors.role_person).toContain('tidak ditemukan');
    expect(rolesOf(theirs.id)).toHaveLength(1);
    expect(rolesOf(otherTeam.id)).toHaveLength(1);
  });
});

describe('/mitra peran without a code', () => {
  it('starts with the partnerships the user coordinates and fills the form for the one chosen', async () => {
    const mine = createPartnership(h.db, { coordinatorId: manager2.id });
    const opened = await flow.openWith(manager2.id, 'peran');
    expect(optionsOf(opened, 'partnership').map((o) => o.value)).toContain(String(mine.id));
    expect(block(opened, 'role_person')).toBeUndefined();
    const view = await flow.choose(manager2.id, opened, 'partnership', String(mine.id));
    expect(viewText(view)).toContain(`<@${manager2.id}>`);
    const { errors } = await flow.submit(manager2.id, view, {
      role_person: manager1.id,
      role_unit: String(mine.leadUnitId),
      role_role: 'member',
    });
    expect(errors).toEqual({});
    expect(rolesOf(mine.id)).toHaveLength(2);
  });
});

describe('Slack limits', () => {
  it('keeps a partnership with very many assignments within 100 blocks', async () => {
    const { p, finance } = setup();
    for (let i = 0; i < 130; i++)
      createRole(h.db, { partnershipId: p.id, unitId: finance.id, userId: `UMANY${i}`, role: 'member' });
    const view = await flow.openWith(coordinator.id, `peran ${p.code}`);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(viewText(view)).toContain('penugasan lain');
  });
});
