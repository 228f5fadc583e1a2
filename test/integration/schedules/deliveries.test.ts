import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { listDeliveryProblems } from '../../../src/db/queries/deliveries.js';
import { deliveries, holidays, schedules } from '../../../src/db/schema/index.js';
import { reminderMetadata } from '../../../src/domain/reminders.js';
import {
  deliveriesOf,
  fastClient,
  manualClock,
  reminderJob,
  reminderMessages,
} from '../../support/delivery.js';
import { createGoal, createPartnership, createRole, createSchedule, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const MINUTE = 60_000;
const COORDINATOR_DM = 'DCOORD';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

async function start(env: NodeJS.ProcessEnv = {}) {
  h = await startHarness({ env });
  return h;
}

/** Runs the job every `stepMs` from `from` to `to`, as node-cron would (without waiting). */
async function runBetween(job: ReturnType<typeof reminderJob>, from: string, to: string, stepMs: number) {
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += stepMs) {
    await job.run({ now: new Date(t) });
  }
}

describe('a week of schedules', () => {
  it('posts every reminder once, on time, in each schedule’s own time zone', async () => {
    await start();
    const p = createPartnership(h.db, { channelId: SHARED_CHANNEL });
    const watermark = new Date('2026-03-01T17:00:00Z'); // Monday 00:00 WIB
    const workdays = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'checkin',
      cadence: 'workdays',
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
      mentionRoles: ['coordinator'],
      lastRunAt: watermark,
    });
    const meeting = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'meeting',
      cadence: 'weekly',
      weekdays: [1, 4],
      timeOfDay: '14:00',
      timeZone: 'Asia/Makassar',
      message: 'Rapat koordinasi: capaian minggu ini',
      lastRunAt: watermark,
    });
    const progress = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'progress',
      cadence: 'weekly',
      weekdays: [5],
      timeOfDay: '16:00',
      timeZone: 'Asia/Jayapura',
      lastRunAt: watermark,
    });
    const cron = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'checkin',
      cadence: 'cron',
      cronExpression: '30 8 * * 3',
      timeOfDay: '08:30',
      timeZone: 'Asia/Jakarta',
      lastRunAt: watermark,
    });
    createGoal(h.db, { partnershipId: p.id, personInChargeId: PEOPLE.manager1.id, status: 'at_risk' });

    const job = reminderJob(h);
    await runBetween(job, '2026-03-01T17:00:00Z', '2026-03-08T17:00:00Z', 5 * MINUTE);

    const due = (id: number) => deliveriesOf(h.db, id).map((d) => d.dueAt.toISOString());
    expect(due(workdays.id)).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-03T02:00:00.000Z',
      '2026-03-04T02:00:00.000Z',
      '2026-03-05T02:00:00.000Z',
      '2026-03-06T02:00:00.000Z',
    ]);
    expect(due(meeting.id)).toEqual(['2026-03-02T06:00:00.000Z', '2026-03-05T06:00:00.000Z']);
    expect(due(progress.id)).toEqual(['2026-03-06T07:00:00.000Z']);
    expect(due(cron.id)).toEqual(['2026-03-04T01:30:00.000Z']);

    const all = [workdays, meeting, progress, cron].flatMap((s) => deliveriesOf(h.db, s.id));
    for (const delivery of all) {
      expect(delivery.status).toBe('sent');
      expect(delivery.late).toBe(false);
      expect(delivery.attempts).toBe(1);
      const sentAt = delivery.sentAt?.getTime() ?? 0;
      expect(sentAt).toBeGreaterThanOrEqual(delivery.dueAt.getTime());
      expect(sentAt - delivery.dueAt.getTime()).toBeLessThanOrEqual(5 * MINUTE);
    }

    const posted = reminderMessages(h.fake, SHARED_CHANNEL);
    expect(posted).toHaveLength(9);
    expect(new Set(posted.map((m) => m.deliveryId))).toEqual(new Set(all.map((d) => d.id)));
    for (const delivery of all) {
      expect(posted.find((m) => m.deliveryId === delivery.id)?.ts).toBe(delivery.messageTs);
    }
    // Channel reminders speak the deployment's language (id) and mention the chosen role holders.
    const checkin = posted.find((m) => m.deliveryId === deliveriesOf(h.db, workdays.id)[0]?.id);
    expect(checkin?.text).toContain('Pemantauan berkala kemitraan');
    expect(JSON.stringify(checkin?.blocks)).toContain(`<@${PEOPLE.coordinator.id}>`);
    const meetingMessage = posted.find((m) => m.deliveryId === deliveriesOf(h.db, meeting.id)[0]?.id);
    expect(JSON.stringify(meetingMessage?.blocks)).toContain('Rapat koordinasi: capaian minggu ini');
    const prompt = posted.find((m) => m.deliveryId === deliveriesOf(h.db, progress.id)[0]?.id);
    expect(JSON.stringify(prompt?.blocks)).toContain(`<@${PEOPLE.manager1.id}>`);
    expect(JSON.stringify(prompt?.blocks)).toContain('goal_progress_open');
  });

  it('does not post twice when two runners in one process race on the same tick', async () => {
    await start();
    const p = createPartnership(h.db);
    const list = Array.from({ length: 10 }, () =>
      createSchedule(h.db, { partnershipId: p.id, lastRunAt: new Date('2026-03-02T01:59:00Z') }),
    );
    const a = reminderJob(h, fastClient(h.fake), 'worker-a');
    const b = reminderJob(h, fastClient(h.fake), 'worker-b');
    const now = new Date('2026-03-02T02:00:00Z');
    await Promise.all([a.run({ now }), b.run({ now })]);
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(10);
    expect(list.flatMap((s) => deliveriesOf(h.db, s.id)).every((d) => d.status === 'sent')).toBe(true);
  });
});

describe('the charter after reminders', () => {
  it('refreshes the charter once per partnership after a tick that posted, so its next run is current', async () => {
    const clock = manualClock('2026-03-02T02:00:00Z'); // Monday 09:00 WIB
    h = await startHarness({ clock: clock.clock });
    const p = createPartnership(h.db, { channelId: SHARED_CHANNEL });
    for (let i = 0; i < 2; i += 1) {
      createSchedule(h.db, {
        partnershipId: p.id,
        cadence: 'workdays',
        timeOfDay: '09:00',
        timeZone: 'Asia/Jakarta',
        lastRunAt: new Date('2026-03-02T01:59:00Z'),
      });
    }
    const job = reminderJob(h);
    const charters = () =>
      h.fake
        .messages(SHARED_CHANNEL)
        .filter((m) => !reminderMessages(h.fake, SHARED_CHANNEL).some((r) => r.ts === m.ts));

    await job.run({ now: clock.clock() });
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(2);
    expect(charters()).toHaveLength(1);
    const first = JSON.stringify(charters()[0]?.blocks);
    expect(first).toContain('Berikutnya');

    clock.set('2026-03-03T02:00:00Z');
    const updatesBefore = h.fake.callsTo('chat.update').length;
    await job.run({ now: clock.clock() });
    expect(h.fake.callsTo('chat.update').length - updatesBefore).toBe(1);
    expect(charters()).toHaveLength(1);
    expect(JSON.stringify(charters()[0]?.blocks)).not.toBe(first);

    // A quiet tick posts nothing and leaves the charter alone.
    clock.set('2026-03-03T02:05:00Z');
    await job.run({ now: clock.clock() });
    expect(h.fake.callsTo('chat.update').length - updatesBefore).toBe(1);
  });
});

describe('missed runs and restarts', () => {
  it('posts a run missed while the app was down late, with a note, and records older ones as skipped', async () => {
    await start();
    const p = createPartnership(h.db);
    const s = createSchedule(h.db, {
      partnershipId: p.id,
      cadence: 'workdays',
      lastRunAt: new Date('2026-03-02T01:00:00Z'), // Monday 08:00 WIB, then the app went down
    });
    // Back on Wednesday at 11:00 WIB: Monday and Tuesday are beyond the 6-hour window, Wednesday is not.
    await reminderJob(h).run({ now: new Date('2026-03-04T04:00:00Z') });

    const rows = deliveriesOf(h.db, s.id);
    expect(rows.map((d) => [d.dueAt.toISOString(), d.status, d.skipReason, d.late])).toEqual([
      ['2026-03-02T02:00:00.000Z', 'skipped', 'missed', false],
      ['2026-03-03T02:00:00.000Z', 'skipped', 'missed', false],
      ['2026-03-04T02:00:00.000Z', 'sent', null, true],
    ]);
    const [message] = reminderMessages(h.fake, SHARED_CHANNEL);
    expect(JSON.stringify(message?.blocks)).toContain(
      'Pengingat ini dikirim melewati jadwalnya: seharusnya dikirim pada Rabu, 4 Maret 2026 pukul 09.00 WIB.',
    );
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
    // Missed runs are problems people should see; the query for lihat/App Home lists them.
    const problems = listDeliveryProblems(h.db, { teamId: TEAM, partnershipId: p.id });
    expect(problems.map((x) => x.skipReason)).toEqual(['missed', 'missed']);
  });

  it('uses MITRA_GRACE_HOURS for the window', async () => {
    await start({ MITRA_GRACE_HOURS: '1' });
    const p = createPartnership(h.db);
    const s = createSchedule(h.db, { partnershipId: p.id, lastRunAt: new Date('2026-03-02T01:00:00Z') });
    await reminderJob(h).run({ now: new Date('2026-03-02T04:00:00Z') }); // 2 hours late
    expect(deliveriesOf(h.db, s.id).map((d) => d.status)).toEqual(['skipped']);
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(0);
  });

  it('catches up after the host slept through several ticks, without doubling anything', async () => {
    await start();
    const p = createPartnership(h.db);
    const s = createSchedule(h.db, {
      partnershipId: p.id,
      cadence: 'cron',
      cronExpression: '0 9-12 * * *',
      timeOfDay: '09:00',
      lastRunAt: new Date('2026-03-02T01:55:00Z'),
    });
    const job = reminderJob(h);
    await job.run({ now: new Date('2026-03-02T02:00:00Z') });
    // The laptop sleeps from 09:00 to 11:30 WIB; the next tick sees 10:00 and 11:00 at once.
    await job.run({ now: new Date('2026-03-02T04:30:00Z') });
    await job.run({ now: new Date('2026-03-02T04:31:00Z') });
    const rows = deliveriesOf(h.db, s.id);
    expect(rows.map((d) => [d.status, d.late])).toEqual([
      ['sent', false],
      ['sent', true],
      ['sent', true],
    ]);
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(3);
  });

  it('after a restart, finds a reminder the dead process posted but never marked, and does not post it again', async () => {
    await start();
    const p = createPartnership(h.db);
    const s = createSchedule(h.db, { partnershipId: p.id, lastRunAt: new Date('2026-03-02T02:00:00Z') });
    const dueAt = new Date('2026-03-02T02:00:00Z');
    // The process that died had claimed the delivery and posted it, then was killed.
    const row = h.db
      .insert(deliveries)
      .values({ teamId: TEAM, scheduleId: s.id, dueAt, claimedBy: 'dead', claimedAt: dueAt, attempts: 1 })
      .returning()
      .get();
    const posted = await fastClient(h.fake).chat.postMessage({
      channel: SHARED_CHANNEL,
      text: 'reminder',
      metadata: reminderMetadata(row.id),
    });

    const job = reminderJob(h);
    // Within the claim's lifetime nobody touches it: the owner may only be slow.
    await job.run({ now: new Date(dueAt.getTime() + 5 * MINUTE) });
    expect(deliveriesOf(h.db, s.id)[0]?.status).toBe('pending');
    // Once the claim is stale the new process looks in the channel first.
    await job.run({ now: new Date(dueAt.getTime() + 11 * MINUTE) });
    const [stored] = deliveriesOf(h.db, s.id);
    expect(stored).toMatchObject({ status: 'sent', messageTs: posted.ts, attempts: 2 });
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
    const lookup = h.fake.callsTo('conversations.history').at(-1);
    expect(lookup?.args.include_all_metadata).toBeTruthy();
  });

  it('after a restart, posts a claimed reminder the dead process never got out, once', async () => {
    await start();
    const p = createPartnership(h.db);
    const s = createSchedule(h.db, { partnershipId: p.id, lastRunAt: new Date('2026-03-02T02:00:00Z') });
    const dueAt = new Date('2026-03-02T02:00:00Z');
    h.db
      .insert(deliveries)
      .values({ teamId: TEAM, scheduleId: s.id, dueAt, claimedBy: 'dead', claimedAt: dueAt, attempts: 1 })
      .run();
    const job = reminderJob(h);
    await job.run({ now: new Date(dueAt.getTime() + 11 * MINUTE) });
    await job.run({ now: new Date(dueAt.getTime() + 12 * MINUTE) });
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({ status: 'sent', late: true });
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
  });
});

describe('holidays', () => {
  it('skips national holidays and admin-added dates where the schedule asks, and records why', async () => {
    await start();
    const p = createPartnership(h.db);
    h.db
      .insert(holidays)
      .values({ teamId: TEAM, date: '2026-03-18', name: 'Cuti bersama Nyepi', createdBy: PEOPLE.admin.id })
      .run();
    const watermark = new Date('2026-03-15T17:00:00Z');
    const skipping = createSchedule(h.db, { partnershipId: p.id, cadence: 'workdays', lastRunAt: watermark });
    const working = createSchedule(h.db, {
      partnershipId: p.id,
      cadence: 'workdays',
      skipHolidays: false,
      lastRunAt: watermark,
    });
    const job = reminderJob(h);
    await runBetween(job, '2026-03-16T00:00:00Z', '2026-03-21T00:00:00Z', 30 * MINUTE);

    expect(
      deliveriesOf(h.db, skipping.id).map((d) => [
        d.dueAt.toISOString().slice(0, 10),
        d.status,
        d.skipReason,
      ]),
    ).toEqual([
      ['2026-03-16', 'sent', null],
      ['2026-03-17', 'sent', null],
      ['2026-03-18', 'skipped', 'holiday:Cuti bersama Nyepi'],
      ['2026-03-19', 'skipped', 'holiday:Hari Raya Nyepi'],
      ['2026-03-20', 'skipped', 'holiday:Hari Raya Idulfitri'],
    ]);
    expect(deliveriesOf(h.db, working.id).map((d) => d.status)).toEqual(Array(5).fill('sent'));
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(7);
    // Holiday skips are not problems.
    expect(listDeliveryProblems(h.db, { teamId: TEAM, partnershipId: p.id })).toEqual([]);
  });

  it('computes the holiday in the schedule’s own zone (Idul Fitri in WIT starts before it does in UTC)', async () => {
    await start();
    const p = createPartnership(h.db, { timeZone: 'Asia/Jayapura' });
    // 07:00 WIT on Friday 20 March is 22:00 UTC on Thursday 19 March.
    const s = createSchedule(h.db, {
      partnershipId: p.id,
      weekdays: [5],
      timeOfDay: '07:00',
      timeZone: 'Asia/Jayapura',
      lastRunAt: new Date('2026-03-19T21:00:00Z'),
    });
    await reminderJob(h).run({ now: new Date('2026-03-19T22:00:00Z') });
    expect(deliveriesOf(h.db, s.id).map((d) => d.skipReason)).toEqual(['holiday:Hari Raya Idulfitri']);
  });
});

describe('Slack trouble', () => {
  const due = new Date('2026-03-02T02:00:00Z');
  const before = new Date('2026-03-02T01:59:00Z');

  async function oneSchedule(overrides: Partial<Parameters<typeof createSchedule>[1]> = {}) {
    await start();
    const p = createPartnership(h.db);
    return createSchedule(h.db, { partnershipId: p.id, lastRunAt: before, ...overrides });
  }

  it('waits Retry-After on a 429 and posts once', async () => {
    const s = await oneSchedule();
    h.fake.injectFault('chat.postMessage', { kind: 'rate_limited', retryAfter: 1 });
    await reminderJob(h, h.mitra.app.client).run({ now: due });
    // The charter posted after the reminder carries metadata of its own.
    const reminderPosts = h.fake
      .callsTo('chat.postMessage')
      .filter((c) => JSON.stringify(c.args.metadata ?? {}).includes('"mitra_reminder"'));
    expect(reminderPosts.map((c) => c.status)).toEqual([429, 200]);
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
  });

  it('retries a passing 5xx within the same tick through the Web API client', async () => {
    const s = await oneSchedule();
    h.fake.injectFault('chat.postMessage', { kind: 'http_error', status: 503 });
    await reminderJob(h, h.mitra.app.client).run({ now: due });
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
  });

  it('retries a 5xx on later ticks with back-off, then gives up as failed with the last error', async () => {
    const s = await oneSchedule();
    h.fake.injectFault('chat.postMessage', { kind: 'http_error', status: 500 }, 100);
    const job = reminderJob(h);
    const attemptsAt = async (minutes: number) => {
      await job.run({ now: new Date(due.getTime() + minutes * MINUTE) });
      return deliveriesOf(h.db, s.id)[0];
    };
    expect(await attemptsAt(0)).toMatchObject({ status: 'pending', attempts: 1, claimedBy: null });
    expect((await attemptsAt(0.5))?.attempts).toBe(1); // back-off: not before a minute
    expect((await attemptsAt(1))?.attempts).toBe(2);
    expect((await attemptsAt(3))?.attempts).toBe(3);
    expect((await attemptsAt(7))?.attempts).toBe(4);
    const last = await attemptsAt(15);
    expect(last).toMatchObject({ status: 'failed', attempts: 5 });
    expect(last?.lastError).toContain('500');
    await attemptsAt(60);
    expect(deliveriesOf(h.db, s.id)[0]?.attempts).toBe(5);
    expect(h.fake.messages(SHARED_CHANNEL)).toHaveLength(0);
    const [problem] = listDeliveryProblems(h.db, { teamId: TEAM, partnershipId: s.partnershipId });
    expect(problem).toMatchObject({ status: 'failed', attempts: 5, kind: 'checkin' });
  });

  it('posts once after a time-out whose message did arrive, by finding it in the history', async () => {
    const s = await oneSchedule();
    h.fake.injectFault('chat.postMessage', { kind: 'slow', ms: 600 });
    const job = reminderJob(h, fastClient(h.fake, 200));
    await job.run({ now: due });
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({ status: 'pending', attempts: 1 });
    // Slack got the message in the end; the app does not know.
    const [arrived] = await waitFor(() => {
      const list = reminderMessages(h.fake, SHARED_CHANNEL);
      return list.length > 0 && list;
    });
    await job.run({ now: new Date(due.getTime() + MINUTE) });
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({
      status: 'sent',
      messageTs: arrived?.ts,
      attempts: 2,
    });
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
  });

  it('joins a public channel it is not in, and posts', async () => {
    const s = await oneSchedule();
    h.fake.setBotMembership(SHARED_CHANNEL, false);
    await reminderJob(h).run({ now: due });
    expect(h.fake.callsTo('conversations.join')).toHaveLength(1);
    expect(deliveriesOf(h.db, s.id)[0]?.status).toBe('sent');
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
  });

  it('asks the coordinators by DM to invite Mitra to a private channel, and posts once invited', async () => {
    await start();
    h.fake.addChannel({ id: 'CPRIVATE', name: 'rahasia', isPrivate: true, botIsMember: false });
    const p = createPartnership(h.db, { channelId: 'CPRIVATE' });
    const s = createSchedule(h.db, { partnershipId: p.id, lastRunAt: before });
    const job = reminderJob(h);
    await job.run({ now: due });
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({ status: 'pending', lastError: 'not_in_channel' });
    const dms = h.fake.messages(COORDINATOR_DM);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.text).toContain('/invite @Mitra');
    await job.run({ now: new Date(due.getTime() + MINUTE) });
    expect(h.fake.messages(COORDINATOR_DM)).toHaveLength(1); // told once, not every retry
    h.fake.setBotMembership('CPRIVATE', true);
    await job.run({ now: new Date(due.getTime() + 3 * MINUTE) });
    expect(deliveriesOf(h.db, s.id)[0]?.status).toBe('sent');
    expect(reminderMessages(h.fake, 'CPRIVATE')).toHaveLength(1);
  });

  it.each([
    ['archived', 'channel_archived', 'is_archived', 'diarsipkan'],
    ['deleted', 'channel_not_found', 'channel_not_found', 'tidak menemukan kanal'],
  ] as const)(
    'pauses the schedule when its channel was %s and tells the coordinators',
    async (what, reason, error, words) => {
      const s = await oneSchedule();
      const other = createSchedule(h.db, { partnershipId: s.partnershipId, lastRunAt: before });
      if (what === 'archived') h.fake.archiveChannel(SHARED_CHANNEL);
      else h.fake.deleteChannel(SHARED_CHANNEL);
      const job = reminderJob(h);
      await job.run({ now: due });
      const paused = h.db.select().from(schedules).where(eq(schedules.id, s.id)).get();
      expect(paused).toMatchObject({ status: 'paused', pausedReason: reason });
      expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({ status: 'failed', lastError: error });
      expect(h.fake.messages(COORDINATOR_DM).length).toBeGreaterThanOrEqual(1);
      expect(h.fake.messages(COORDINATOR_DM)[0]?.text).toContain(words);
      // Later ticks plan nothing for a paused schedule.
      await job.run({ now: new Date(due.getTime() + 7 * 24 * 60 * MINUTE) });
      expect(deliveriesOf(h.db, s.id)).toHaveLength(1);
      expect(other.id).toBeGreaterThan(0);
    },
  );

  it('pauses the schedules of a channel when Slack says it was archived (channel_archive event)', async () => {
    const s = await oneSchedule();
    h.fake.addChannel({ id: 'COTHER', name: 'lain' });
    const elsewhere = createSchedule(h.db, { partnershipId: s.partnershipId, channelId: 'COTHER' });
    const sent = await h.fake.sendEvent({
      type: 'channel_archive',
      channel: SHARED_CHANNEL,
      user: PEOPLE.admin.id,
    });
    expect(sent.status).toBe(200);
    await waitFor(
      () => h.db.select().from(schedules).where(eq(schedules.id, s.id)).get()?.status === 'paused',
    );
    expect(h.db.select().from(schedules).where(eq(schedules.id, s.id)).get()?.pausedReason).toBe(
      'channel_archived',
    );
    expect(h.db.select().from(schedules).where(eq(schedules.id, elsewhere.id)).get()?.status).toBe('active');
    await waitFor(() => h.fake.messages(COORDINATOR_DM).length > 0);
  });
});

describe('schedules of a partnership that is not active', () => {
  it('posts nothing and owes nothing when the partnership is resumed', async () => {
    await start();
    const p = createPartnership(h.db, { status: 'paused' });
    const s = createSchedule(h.db, { partnershipId: p.id, lastRunAt: new Date('2026-03-02T01:00:00Z') });
    await reminderJob(h).run({ now: new Date('2026-03-02T03:00:00Z') });
    expect(deliveriesOf(h.db, s.id)).toHaveLength(0);
    expect(h.db.select().from(schedules).where(eq(schedules.id, s.id)).get()?.lastRunAt?.toISOString()).toBe(
      '2026-03-02T03:00:00.000Z',
    );
  });
});

// A check-in lists goals in trouble; role holders to mention come from the role table.
describe('check-in content', () => {
  it('names at-risk, off-track and overdue goals with progress buttons, and mentions the chosen roles', async () => {
    await start();
    const p = createPartnership(h.db);
    createRole(h.db, {
      partnershipId: p.id,
      unitId: p.leadUnitId,
      userId: PEOPLE.manager2.id,
      role: 'liaison',
    });
    const risky = createGoal(h.db, { partnershipId: p.id, title: 'Laporan bersama', status: 'at_risk' });
    const late = createGoal(h.db, { partnershipId: p.id, title: 'SOP anggaran', dueDate: '2026-02-27' });
    createGoal(h.db, { partnershipId: p.id, title: 'Baik-baik saja', dueDate: '2026-12-01' });
    createSchedule(h.db, {
      partnershipId: p.id,
      mentionRoles: ['liaison'],
      lastRunAt: new Date('2026-03-02T01:59:00Z'),
    });
    await reminderJob(h).run({ now: new Date('2026-03-02T02:00:00Z') });
    const [message] = reminderMessages(h.fake, SHARED_CHANNEL);
    const blocks = JSON.stringify(message?.blocks);
    expect(blocks).toContain('Laporan bersama');
    expect(blocks).toContain('SOP anggaran');
    expect(blocks).toContain('melewati tenggat sejak Jumat, 27 Februari 2026');
    expect(blocks).not.toContain('Baik-baik saja');
    expect(blocks).toContain(`<@${PEOPLE.manager2.id}>`);
    expect(blocks).not.toContain(`<@${PEOPLE.coordinator.id}>`);
    expect(blocks).toContain(`"value":"${risky.id}"`);
    expect(blocks).toContain(`"value":"${late.id}"`);
    expect(blocks).toContain('partnership_open');
  });
});
