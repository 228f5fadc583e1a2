import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  goals,
  partnerships,
  partnershipUnits,
  roleAssignments,
  type Unit,
} from '../../../src/db/schema/index.js';
import { refreshCharter } from '../../../src/slack/features/charter/flow.js';
import { createGoal, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { blockIdOf, formValues, mitra, openModal } from '../../support/partnerships.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** The template values the create modal offers. */
const optionsOfTemplate = (view: { blocks: unknown[] }): string[] => {
  const block = view.blocks.find(
    (b) =>
      (b as { accessory?: { action_id?: string } }).accessory?.action_id === 'partnership_template_select',
  ) as { accessory: { options: { value: string }[] } } | undefined;
  return block?.accessory.options.map((o) => o.value) ?? [];
};

const byCode = (code: string) => h.db.select().from(partnerships).where(eq(partnerships.code, code)).get();
const channelMessages = (channel = SHARED_CHANNEL) => h.fake.messages(channel);

describe('creating a partnership before there are units', () => {
  it('says that an admin must add units first, instead of opening an empty form', async () => {
    const answer = await mitra(h, PEOPLE.coordinator.id, 'baru');
    expect(answer.text).toContain('Minta admin Mitra menambahkan unit dengan `/mitra unit`');
    const admin = await mitra(h, PEOPLE.admin.id, 'baru');
    expect(admin.text).toContain('Tambahkan unit terlebih dahulu dengan `/mitra unit`');
    expect(h.fake.openViews(PEOPLE.coordinator.id)).toHaveLength(0);
  });

  it('says the same in a small modal when started from the global shortcut', async () => {
    await h.fake.sendShortcut({ userId: PEOPLE.english.id, callbackId: 'mitra_new_partnership' });
    const view = await waitFor(() => h.fake.openViews(PEOPLE.english.id).at(-1));
    expect(JSON.stringify(view.blocks)).toContain(
      'A partnership needs at least two units, and only 0 are registered',
    );
    expect(view.submit).toBeNull();
  });
});

describe('creating a partnership', () => {
  let ren: Unit;
  let keu: Unit;
  let umum: Unit;
  beforeAll(() => {
    ren = createUnit(h.db, { code: 'REN', name: 'Biro Perencanaan', headUserId: PEOPLE.manager1.id });
    keu = createUnit(h.db, { code: 'KEU', name: 'Biro Keuangan', headUserId: PEOPLE.manager2.id });
    umum = createUnit(h.db, { code: 'UMUM', name: 'Biro Umum', headUserId: null });
  });

  it('keeps a purpose typed before a template is chosen, and replaces only a template’s own purpose', async () => {
    const userId = PEOPLE.manager2.id;
    const view = await openModal(h, userId, 'baru');
    const purposeBlock = blockIdOf(view, 'purpose');
    const choose = async (from: typeof view, value: string, typed: string | null) => {
      await h.fake.sendBlockAction({
        userId,
        viewId: from.id,
        actionId: 'partnership_template_select',
        selectedOption: { text: { type: 'plain_text', text: value }, value },
        values: { [blockIdOf(from, 'purpose')]: { value: { type: 'plain_text_input', value: typed } } },
      });
      return waitFor(() => {
        const v = h.fake.openViews(userId).at(-1);
        return v && v.hash !== from.hash ? v : undefined;
      });
    };
    const typed = 'Menyelaraskan *laporan* kedua biro';
    const kept = await choose(view, 'planning_finance', typed);
    expect(formValues(kept)[blockIdOf(kept, 'purpose')]?.value?.value).toBe(typed);
    expect(purposeBlock).toBeDefined();

    // A purpose the template filled in follows the next template chosen.
    const fromTemplate = await choose(view, 'planning_finance', null);
    const templatePurpose = formValues(fromTemplate)[blockIdOf(fromTemplate, 'purpose')]?.value?.value;
    expect(templatePurpose).toBeTruthy();
    const other = optionsOfTemplate(fromTemplate).find((o) => o !== 'planning_finance' && o !== 'none');
    if (!other) throw new Error('only one template');
    const switched = await choose(fromTemplate, other, String(templatePurpose));
    const switchedPurpose = formValues(switched)[blockIdOf(switched, 'purpose')]?.value?.value;
    expect(switchedPurpose).toBeTruthy();
    expect(switchedPurpose).not.toBe(templatePurpose);
  });

  it('keeps a name typed before the template is chosen, and presumes no unit the creator does not head', async () => {
    const userId = PEOPLE.manager3.id;
    const view = await openModal(h, userId, 'baru');
    const nameBlock = blockIdOf(view, 'name');
    await h.fake.sendBlockAction({
      userId,
      viewId: view.id,
      actionId: 'partnership_template_select',
      selectedOption: {
        text: { type: 'plain_text', text: 'Perencanaan–Keuangan' },
        value: 'planning_finance',
      },
      values: { [nameBlock]: { value: { type: 'plain_text_input', value: 'Sinergi anggaran 2026' } } },
    });
    const filled = await waitFor(() => {
      const v = h.fake.openViews(userId).at(-1);
      return v && v.hash !== view.hash ? v : undefined;
    });
    const values = formValues(filled);
    expect(values[blockIdOf(filled, 'name')]?.value?.value).toBe('Sinergi anggaran 2026');
    expect(values[blockIdOf(filled, 'my_unit')]?.value?.selected_option).toBeFalsy();
    expect(JSON.stringify(filled.blocks)).toContain('If left empty, on behalf of the lead unit.');
  });

  it('fills the form from a template, creates the partnership with its coordinator, managers and goals, and posts the charter', async () => {
    const view = await openModal(h, PEOPLE.coordinator.id, 'baru');
    expect(view.title?.text).toBe('Kemitraan baru');
    expect(JSON.stringify(view.blocks)).toContain(`"initial_conversation":"${SHARED_CHANNEL}"`);
    expect(JSON.stringify(view.blocks)).toContain('"default_to_current_conversation":true');

    await h.fake.sendBlockAction({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      actionId: 'partnership_template_select',
      selectedOption: {
        text: { type: 'plain_text', text: 'Perencanaan–Keuangan' },
        value: 'planning_finance',
      },
    });
    const filled = await waitFor(() => {
      const v = h.fake.openViews(PEOPLE.coordinator.id).at(-1);
      return v && v.hash !== view.hash ? v : undefined;
    });
    expect(h.fake.callsTo('views.update').length).toBeGreaterThan(0);
    const values = formValues(filled);
    expect(values[blockIdOf(filled, 'name')]?.value?.value).toBe('Kemitraan Perencanaan–Keuangan');
    expect(values[blockIdOf(filled, 'purpose')]?.value?.value).toContain('Menyelaraskan perencanaan');
    expect(values[blockIdOf(filled, 'units')]?.value?.selected_options?.map((o) => o.value)).toEqual([
      String(ren.id),
      String(keu.id),
    ]);
    expect(values[blockIdOf(filled, 'lead_unit')]?.value?.selected_option?.value).toBe(String(ren.id));

    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: filled.id,
      values,
    });
    expect(result.outcome.effect).toBe('updated');

    const created = byCode('PK-1');
    expect(created).toMatchObject({
      name: 'Kemitraan Perencanaan–Keuangan',
      template: 'planning_finance',
      leadUnitId: ren.id,
      channelId: SHARED_CHANNEL,
      timeZone: 'Asia/Jakarta',
      createdBy: PEOPLE.coordinator.id,
      status: 'active',
    });
    const id = created?.id ?? 0;
    const members = h.db.select().from(partnershipUnits).where(eq(partnershipUnits.partnershipId, id)).all();
    expect(members.map((m) => m.unitId).sort()).toEqual([ren.id, keu.id].sort());
    const roles = h.db.select().from(roleAssignments).where(eq(roleAssignments.partnershipId, id)).all();
    expect(roles.map((r) => [r.userId, r.role, r.unitId])).toEqual(
      expect.arrayContaining([
        [PEOPLE.coordinator.id, 'coordinator', ren.id],
        [PEOPLE.manager1.id, 'manager', ren.id],
        [PEOPLE.manager2.id, 'manager', keu.id],
      ]),
    );
    const goalRows = h.db.select().from(goals).where(eq(goals.partnershipId, id)).all();
    expect(goalRows.map((g) => g.title)).toEqual([
      'Rencana kerja dan anggaran selaras',
      'Penyerapan anggaran sesuai rencana',
    ]);
    expect(goalRows.map((g) => g.ownerUnitId)).toEqual([ren.id, keu.id]);
    const actions = h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.partnershipId, id))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['partnership.create', 'role.assign', 'goal.create']));

    const charter = await waitFor(() => byCode('PK-1')?.charterTs);
    const message = channelMessages().find((m) => m.ts === charter);
    const text = JSON.stringify(message?.blocks);
    expect(text).toContain('Piagam PK-1');
    expect(text).toContain('Biro Perencanaan (`REN`) — *unit utama*');
    expect(text).toContain('Rencana kerja dan anggaran selaras');
    expect(text).toContain('Unit Biro Perencanaan belum memiliki penghubung');
    expect(text).toContain('goal_progress_open');
    const notice = await waitFor(() =>
      channelMessages().find((m) => m.thread_ts === charter && m.ts !== charter),
    );
    expect(notice.text).toBe(`✏️ Kemitraan dibuat. — oleh <@${PEOPLE.coordinator.id}>`);

    const done = await waitFor(() => {
      const v = h.fake.openViews(PEOPLE.coordinator.id).at(-1);
      return v && JSON.stringify(v.blocks).includes('Piagam telah dikirim') ? v : undefined;
    });
    expect(JSON.stringify(done.blocks)).toContain('PK-1');
    await waitFor(() => h.fake.homeView(PEOPLE.coordinator.id), { what: 'the creator’s home' });
  });

  it('gives the next code to the next partnership, in English for an English user, from the global shortcut', async () => {
    await h.fake.sendShortcut({ userId: PEOPLE.english.id, callbackId: 'mitra_new_partnership' });
    const view = await waitFor(() => h.fake.openViews(PEOPLE.english.id).find((v) => v.submit !== null));
    expect(view.title?.text).toBe('New partnership');
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.english.id,
      viewId: view.id,
      values: formValues(view, {
        name: 'Operations and Support',
        purpose: 'Faster support for field operations.',
        units: [String(umum.id), String(keu.id)],
        lead_unit: String(umum.id),
        channel: SHARED_CHANNEL,
        start_date: '2026-02-02',
        review_date: '2026-08-01',
        time_zone: 'Asia/Makassar',
        suggested_roles: [],
      }),
    });
    expect(result.outcome.effect).toBe('updated');
    const created = byCode('PK-2');
    expect(created).toMatchObject({
      timeZone: 'Asia/Makassar',
      leadUnitId: umum.id,
      reviewDate: '2026-08-01',
    });
    const roles = h.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.partnershipId, created?.id ?? 0))
      .all();
    expect(roles.map((r) => r.role)).toEqual(['coordinator']);
    await waitFor(() => byCode('PK-2')?.charterTs);
  });

  it('takes any IANA zone typed in, and refuses one that does not exist', async () => {
    const view = await openModal(h, PEOPLE.coordinator.id, 'new');
    const fields = {
      name: 'Kemitraan Luar Negeri',
      purpose: 'Kerja sama.',
      units: [String(ren.id), String(umum.id)],
      lead_unit: String(ren.id),
      channel: SHARED_CHANNEL,
      time_zone: 'other',
    };
    const bad = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: formValues(view, { ...fields, time_zone_other: 'Mars/Olympus' }),
    });
    expect(bad.responseAction).toBe('errors');
    expect(h.fake.openViews(PEOPLE.coordinator.id).at(-1)?.errors?.time_zone_other).toContain(
      'Zona waktu tidak dikenal',
    );
    const good = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: formValues(view, { ...fields, time_zone_other: 'Asia/Singapore' }),
    });
    expect(good.outcome.effect).toBe('updated');
    expect(byCode('PK-3')?.timeZone).toBe('Asia/Singapore');
  });

  it('refuses bad input field by field in the user’s language and creates nothing', async () => {
    const before = h.db.select().from(partnerships).all().length;
    const view = await openModal(h, PEOPLE.english.id, 'new');
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.english.id,
      viewId: view.id,
      values: formValues(view, {
        name: '',
        purpose: 'x',
        units: [String(ren.id)],
        lead_unit: String(keu.id),
        channel: 'D0DIRECT',
        start_date: '2026-05-01',
        review_date: '2026-04-01',
      }),
    });
    expect(result.responseAction).toBe('errors');
    const errors = h.fake.openViews(PEOPLE.english.id).at(-1)?.errors ?? {};
    expect(errors[blockIdOf(view, 'name')]).toBe('Required.');
    expect(errors[blockIdOf(view, 'units')]).toBe('Choose at least two units.');
    expect(errors.channel).toBe('Choose a public or private channel, not a direct message.');
    expect(errors.review_date).toBe('This date must be after the start date.');
    expect(h.db.select().from(partnerships).all()).toHaveLength(before);
  });

  it('refuses a lead unit that does not take part, and units of another team or none at all', async () => {
    const before = h.db.select().from(partnerships).all().length;
    const view = await openModal(h, PEOPLE.coordinator.id, 'baru');
    const lead = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: formValues(view, {
        name: 'A',
        purpose: 'B',
        units: [String(ren.id), String(keu.id)],
        lead_unit: String(umum.id),
        channel: SHARED_CHANNEL,
      }),
    });
    expect(lead.responseAction).toBe('errors');
    expect(h.fake.openViews(PEOPLE.coordinator.id).at(-1)?.errors?.[blockIdOf(view, 'lead_unit')]).toBe(
      'Unit utama harus salah satu unit yang bermitra.',
    );
    const foreign = createUnit(h.db, { teamId: 'T0OTHER', code: 'ASING', name: 'Unit Tim Lain' });
    const crafted = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: formValues(view, {
        name: 'A',
        purpose: 'B',
        units: [String(ren.id), String(foreign.id)],
        lead_unit: String(ren.id),
        channel: SHARED_CHANNEL,
      }),
    });
    expect(crafted.responseAction).toBe('errors');
    expect(h.fake.openViews(PEOPLE.coordinator.id).at(-1)?.errors?.[blockIdOf(view, 'units')]).toContain(
      'tidak ditemukan',
    );
    expect(h.db.select().from(partnerships).all()).toHaveLength(before);
  });
});

describe('the charter', () => {
  it('in a private channel Mitra is not in, asks the creator to invite it first, and is posted once it is', async () => {
    h.fake.addChannel({
      id: 'G0PRIVATE',
      name: 'rahasia',
      isPrivate: true,
      botIsMember: false,
      members: [PEOPLE.coordinator.id],
    });
    const units = h.db.select().from(partnershipUnits).all();
    expect(units.length).toBeGreaterThan(0);
    const submit = async () => {
      const view = await openModal(h, PEOPLE.coordinator.id, 'baru');
      const ids = (
        view.blocks.find((b) => String(b.block_id).startsWith('units')) as unknown as {
          element: { options: { value: string }[] };
        }
      ).element.options.map((o) => o.value);
      const result = await h.fake.sendViewSubmission({
        userId: PEOPLE.coordinator.id,
        viewId: view.id,
        values: formValues(view, {
          name: 'Kemitraan Privat',
          purpose: 'Rahasia',
          units: ids.slice(0, 2),
          lead_unit: ids[0] ?? null,
          channel: 'G0PRIVATE',
        }),
      });
      return { result, error: h.fake.view(view.id)?.errors?.[blockIdOf(view, 'channel')] };
    };
    const count = h.db.select().from(partnerships).all().length;
    const refused = await submit();
    expect(refused.result.responseAction).toBe('errors');
    expect(refused.error).toContain('/invite @Mitra');
    expect(h.db.select().from(partnerships).all()).toHaveLength(count);

    h.fake.setBotMembership('G0PRIVATE', true);
    expect((await submit()).result.responseAction).toBe('update');
    const created = await waitFor(() =>
      h.db.select().from(partnerships).where(eq(partnerships.channelId, 'G0PRIVATE')).get(),
    );
    const ts = await waitFor(() => byCode(created.code)?.charterTs);
    expect(h.fake.messages('G0PRIVATE').some((m) => m.ts === ts)).toBe(true);
    // Its "created" notice in the thread is the last post; later tests count posts from here.
    await waitFor(() => h.fake.messages('G0PRIVATE').find((m) => m.thread_ts === ts && m.ts !== ts));
  });

  it('is updated in place after a change, with a notice in its thread saying what changed and who', async () => {
    const partnership = byCode('PK-1');
    if (!partnership?.charterTs) throw new Error('PK-1 has no charter');
    createGoal(h.db, {
      partnershipId: partnership.id,
      title: 'Sasaran baru dari uji',
      dueDate: '2026-12-31',
    });
    const posts = h.fake.callsTo('chat.postMessage').length;
    const outcome = await refreshCharter(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: partnership.id,
      notice: { actorId: PEOPLE.admin.id, key: 'unit.notice.updated', params: { name: 'Biro Uji' } },
    });
    expect(outcome).toMatchObject({ ok: true, action: 'updated', ts: partnership.charterTs });
    const message = channelMessages().find((m) => m.ts === partnership.charterTs);
    expect(JSON.stringify(message?.blocks)).toContain('Sasaran baru dari uji');
    expect(message?.edited).toBeDefined();
    const newPosts = h.fake.callsTo('chat.postMessage').slice(posts);
    expect(newPosts).toHaveLength(1);
    expect(newPosts[0]?.args.thread_ts).toBe(partnership.charterTs);
    expect(newPosts[0]?.args.text).toBe(`✏️ Unit Biro Uji diperbarui. — oleh <@${PEOPLE.admin.id}>`);
  });

  it('is posted again when someone deleted it', async () => {
    const partnership = byCode('PK-2');
    if (!partnership?.charterTs) throw new Error('PK-2 has no charter');
    await h.mitra.app.client.chat.delete({ channel: SHARED_CHANNEL, ts: partnership.charterTs });
    const outcome = await refreshCharter(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: partnership.id,
    });
    expect(outcome).toMatchObject({ ok: true, action: 'posted' });
    const ts = byCode('PK-2')?.charterTs;
    expect(ts).not.toBe(partnership.charterTs);
    expect(channelMessages().some((m) => m.ts === ts)).toBe(true);
  });

  it('stays within one message for a partnership with many goals, saying how many more there are', async () => {
    const partnership = byCode('PK-1');
    if (!partnership) throw new Error('no PK-1');
    for (let i = 0; i < 60; i++)
      createGoal(h.db, { partnershipId: partnership.id, title: `Sasaran massal ${i}` });
    const outcome = await refreshCharter(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: partnership.id,
    });
    expect(outcome.ok).toBe(true);
    const message = channelMessages().find((m) => m.ts === partnership.charterTs);
    expect(message?.blocks?.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message?.blocks)).toMatch(
      /dan \d+ lainnya\. Lihat semuanya dengan `\/mitra lihat PK-1`/,
    );
  });
});
