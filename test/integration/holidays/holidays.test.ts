import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeView, ViewStateValue } from '../../../sandbox/fake-slack/index.js';
import { auditLog, holidays } from '../../../src/db/schema/index.js';
import { manualClock } from '../../support/delivery.js';
import { TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
const clock = manualClock('2026-03-02T00:00:00Z');

beforeEach(async () => {
  h = await startHarness({ clock: clock.clock });
});
afterEach(async () => {
  await h.close();
});

async function openHolidays(userId = PEOPLE.admin.id): Promise<FakeView> {
  await h.fake.sendSlashCommand({ userId, text: 'libur', channelId: SHARED_CHANNEL });
  return waitFor(() => h.fake.openViews(userId)[0], { what: 'the holidays modal' });
}

const dateAndName = (
  generation: number,
  date: string,
  name: string,
): Record<string, Record<string, ViewStateValue>> => {
  const suffix = generation === 0 ? '' : `:${generation}`;
  return {
    [`holiday_date${suffix}`]: { holiday_date_input: { type: 'datepicker', selected_date: date } },
    [`holiday_name${suffix}`]: { holiday_name_input: { type: 'plain_text_input', value: name } },
  };
};

describe('/mitra libur', () => {
  it('is for admins only', async () => {
    const before = h.fake.responseUrlPosts().length;
    await h.fake.sendSlashCommand({
      userId: PEOPLE.coordinator.id,
      text: 'holidays',
      channelId: SHARED_CHANNEL,
    });
    const post = await waitFor(() => h.fake.responseUrlPosts()[before]);
    expect((post.body as { text: string }).text).toContain('hanya untuk admin');
    expect(h.fake.openViews(PEOPLE.coordinator.id)).toHaveLength(0);
  });

  it('lists the coming national holidays in the admin’s language', async () => {
    const view = await openHolidays();
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Kamis, 19 Maret 2026 — Hari Raya Nyepi');
    expect(text).toContain('Jumat, 20 Maret 2026 — Hari Raya Idulfitri');
    expect(text).toContain('Belum ada tanggal tambahan.');
    expect(text).not.toContain('1 Januari 2026'); // past
  });

  it('adds a date with a name, stays open on the refreshed list, and removes it again', async () => {
    let view = await openHolidays();
    const added = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: dateAndName(0, '2026-03-18', 'Cuti bersama Nyepi'),
    });
    expect(added.responseAction).toBe('update');
    const rows = h.db.select().from(holidays).all();
    expect(rows).toMatchObject([
      { teamId: TEAM, date: '2026-03-18', name: 'Cuti bersama Nyepi', createdBy: PEOPLE.admin.id },
    ]);
    expect(h.db.select().from(auditLog).where(eq(auditLog.action, 'holiday.add')).all()).toHaveLength(1);
    view = h.fake.view(view.id) as FakeView;
    expect(JSON.stringify(view.blocks)).toContain('Ditambahkan: Rabu, 18 Maret 2026 — Cuti bersama Nyepi.');
    expect(view.blocks.map((b) => b.block_id)).toContain('holiday_date:1');

    const duplicate = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: dateAndName(1, '2026-03-18', 'Lagi'),
    });
    expect(duplicate.responseAction).toBe('errors');
    expect(h.fake.view(view.id)?.errors).toEqual({ 'holiday_date:1': 'Tanggal ini sudah ada dalam daftar.' });

    await h.fake.sendBlockAction({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      actionId: 'holiday_remove',
      blockId: `holiday_${rows[0]?.id}`,
    });
    await waitFor(() => h.db.select().from(holidays).all().length === 0, { what: 'the date to be removed' });
    expect(h.db.select().from(auditLog).where(eq(auditLog.action, 'holiday.remove')).all()).toHaveLength(1);
    await waitFor(() =>
      JSON.stringify(h.fake.view(view.id)?.blocks).includes('Dihapus: Rabu, 18 Maret 2026'),
    );
  });

  it('shows a name with mrkdwn markup escaped in the notices of adding and removing it', async () => {
    const view = await openHolidays();
    await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: dateAndName(0, '2026-03-18', 'Cuti <!channel> <http://x.io|y>'),
    });
    const escaped = 'Cuti &lt;!channel&gt; &lt;http://x.io|y&gt;';
    const noticeOf = () =>
      JSON.stringify(h.fake.view(view.id)?.blocks.find((b) => b.type === 'context') ?? {});
    expect(noticeOf()).toContain(`Ditambahkan: Rabu, 18 Maret 2026 — ${escaped}.`);
    expect(noticeOf()).not.toContain('<!channel>');

    const [row] = h.db.select().from(holidays).all();
    await h.fake.sendBlockAction({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      actionId: 'holiday_remove',
      blockId: `holiday_${row?.id}`,
    });
    await waitFor(() => noticeOf().includes('Dihapus:'), { what: 'the removal notice' });
    expect(noticeOf()).toContain(escaped);
    expect(noticeOf()).not.toContain('<!channel>');
  });

  it('refuses a date in the past and a missing name, field by field', async () => {
    const view = await openHolidays();
    await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: dateAndName(0, '2026-01-02', '   '),
    });
    expect(h.fake.view(view.id)?.errors).toEqual({
      holiday_date: 'Pilih tanggal hari ini atau sesudahnya.',
      holiday_name: 'Wajib diisi.',
    });
    expect(h.db.select().from(holidays).all()).toHaveLength(0);
  });

  it('says an empty date is required, and refuses a national holiday by name', async () => {
    const view = await openHolidays();
    await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: {
        ...dateAndName(0, '2026-03-18', 'Cuti'),
        holiday_date: { holiday_date_input: { type: 'datepicker', selected_date: null } },
      },
    });
    expect(h.fake.view(view.id)?.errors).toEqual({ holiday_date: 'Wajib diisi.' });

    await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: dateAndName(0, '2026-03-20', 'Libur Lebaran'),
    });
    expect(h.fake.view(view.id)?.errors).toEqual({
      holiday_date: 'Tanggal ini sudah merupakan hari libur nasional: Hari Raya Idulfitri.',
    });
    expect(h.db.select().from(holidays).all()).toHaveLength(0);
  });
});
