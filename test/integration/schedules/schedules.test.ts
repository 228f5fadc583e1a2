import { WebClient } from '@slack/web-api';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeView, ViewStateValue } from '../../../sandbox/fake-slack/index.js';
import { auditLog, deliveries, schedules } from '../../../src/db/schema/index.js';
import { manualClock } from '../../support/delivery.js';
import { createPartnership, createSchedule } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const CADENCE_ACTION = 'schedule_cadence_input';
let h: Harness;
const clock = manualClock('2026-03-02T00:00:00Z'); // Monday 07:00 WIB

beforeEach(async () => {
  clock.set('2026-03-02T00:00:00Z');
  h = await startHarness({ clock: clock.clock });
});
afterEach(async () => {
  await h.close();
});

const option = (value: string) => ({ text: { type: 'plain_text' as const, text: value }, value });
const select = (actionId: string, value: string): Record<string, ViewStateValue> => ({
  [actionId]: { type: 'static_select', selected_option: option(value) },
});
const multi = (actionId: string, values: string[]): Record<string, ViewStateValue> => ({
  [actionId]: { type: 'multi_static_select', selected_options: values.map(option) },
});
const checks = (actionId: string, values: string[]): Record<string, ViewStateValue> => ({
  [actionId]: { type: 'checkboxes', selected_options: values.map(option) },
});
const time = (value: string): Record<string, ViewStateValue> => ({
  [CADENCE_ACTION]: { type: 'timepicker', selected_time: value },
});
const date = (value: string): Record<string, ViewStateValue> => ({
  [CADENCE_ACTION]: { type: 'datepicker', selected_date: value },
});
const text = (actionId: string, value: string): Record<string, ViewStateValue> => ({
  [actionId]: { type: 'plain_text_input', value },
});

/** Types `/mitra <text>` and returns the modal it opened. */
async function openModal(userId: string, command: string): Promise<FakeView> {
  await h.fake.sendSlashCommand({ userId, text: command, channelId: SHARED_CHANNEL });
  return waitFor(() => h.fake.openViews(userId)[0], { what: 'the schedule modal' });
}

async function ephemeralAnswer(userId: string, command: string): Promise<string> {
  const before = h.fake.responseUrlPosts().length;
  await h.fake.sendSlashCommand({ userId, text: command, channelId: SHARED_CHANNEL });
  const post = await waitFor(() => h.fake.responseUrlPosts()[before], { what: 'an answer' });
  return String((post.body as { text?: string }).text ?? '');
}

const blockIds = (view: FakeView) => view.blocks.map((b) => b.block_id);
const previewOf = (view: FakeView) =>
  JSON.stringify(view.blocks.find((b) => b.block_id === 'schedule_preview') ?? {});
/** The preview's run lines, in order (the preview is a JSON-escaped mrkdwn string). */
const runsOf = (view: FakeView) => previewOf(view).match(/• [^•\\]+/g) ?? [];

/** Sends an action inside the modal, as its user, and waits for the modal to be redrawn. */
async function act(
  view: FakeView,
  action: { actionId: string } & Record<string, unknown>,
): Promise<FakeView> {
  await h.fake.sendBlockAction({ userId: view.user_id, viewId: view.id, ...action });
  return waitFor(
    () => {
      const now = h.fake.view(view.id);
      return now && now.hash !== view.hash && now;
    },
    { what: 'the modal to update' },
  );
}

/** Changes a cadence input and waits for the modal to be redrawn. */
const change = (view: FakeView, blockId: string, extra: Record<string, unknown>) =>
  act(view, { actionId: CADENCE_ACTION, blockId, ...extra });

/** Chooses an option of a select in the modal (a schedule to edit, a partnership). */
const choose = (view: FakeView, actionId: string, value: string) =>
  act(view, { actionId, selectedOption: option(value) });

function allSchedules() {
  return h.db.select().from(schedules).all();
}

describe('/mitra jadwal KODE', () => {
  it('opens the modal with the new schedule’s preview in the user’s language', async () => {
    const p = createPartnership(h.db);
    const view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    expect(view.callback_id).toBe('schedule_modal');
    expect(blockIds(view)).toEqual(
      expect.arrayContaining(['kind', 'cadence', 'weekdays', 'timeOfDay', 'timeZone', 'channel']),
    );
    const preview = previewOf(view);
    expect(preview).toContain('Setiap Senin pukul 09.00 WIB');
    expect(preview).toContain('Senin, 2 Maret 2026 pukul 09.00 WIB');
    expect(preview).toContain('Senin, 30 Maret 2026 pukul 09.00 WIB');

    const theirs = createPartnership(h.db, { coordinatorId: PEOPLE.english.id });
    const english = await openModal(PEOPLE.english.id, `schedule ${theirs.code}`);
    expect(previewOf(english)).toContain('Every Monday at 09:00 WIB');
    expect(previewOf(english)).toContain('Monday, 2 March 2026 at 09:00 WIB');
  });

  it('shows only the fields of the chosen cadence and refreshes the preview as it changes', async () => {
    const p = createPartnership(h.db);
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    view = await change(view, 'cadence', { selectedOption: option('monthly_nth') });
    expect(blockIds(view)).toEqual(expect.arrayContaining(['nth', 'nthWeekday', 'timeOfDay']));
    expect(blockIds(view)).not.toContain('weekdays');
    expect(previewOf(view)).toContain('Setiap bulan pada hari Senin pertama pukul 09.00 WIB');

    view = await change(view, 'nth', { selectedOption: option('-1') });
    view = await change(view, 'nthWeekday', { selectedOption: option('5') });
    view = await change(view, 'timeZone', { selectedOption: option('Asia/Makassar') });
    expect(previewOf(view)).toContain('Setiap bulan pada hari Jumat terakhir pukul 09.00 WITA');
    expect(previewOf(view)).toContain('Jumat, 27 Maret 2026 pukul 09.00 WITA');

    view = await change(view, 'cadence', { selectedOption: option('cron') });
    expect(blockIds(view)).toContain('cronExpression');
    expect(blockIds(view)).not.toContain('timeOfDay');
  });

  it('previews every change as it is: unticking all days shows the problem at once', async () => {
    const p = createPartnership(h.db);
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    view = await change(view, 'weekdays', { extra: { selected_options: [] } });
    expect(previewOf(view)).not.toContain('Setiap Senin');
    expect(previewOf(view)).toContain('Pilih paling sedikit satu hari.');
    view = await change(view, 'weekdays', { extra: { selected_options: [option('3')] } });
    expect(previewOf(view)).toContain('Setiap Rabu pukul 09.00 WIB');
  });

  it('lists a holiday the schedule will skip in the preview', async () => {
    clock.set('2026-03-15T00:00:00Z');
    const p = createPartnership(h.db);
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    view = await change(view, 'weekdays', { extra: { selected_options: [option('5')] } });
    expect(previewOf(view)).toContain(
      'Jumat, 20 Maret 2026 pukul 09.00 WIB — dilewati karena hari libur: Hari Raya Idulfitri',
    );
  });

  it('saves a new schedule with an audit entry and a watermark of now', async () => {
    const p = createPartnership(h.db);
    const view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: {
        kind: select('kind_select', 'meeting'),
        cadence: select(CADENCE_ACTION, 'weekly'),
        weekdays: multi(CADENCE_ACTION, ['1', '4']),
        timeOfDay: time('14:00'),
        timeZone: select(CADENCE_ACTION, 'Asia/Jayapura'),
        channel: { channel_select: { type: 'conversations_select', selected_conversation: SHARED_CHANNEL } },
        message: text('message_input', 'Agenda: capaian triwulan'),
        mentionRoles: checks('roles_input', ['coordinator', 'manager']),
        options: checks(CADENCE_ACTION, ['skip_holidays', 'active']),
      },
    });
    expect(result.outcome.effect).toBe('updated'); // the form becomes the "saved" view
    const [saved] = allSchedules();
    expect(saved).toMatchObject({
      partnershipId: p.id,
      kind: 'meeting',
      cadence: 'weekly',
      weekdays: [1, 4],
      timeOfDay: '14:00',
      timeZone: 'Asia/Jayapura',
      channelId: null,
      message: 'Agenda: capaian triwulan',
      mentionRoles: ['coordinator', 'manager'],
      skipHolidays: true,
      status: 'active',
      createdBy: PEOPLE.coordinator.id,
    });
    expect(saved?.lastRunAt?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    const audit = h.db.select().from(auditLog).where(eq(auditLog.action, 'schedule.create')).all();
    expect(audit).toHaveLength(1);
  });

  it('lets the user choose the starting week of an every-two-weeks schedule, previews and saves it', async () => {
    clock.set('2026-11-30T03:00:00Z'); // Monday 30 November, 10:00 WIB: this Monday's 09:00 has passed
    const p = createPartnership(h.db);
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    expect(blockIds(view)).not.toContain('anchorDate');

    view = await change(view, 'cadence', { selectedOption: option('biweekly') });
    const field = view.blocks.find((b) => b.block_id === 'anchorDate');
    expect(JSON.stringify(field)).toContain('"text":"Mulai minggu"');
    expect(JSON.stringify(field)).toContain('"initial_date":"2026-11-30"');
    // By default the rhythm starts this week; its Monday has passed, so the first run is in two weeks.
    expect(runsOf(view)[0]).toContain('Senin, 14 Desember 2026 pukul 09.00 WIB');
    expect(previewOf(view)).not.toContain('7 Desember');

    // One week later: the runs move to the odd weeks, starting in the chosen one.
    view = await change(view, 'anchorDate', { extra: { selected_date: '2026-12-07' } });
    expect(runsOf(view)[0]).toContain('Senin, 7 Desember 2026 pukul 09.00 WIB');
    expect(runsOf(view)[1]).toContain('Senin, 21 Desember 2026 pukul 09.00 WIB');

    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: { kind: select('kind_select', 'checkin'), options: checks(CADENCE_ACTION, ['active']) },
    });
    expect(result.outcome.effect).toBe('updated'); // the form becomes the "saved" view
    const [saved] = allSchedules();
    expect(saved).toMatchObject({ cadence: 'biweekly', weekdays: [1], anchorDate: '2026-12-07' });
  });

  it('shows an edited biweekly schedule’s own starting week', async () => {
    const p = createPartnership(h.db);
    const existing = createSchedule(h.db, {
      partnershipId: p.id,
      cadence: 'biweekly',
      weekdays: [3],
      anchorDate: '2026-03-11',
    });
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    view = await choose(view, 'schedule_pick_select', String(existing.id));
    expect(JSON.stringify(view.blocks.find((b) => b.block_id === 'anchorDate:1'))).toContain(
      '"initial_date":"2026-03-11"',
    );
    // 4 March is in the week before the anchor's, so the first run is the anchor's Wednesday.
    expect(runsOf(view)[0]).toContain('Rabu, 11 Maret 2026 pukul 09.00 WIB');
  });

  it('refuses a starting week that is not a date, in the user’s language, saving nothing', async () => {
    const p = createPartnership(h.db, { coordinatorId: PEOPLE.english.id });
    let view = await openModal(PEOPLE.english.id, `schedule ${p.code}`);
    view = await change(view, 'cadence', { selectedOption: option('biweekly') });
    for (const value of ['2026-02-30', '']) {
      const result = await h.fake.sendViewSubmission({
        userId: PEOPLE.english.id,
        viewId: view.id,
        values: { kind: select('kind_select', 'checkin'), anchorDate: date(value) },
      });
      expect(result.responseAction).toBe('errors');
      expect(h.fake.view(view.id)?.errors).toEqual({ anchorDate: 'Enter a valid start date (YYYY-MM-DD).' });
    }
    expect(allSchedules()).toHaveLength(0);
  });

  it('refuses an invalid cron expression and a missing weekday field by field, saving nothing', async () => {
    const p = createPartnership(h.db);
    const view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    const cron = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: {
        kind: select('kind_select', 'checkin'),
        cadence: select(CADENCE_ACTION, 'cron'),
        cronExpression: text(CADENCE_ACTION, '0 9 31 2 *'),
        timeZone: select(CADENCE_ACTION, 'Asia/Jakarta'),
      },
    });
    expect(cron.responseAction).toBe('errors');
    // The modal still shows the weekly fields (the cadence select was not dispatched), so the error
    // lands on the cadence block; after a redraw it lands on the cron block itself.
    const redrawn = await change(view, 'cadence', { selectedOption: option('cron') });
    const again = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: redrawn.id,
      values: {
        kind: select('kind_select', 'checkin'),
        cadence: select(CADENCE_ACTION, 'cron'),
        cronExpression: text(CADENCE_ACTION, '0 9 31 2 *'),
        timeZone: select(CADENCE_ACTION, 'Asia/Jakarta'),
      },
    });
    expect(again.responseAction).toBe('errors');
    expect(h.fake.view(redrawn.id)?.errors).toEqual({
      cronExpression: 'Ekspresi cron ini tidak pernah jatuh pada tanggal yang ada (misalnya 31 Februari).',
    });

    const weekly = await change(redrawn, 'cadence', { selectedOption: option('weekly') });
    await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: weekly.id,
      values: {
        kind: select('kind_select', 'checkin'),
        cadence: select(CADENCE_ACTION, 'weekly'),
        weekdays: multi(CADENCE_ACTION, []),
        timeOfDay: time('09:00'),
        timeZone: select(CADENCE_ACTION, 'Asia/Jakarta'),
      },
    });
    expect(h.fake.view(weekly.id)?.errors).toEqual({ weekdays: 'Pilih paling sedikit satu hari.' });
    expect(allSchedules()).toHaveLength(0);
  });

  it('edits an existing schedule chosen from the select, and pauses it', async () => {
    const p = createPartnership(h.db);
    const existing = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'checkin',
      weekdays: [2],
      timeOfDay: '10:00',
    });
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    view = await choose(view, 'schedule_pick_select', String(existing.id));
    expect(previewOf(view)).toContain('Setiap Selasa pukul 10.00 WIB');
    // Loading another schedule renames the input blocks, so Slack shows its values, not the old input.
    expect(blockIds(view)).toContain('kind:1');
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: {
        'kind:1': select('kind_select', 'checkin'),
        'cadence:1': select(CADENCE_ACTION, 'weekly'),
        'weekdays:1': multi(CADENCE_ACTION, ['2']),
        'timeOfDay:1': time('11:30'),
        'timeZone:1': select(CADENCE_ACTION, 'Asia/Jakarta'),
        'options:1': checks(CADENCE_ACTION, ['skip_holidays']),
      },
    });
    expect(result.outcome.effect).toBe('updated'); // the form becomes the "saved" view
    const [saved] = allSchedules();
    expect(saved).toMatchObject({ id: existing.id, timeOfDay: '11:30', status: 'paused' });
    expect(h.db.select().from(auditLog).where(eq(auditLog.action, 'schedule.update')).all()).toHaveLength(1);
  });

  it('deletes a schedule after confirmation', async () => {
    const p = createPartnership(h.db);
    const existing = createSchedule(h.db, { partnershipId: p.id });
    let view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    view = await choose(view, 'schedule_pick_select', String(existing.id));
    await h.fake.sendBlockAction({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      actionId: 'schedule_delete',
    });
    await waitFor(() => allSchedules().length === 0, { what: 'the schedule to be deleted' });
    expect(h.db.select().from(auditLog).where(eq(auditLog.action, 'schedule.delete')).all()).toHaveLength(1);
    const done = await waitFor(
      () => h.fake.view(view.id)?.callback_id === 'schedule_modal_done' && h.fake.view(view.id),
    );
    expect(JSON.stringify(done?.blocks)).toContain('telah dihapus');
  });

  it('refuses people who are not coordinators or admins', async () => {
    const p = createPartnership(h.db);
    const answer = await ephemeralAnswer(PEOPLE.outsider.id, `jadwal ${p.code}`);
    expect(answer).toContain(`Hanya koordinator kemitraan ${p.code} atau admin`);
    expect(h.fake.openViews(PEOPLE.outsider.id)).toHaveLength(0);
  });

  it('refuses a channel that is not a channel (a forged user id), in the user’s language, saving nothing', async () => {
    const submitWithChannel = async (userId: string, code: string, channel: string) => {
      const view = await openModal(userId, `jadwal ${code}`);
      await h.fake.sendViewSubmission({
        userId,
        viewId: view.id,
        values: {
          kind: select('kind_select', 'checkin'),
          cadence: select(CADENCE_ACTION, 'weekly'),
          weekdays: multi(CADENCE_ACTION, ['1']),
          timeOfDay: time('09:00'),
          timeZone: select(CADENCE_ACTION, 'Asia/Jakarta'),
          channel: { channel_select: { type: 'conversations_select', selected_conversation: channel } },
          options: checks(CADENCE_ACTION, ['skip_holidays', 'active']),
        },
      });
      return h.fake.view(view.id)?.errors;
    };
    const p = createPartnership(h.db);
    expect(await submitWithChannel(PEOPLE.coordinator.id, p.code, PEOPLE.outsider.id)).toEqual({
      channel: 'Pilih kanal publik atau privat, bukan pesan langsung.',
    });
    const theirs = createPartnership(h.db, { coordinatorId: PEOPLE.english.id });
    expect(await submitWithChannel(PEOPLE.english.id, theirs.code, 'D0DIRECT')).toEqual({
      channel: 'Choose a public or private channel, not a direct message.',
    });
    expect(allSchedules()).toHaveLength(0);
  });

  it('does not show another partnership’s schedule when the modal’s metadata is forged', async () => {
    const p = createPartnership(h.db);
    const other = createPartnership(h.db, { coordinatorId: PEOPLE.manager1.id });
    const secret = createSchedule(h.db, {
      partnershipId: other.id,
      kind: 'meeting',
      cadence: 'cron',
      weekdays: null,
      cronExpression: '7 13 * * 3',
      timeOfDay: '13:07',
    });
    const view = await openModal(PEOPLE.coordinator.id, `jadwal ${p.code}`);
    // A tampered client rewrites private_metadata to name the other partnership's schedule.
    const client = new WebClient(h.fake.botToken, { slackApiUrl: h.fake.apiUrl });
    await client.views.update({
      view_id: view.id,
      view: {
        type: 'modal',
        callback_id: view.callback_id,
        title: { type: 'plain_text', text: view.title?.text ?? 'Mitra' },
        ...(view.submit ? { submit: { type: 'plain_text', text: view.submit.text } } : {}),
        private_metadata: JSON.stringify({ p: p.id, s: secret.id, g: 0 }),
        blocks: view.blocks,
      },
    });
    const tampered = h.fake.view(view.id) as FakeView;
    // Fields the form does not show yet are filled from the schedule being edited, if any.
    const redrawn = await change(tampered, 'cadence', { selectedOption: option('cron') });
    expect(blockIds(redrawn)).toContain('cronExpression');
    expect(JSON.stringify(redrawn.blocks)).not.toContain('7 13 * * 3');
    expect(JSON.parse(redrawn.private_metadata)).toMatchObject({ p: p.id, s: null });
  });

  it('without a code, offers the partnerships the user coordinates first', async () => {
    const p = createPartnership(h.db);
    createPartnership(h.db, { coordinatorId: PEOPLE.manager1.id });
    let view = await openModal(PEOPLE.coordinator.id, 'jadwal');
    expect(blockIds(view)).toEqual(['partnership']);
    expect(JSON.stringify(view.blocks)).toContain(p.code);
    view = await choose(view, 'schedule_partnership_select', String(p.id));
    expect(blockIds(view)).toEqual(
      expect.arrayContaining(['partnership', 'kind:1', 'cadence:1', 'schedule_preview']),
    );
  });
});

describe('/mitra jadwal KODE uji', () => {
  it('posts one reminder now, marked as a test, without a delivery', async () => {
    const p = createPartnership(h.db);
    createSchedule(h.db, { partnershipId: p.id, kind: 'meeting', message: 'Agenda rapat' });
    const answer = await ephemeralAnswer(PEOPLE.coordinator.id, `jadwal ${p.code} uji`);
    expect(answer).toContain('Pengingat uji coba telah dikirim ke');
    expect(answer).toContain('(jenis: Pengingat rapat)');
    const [message] = h.fake.messages(SHARED_CHANNEL);
    expect(message?.text).toContain('[Uji coba]');
    expect(JSON.stringify(message?.blocks)).toContain('Agenda rapat');
    expect(message?.metadata?.event_type).toBe('mitra_reminder_test');
    expect(h.db.select().from(deliveries).all()).toHaveLength(0);
  });

  it('posts a chosen schedule by its number, and says when there is none', async () => {
    const p = createPartnership(h.db);
    createSchedule(h.db, { partnershipId: p.id, kind: 'meeting' });
    createSchedule(h.db, { partnershipId: p.id, kind: 'progress' });
    expect(await ephemeralAnswer(PEOPLE.coordinator.id, `schedule ${p.code} test 2`)).toContain(
      'Permintaan pemutakhiran capaian',
    );
    expect(await ephemeralAnswer(PEOPLE.coordinator.id, `jadwal ${p.code} uji 5`)).toContain(
      'Jadwal nomor 5 tidak ada',
    );
    const empty = createPartnership(h.db);
    expect(await ephemeralAnswer(PEOPLE.coordinator.id, `jadwal ${empty.code} uji`)).toContain(
      'belum memiliki jadwal',
    );
  });

  it('answers a mistyped word after the code with the test command, instead of opening the modal', async () => {
    const p = createPartnership(h.db);
    createSchedule(h.db, { partnershipId: p.id });
    const answer = await ephemeralAnswer(PEOPLE.coordinator.id, `jadwal ${p.code} tset`);
    expect(answer).toContain('Kata `tset` tidak dikenal');
    expect(answer).toContain(`\`/mitra jadwal ${p.code} test\``);
    expect(answer).toContain(`\`/mitra jadwal ${p.code}\``);
    const english = await ephemeralAnswer(PEOPLE.english.id, `schedule ${p.code} ujii`);
    expect(english).toContain(`\`/mitra schedule ${p.code} uji\``);
    expect(h.fake.openViews()).toHaveLength(0);
    expect(h.fake.messages(SHARED_CHANNEL)).toHaveLength(0);
  });
});
