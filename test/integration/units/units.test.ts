import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, units } from '../../../src/db/schema/index.js';
import { TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { blockIdOf, formValues, mitra, openModal } from '../../support/partnerships.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const unitByCode = (code: string) =>
  h.db
    .select()
    .from(units)
    .where(and(eq(units.teamId, TEAM), eq(units.code, code)))
    .get();

describe('/mitra unit', () => {
  it('is refused to someone who is not an admin, in their language', async () => {
    const answer = await mitra(h, PEOPLE.coordinator.id, 'unit');
    expect(answer.text).toContain('hanya untuk admin');
    const english = await mitra(h, PEOPLE.english.id, 'unit');
    expect(english.text).toContain('for Mitra admins only');
    expect(h.fake.openViews(PEOPLE.coordinator.id)).toHaveLength(0);
  });

  it('lets an admin add a unit with its head, audited, and shows it in the list', async () => {
    const view = await openModal(h, PEOPLE.admin.id, 'unit');
    expect(view.title?.text).toBe('Unit kerja');
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: formValues(view, {
        unit_code: 'keu',
        unit_name: 'Biro Keuangan',
        unit_head: PEOPLE.manager1.id,
      }),
    });
    expect(result.outcome.effect).toBe('updated');
    const unit = unitByCode('KEU');
    expect(unit).toMatchObject({ name: 'Biro Keuangan', headUserId: PEOPLE.manager1.id });
    const audit = h.db.select().from(auditLog).where(eq(auditLog.action, 'unit.create')).all();
    expect(audit.map((a) => a.entityId)).toContain(String(unit?.id));
    const updated = h.fake.openViews(PEOPLE.admin.id).at(-1);
    expect(JSON.stringify(updated?.blocks)).toContain('Unit `KEU` Biro Keuangan telah ditambahkan');
    expect(JSON.stringify(updated?.blocks)).toContain('`KEU` Biro Keuangan');
  });

  it('refuses a code already in use and a malformed code, field by field, changing nothing', async () => {
    const view = await openModal(h, PEOPLE.admin.id, 'unit');
    const taken = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: formValues(view, { unit_code: 'KEU', unit_name: 'Keuangan Lain', unit_head: null }),
    });
    expect(taken.responseAction).toBe('errors');
    const errors = h.fake.openViews(PEOPLE.admin.id).at(-1)?.errors ?? {};
    expect(errors[blockIdOf(view, 'unit_code')]).toContain('sudah dipakai oleh unit Biro Keuangan');

    const bad = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: formValues(view, { unit_code: 'K U!', unit_name: '', unit_head: null }),
    });
    expect(bad.responseAction).toBe('errors');
    const badErrors = h.fake.openViews(PEOPLE.admin.id).at(-1)?.errors ?? {};
    expect(badErrors[blockIdOf(view, 'unit_code')]).toContain('2–12 huruf');
    expect(badErrors[blockIdOf(view, 'unit_name')]).toBe('Wajib diisi.');
    expect(h.db.select().from(units).all()).toHaveLength(1);
  });

  it('edits a unit chosen in the modal: the form fills with it, and the change is audited with before and after', async () => {
    const view = await openModal(h, PEOPLE.admin.id, 'unit');
    const keu = unitByCode('KEU');
    await h.fake.sendBlockAction({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      actionId: 'unit_pick_select',
      selectedOption: { text: { type: 'plain_text', text: 'KEU' }, value: String(keu?.id) },
    });
    const filled = await waitFor(() => {
      const v = h.fake.openViews(PEOPLE.admin.id).at(-1);
      return v && v.hash !== view.hash ? v : undefined;
    });
    const values = formValues(filled);
    expect(values[blockIdOf(filled, 'unit_code')]?.value?.value).toBe('KEU');
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: filled.id,
      values: formValues(filled, { unit_name: 'Biro Keuangan dan BMN' }),
    });
    expect(result.outcome.effect).toBe('updated');
    expect(unitByCode('KEU')?.name).toBe('Biro Keuangan dan BMN');
    const audit = h.db.select().from(auditLog).where(eq(auditLog.action, 'unit.update')).get();
    expect(audit?.before).toMatchObject({ name: 'Biro Keuangan' });
    expect(audit?.after).toMatchObject({ name: 'Biro Keuangan dan BMN' });
  });

  it('lists units with `/mitra unit daftar` in the admin’s language', async () => {
    const answer = await mitra(h, PEOPLE.admin.id, 'unit daftar');
    expect(answer.text).toContain('Unit kerja (1)');
    expect(answer.text).toContain('Biro Keuangan dan BMN');
    expect(answer.text).toContain(`<@${PEOPLE.manager1.id}>`);
  });

  it('refuses a crafted submission from a non-admin even with a valid form', async () => {
    const view = await openModal(h, PEOPLE.admin.id, 'unit');
    // The same view submitted as someone else: the fake only lets its owner submit, so the
    // payload is crafted by reassigning the view to the outsider.
    const values = formValues(view, { unit_code: 'HACK', unit_name: 'Unit Palsu', unit_head: null });
    const raw = {
      type: 'view_submission',
      team: { id: TEAM, domain: 'mitra' },
      user: { id: PEOPLE.outsider.id, username: 'tamu', name: 'tamu', team_id: TEAM },
      api_app_id: h.fake.appId,
      token: 'x',
      trigger_id: '1.2.3',
      view: { ...view, state: { values } },
    };
    const res = await h.fake.sendRaw(new URLSearchParams({ payload: JSON.stringify(raw) }).toString());
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('errors');
    expect(unitByCode('HACK')).toBeUndefined();
  });
});

describe('/mitra unit KODE', () => {
  it('opens the modal on that unit, ready to edit', async () => {
    const view = await openModal(h, PEOPLE.admin.id, 'unit keu');
    const values = formValues(view);
    expect(values[blockIdOf(view, 'unit_code')]?.value?.value).toBe('KEU');
    expect(values[blockIdOf(view, 'unit_head')]?.value?.selected_user).toBe(PEOPLE.manager1.id);
    expect(JSON.parse(view.private_metadata)).toEqual({ unitId: unitByCode('KEU')?.id });
  });
});
