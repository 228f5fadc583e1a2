import { afterEach, describe, expect, it } from 'vitest';
import { deliveriesOf, reminderJob, reminderMessages } from '../../support/delivery.js';
import { createPartnership, createSchedule } from '../../support/factories.js';
import { type Harness, SHARED_CHANNEL, startHarness } from '../../support/harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/**
 * Schedules whose cadence needs the `nth`, `nth_weekday` or `anchor_date` column, read back from the
 * database by the reminder job: each column must reach the cadence, or the schedule never runs.
 */
describe('cadences that read more than weekdays from the schedule row', () => {
  it('posts a last-Friday-of-the-month and an every-two-weeks schedule on their dates only', async () => {
    h = await startHarness();
    const p = createPartnership(h.db, { channelId: SHARED_CHANNEL });
    const watermark = new Date('2026-02-28T17:00:00Z'); // Sunday 1 March 00:00 WIB
    const lastFriday = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'meeting',
      cadence: 'monthly_nth',
      weekdays: null,
      nth: -1,
      nthWeekday: 5,
      timeOfDay: '14:00',
      timeZone: 'Asia/Jakarta',
      skipHolidays: false,
      lastRunAt: watermark,
    });
    const everyOtherMonday = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'checkin',
      cadence: 'biweekly',
      weekdays: [1],
      anchorDate: '2026-03-04', // a Wednesday: its week (from Monday 2 March) is the first that runs
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
      skipHolidays: false,
      lastRunAt: watermark,
    });

    // Tick at each schedule's time of day (09:00 and 14:00 WIB) from 1 March to 30 April.
    const job = reminderJob(h);
    for (let day = 0; day < 61; day += 1) {
      const midnight = Date.parse('2026-02-28T17:00:00Z') + day * 86_400_000;
      await job.run({ now: new Date(midnight + 9 * 3_600_000) });
      await job.run({ now: new Date(midnight + 14 * 3_600_000) });
    }

    const due = (id: number) => deliveriesOf(h.db, id).map((d) => [d.dueAt.toISOString(), d.status]);
    expect(due(lastFriday.id)).toEqual([
      ['2026-03-27T07:00:00.000Z', 'sent'],
      ['2026-04-24T07:00:00.000Z', 'sent'],
    ]);
    expect(due(everyOtherMonday.id)).toEqual([
      ['2026-03-02T02:00:00.000Z', 'sent'],
      ['2026-03-16T02:00:00.000Z', 'sent'],
      ['2026-03-30T02:00:00.000Z', 'sent'],
      ['2026-04-13T02:00:00.000Z', 'sent'],
      ['2026-04-27T02:00:00.000Z', 'sent'],
    ]);
    expect(reminderMessages(h.fake, SHARED_CHANNEL)).toHaveLength(7);
  });
});
