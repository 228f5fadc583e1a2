import { afterEach, describe, expect, it } from 'vitest';
import { updateScheduleWithAudit } from '../../../src/db/queries/schedules.js';
import { scheduleJobs } from '../../../src/jobs/schedules.js';
import { deliveriesOf, fastClient, reminderJob, reminderMessages } from '../../support/delivery.js';
import { createPartnership, createSchedule, TEAM } from '../../support/factories.js';
import { type Harness, SHARED_CHANNEL, startHarness } from '../../support/harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** Monday 2 March 2026, 09:00 WIB. */
const DUE = new Date('2026-03-02T02:00:00Z');
const MINUTE = 60_000;

describe('the reminders tick at scale', () => {
  it('posts a burst larger than one batch in the same tick, each reminder once, in its own channel', async () => {
    h = await startHarness();
    const ids: Array<{ scheduleId: number; channel: string }> = [];
    for (let i = 1; i <= 7; i += 1) {
      const channel = `CBURST${i}`;
      h.fake.addChannel({ id: channel, name: `burst-${i}` });
      const p = createPartnership(h.db, { channelId: channel });
      const s = createSchedule(h.db, {
        partnershipId: p.id,
        cadence: 'workdays',
        lastRunAt: new Date(DUE.getTime() - MINUTE),
      });
      ids.push({ scheduleId: s.id, channel });
    }
    // Two deliveries a batch: the tick keeps taking batches instead of leaving five for later minutes.
    const [job] = scheduleJobs({ ...h.mitra.services }, fastClient(h.fake), {
      workerId: 'burst',
      maxPerTick: 2,
      concurrency: 3,
    });
    await job?.run({ now: new Date(DUE.getTime() + 5_000) });

    for (const { scheduleId, channel } of ids) {
      const [delivery] = deliveriesOf(h.db, scheduleId);
      expect(delivery?.status).toBe('sent');
      expect(reminderMessages(h.fake, channel).map((m) => m.deliveryId)).toEqual([delivery?.id]);
    }
  });

  it('plans again a schedule edited after its next due time was remembered', async () => {
    h = await startHarness();
    const p = createPartnership(h.db, { channelId: SHARED_CHANNEL });
    const schedule = createSchedule(h.db, {
      partnershipId: p.id,
      cadence: 'workdays',
      timeOfDay: '09:00',
      lastRunAt: new Date(DUE.getTime() - 60 * MINUTE),
    });
    const job = reminderJob(h);
    // 08:10 WIB: nothing due; the job now knows the next run is 09:00.
    await job.run({ now: new Date(DUE.getTime() - 50 * MINUTE) });
    expect(deliveriesOf(h.db, schedule.id)).toEqual([]);

    // Moved to 08:30 at 08:15: the 08:31 tick must not wait for the remembered 09:00.
    const {
      teamId: _team,
      id: _id,
      partnershipId: _p,
      createdBy: _c,
      createdAt: _ca,
      updatedAt: _u,
      lastRunAt: _l,
      pausedReason: _pr,
      ...values
    } = schedule;
    updateScheduleWithAudit(h.db, {
      teamId: TEAM,
      scheduleId: schedule.id,
      actorId: 'UCOORD',
      now: new Date(DUE.getTime() - 45 * MINUTE),
      values: { ...values, timeOfDay: '08:30' },
    });
    await job.run({ now: new Date(DUE.getTime() - 29 * MINUTE) });

    const delivered = deliveriesOf(h.db, schedule.id);
    expect(delivered.map((d) => [d.dueAt.toISOString(), d.status])).toEqual([
      ['2026-03-02T01:30:00.000Z', 'sent'],
    ]);
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(1);
  });

  it('lets other work run while it plans many schedules', async () => {
    h = await startHarness();
    const p = createPartnership(h.db, { channelId: SHARED_CHANNEL });
    for (let i = 0; i < 120; i += 1) {
      createSchedule(h.db, { partnershipId: p.id, cadence: 'workdays', lastRunAt: null });
    }
    const job = reminderJob(h);
    const order: string[] = [];
    const ticking = job.run({ now: DUE }).then(() => order.push('tick done'));
    setImmediate(() => order.push('other work'));
    await ticking;
    expect(order).toEqual(['other work', 'tick done']);
  });
});
