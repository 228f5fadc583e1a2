import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveries, type Partnership } from '../../../src/db/schema/index.js';
import { refreshCharter } from '../../../src/slack/features/charter/flow.js';
import {
  createGoal,
  createPartnership,
  createRole,
  createSchedule,
  createUnit,
  TEAM,
} from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { mitra } from '../../support/partnerships.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let pk1: Partnership;
beforeAll(async () => {
  h = await startHarness();
  const ren = createUnit(h.db, { code: 'REN', name: 'Biro Perencanaan' });
  const keu = createUnit(h.db, { code: 'KEU', name: 'Biro Keuangan' });
  pk1 = createPartnership(h.db, { unitIds: [ren.id, keu.id], name: 'Perencanaan–Keuangan' });
  createRole(h.db, { partnershipId: pk1.id, unitId: keu.id, userId: PEOPLE.manager2.id, role: 'liaison' });
  createGoal(h.db, {
    partnershipId: pk1.id,
    title: 'Anggaran selaras',
    dueDate: '2020-01-31',
    personInChargeId: null,
  });
  createSchedule(h.db, { partnershipId: pk1.id, weekdays: [1], timeOfDay: '09:00' });
});
afterAll(async () => {
  await h.close();
});

/** Clicks a button in the last ephemeral the user got in the channel and waits for the answer. */
async function clickInEphemeral(userId: string, actionId: string, value?: string) {
  const ephemeral = h.fake.ephemerals(SHARED_CHANNEL, userId).at(-1);
  if (!ephemeral) throw new Error('no ephemeral');
  const before = h.fake.responseUrlPosts().length;
  await h.fake.sendBlockAction({
    userId,
    actionId,
    channelId: SHARED_CHANNEL,
    messageTs: ephemeral.ts,
    ...(value ? { value } : {}),
  });
  const post = await waitFor(() => h.fake.responseUrlPosts()[before]);
  return post.body as { replace_original?: boolean; blocks?: unknown[]; text?: string };
}

describe('/mitra daftar', () => {
  it('lists the coordinator’s partnerships with status, units, roles and gaps, and a button to show each', async () => {
    const answer = await mitra(h, PEOPLE.coordinator.id, 'daftar');
    expect(answer.text).toContain('Kemitraan Anda (1)');
    expect(answer.text).toContain('*PK-1* · Perencanaan–Keuangan');
    expect(answer.text).toContain('Peran Anda: Koordinator');
    expect(answer.text).toMatch(/⚠️ \d+ hal perlu tindak lanjut/);
    expect(answer.text).toContain('partnership_open');
  });

  it('tells someone with no partnership how to create one, in English', async () => {
    const answer = await mitra(h, PEOPLE.english.id, 'list');
    expect(answer.text).toContain('You are not part of any partnership yet. Type `/mitra new`');
  });

  it('shows an admin every partnership', async () => {
    const answer = await mitra(h, PEOPLE.admin.id, 'daftar');
    expect(answer.text).toContain('Semua kemitraan (1)');
  });

  it('pages past Slack’s block limit with a next button that replaces the list', async () => {
    const a = createUnit(h.db, { code: 'OPS', name: 'Operasional' });
    const b = createUnit(h.db, { code: 'UMUM', name: 'Umum' });
    for (let i = 0; i < 25; i++) {
      createPartnership(h.db, {
        unitIds: [a.id, b.id],
        coordinatorId: PEOPLE.manager3.id,
        name: `Kemitraan ${i}`,
      });
    }
    const answer = await mitra(h, PEOPLE.manager3.id, 'list');
    expect(answer.blocks.length).toBeLessThanOrEqual(50);
    expect(answer.text).toContain('Your partnerships (25)');
    expect(answer.text).toContain('Page 1 of 2');
    const next = await clickInEphemeral(
      PEOPLE.manager3.id,
      'partnership_list_next',
      JSON.stringify({ n: 2 }),
    );
    expect(next.replace_original).toBe(true);
    expect(JSON.stringify(next.blocks)).toContain('Page 2 of 2');
    expect(JSON.stringify(next.blocks)).toContain('partnership_list_previous');
  });
});

describe('/mitra lihat', () => {
  it('shows one partnership in full: goals with overdue, roles, schedules with their next run, gaps', async () => {
    const answer = await mitra(h, PEOPLE.coordinator.id, 'lihat pk1');
    expect(answer.text).toContain('Piagam PK-1 · Perencanaan–Keuangan');
    expect(answer.text).toContain('Anggaran selaras');
    expect(answer.text).toContain('⚠️ Melewati tenggat');
    expect(answer.text).toContain(`<@${PEOPLE.manager2.id}> — Penghubung, Biro Keuangan`);
    expect(answer.text).toContain('Setiap Senin pukul 09.00 WIB');
    expect(answer.text).toContain('Berikutnya:');
    expect(answer.text).toContain('Unit Biro Perencanaan belum memiliki penghubung');
    expect(answer.text).toContain('`/mitra peran PK-1`');
    expect(answer.text).toContain('`/mitra progres PK-1`');
  });

  it('says in words why a schedule is paused, and shows its failed delivery with the error', async () => {
    const ren = createUnit(h.db, { code: 'ARS', name: 'Biro Arsip' });
    const keu = createUnit(h.db, { code: 'HUM', name: 'Biro Humas' });
    const archived = createPartnership(h.db, { unitIds: [ren.id, keu.id], name: 'Arsip–Humas' });
    const schedule = createSchedule(h.db, {
      partnershipId: archived.id,
      kind: 'meeting',
      weekdays: [5],
      status: 'paused',
      pausedReason: 'channel_archived',
    });
    h.db
      .insert(deliveries)
      .values({
        teamId: TEAM,
        scheduleId: schedule.id,
        dueAt: new Date('2026-02-27T02:00:00Z'),
        status: 'failed',
        attempts: 1,
        lastError: 'is_archived',
      })
      .run();
    const answer = await mitra(h, PEOPLE.coordinator.id, `lihat ${archived.code}`);
    expect(answer.text).toContain('Pengingat rapat — Setiap Jumat pukul 09.00 WIB');
    expect(answer.text).toContain('dijeda: kanalnya diarsipkan');
    expect(answer.text).not.toContain('channel_archived');
    expect(answer.text).toContain('1 pengiriman gagal (terakhir: kanal telah diarsipkan)');
  });

  it('speaks English to an English user, with English command words in the fixes', async () => {
    const answer = await mitra(h, PEOPLE.english.id, 'show PK-1');
    expect(answer.text).toContain('Charter PK-1');
    expect(answer.text).toContain('Every Monday at 09:00 WIB');
    expect(answer.text).toContain('`/mitra role PK-1`');
  });

  it('says so when the code does not exist', async () => {
    const answer = await mitra(h, PEOPLE.coordinator.id, 'lihat PK-999');
    expect(answer.text).toContain('Kemitraan `PK-999` tidak ditemukan');
  });

  it('refuses someone outside the partnership who asks from elsewhere, but not from its channel', async () => {
    const sent = await h.fake.sendSlashCommand({ userId: PEOPLE.outsider.id, text: 'lihat PK-1' });
    const post = await waitFor(() => h.fake.answersTo(sent.responseUrl)[0]);
    expect(JSON.stringify(post.body)).toContain('Anda tidak terlibat dalam kemitraan PK-1');
    const inChannel = await mitra(h, PEOPLE.outsider.id, 'lihat PK-1');
    expect(inChannel.text).toContain('Piagam PK-1');
  });

  it('without a code, lists the partnerships to choose from', async () => {
    const answer = await mitra(h, PEOPLE.coordinator.id, 'lihat');
    expect(answer.text).toContain('Pilih kemitraan yang ingin dilihat');
    expect(answer.text).toContain('PK-1');
  });

  it('pages a partnership with many goals, each page within a message’s limits', async () => {
    for (let i = 0; i < 70; i++)
      createGoal(h.db, { partnershipId: pk1.id, title: `Sasaran ${i}`, dueDate: '2030-01-01' });
    const answer = await mitra(h, PEOPLE.coordinator.id, 'lihat PK-1');
    expect(answer.blocks.length).toBeLessThanOrEqual(50);
    expect(answer.text).toMatch(/Halaman 1 dari \d/);
    const next = await clickInEphemeral(
      PEOPLE.coordinator.id,
      'partnership_detail_next',
      JSON.stringify({ p: pk1.id, n: 2 }),
    );
    expect(next.replace_original).toBe(true);
    expect(JSON.stringify(next.blocks)).toMatch(/Halaman 2 dari \d/);
    expect((next.blocks ?? []).length).toBeLessThanOrEqual(50);
  });
});

describe('the partnership_open button', () => {
  it('on the charter, shows the clicker the detail privately', async () => {
    await refreshCharter(h.mitra.services, h.mitra.app.client, { teamId: TEAM, partnershipId: pk1.id });
    const charter = h.fake
      .messages(SHARED_CHANNEL)
      .find((m) => JSON.stringify(m.blocks).includes('Piagam PK-1'));
    if (!charter) throw new Error('no charter');
    const before = h.fake.responseUrlPosts().length;
    await h.fake.sendBlockAction({
      userId: PEOPLE.english.id,
      actionId: 'partnership_open',
      channelId: SHARED_CHANNEL,
      messageTs: charter.ts,
    });
    const post = await waitFor(() => h.fake.responseUrlPosts()[before]);
    const body = post.body as { replace_original?: boolean; response_type?: string; blocks?: unknown[] };
    expect(body.replace_original).toBe(false);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('Charter PK-1');
  });

  it('with a value that names no partnership of the team, says so and shows nothing', async () => {
    const before = h.fake.responseUrlPosts().length;
    await mitra(h, PEOPLE.coordinator.id, 'daftar');
    const list = h.fake.ephemerals(SHARED_CHANNEL, PEOPLE.coordinator.id).at(-1);
    await h.fake.sendBlockAction({
      userId: PEOPLE.coordinator.id,
      actionId: 'partnership_open',
      channelId: SHARED_CHANNEL,
      messageTs: list?.ts ?? '',
      value: '999999',
    });
    const post = await waitFor(() => h.fake.responseUrlPosts()[before + 1]);
    expect(JSON.stringify(post.body)).toContain('tidak ditemukan');
  });
});
