/**
 * Each schedule stores when it is next due, so a quiet tick reads none of them: the planner keeps
 * the value, and every change to a schedule clears it for the next tick to compute again.
 */
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { listSchedulesToPlan, updateScheduleWithAudit } from '../../../src/db/queries/schedules.js';
import { schedules } from '../../../src/db/schema/index.js';
import { deliveriesOf, reminderJob } from '../../support/delivery.js';
import { createPartnership, createSchedule, TEAM } from '../../support/factories.js';
import { type Harness, startHarness } from '../../support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const stored = (harness: Harness, id: number) =>
  harness.db.select().from(schedules).where(eq(schedules.id, id)).get();

describe('the next due time a schedule stores', () => {
  it('is computed by the first tick, skips quiet ticks, and is cleared by a change', async () => {
    h = await startHarness();
    const p = createPartnership(h.db);
    // Every Monday 09:00 WIB (02:00 UTC); planned from Monday 2 March 2026, 01:00 UTC.
    const schedule = createSchedule(h.db, {
      partnershipId: p.id,
      lastRunAt: new Date('2026-03-02T01:00:00Z'),
    });
    expect(stored(h, schedule.id)?.nextDueAt).toBeNull();
    expect(listSchedulesToPlan(h.db, { now: new Date('2026-03-02T01:30:00Z') })).toEqual([schedule.id]);

    const job = reminderJob(h);
    await job.run({ now: new Date('2026-03-02T01:30:00Z') });
    expect(stored(h, schedule.id)?.nextDueAt?.toISOString()).toBe('2026-03-02T02:00:00.000Z');
    // Before then, a tick has nothing to read.
    expect(listSchedulesToPlan(h.db, { now: new Date('2026-03-02T01:59:00Z') })).toEqual([]);

    await job.run({ now: new Date('2026-03-02T02:00:30Z') });
    expect(deliveriesOf(h.db, schedule.id).map((d) => d.dueAt.toISOString())).toEqual([
      '2026-03-02T02:00:00.000Z',
    ]);
    expect(stored(h, schedule.id)?.nextDueAt?.toISOString()).toBe('2026-03-09T02:00:00.000Z');

    // Moved to Tuesdays: the stored time is cleared and the next tick finds Tuesday's run.
    const before = stored(h, schedule.id);
    if (!before) throw new Error('schedule vanished');
    updateScheduleWithAudit(h.db, {
      teamId: TEAM,
      scheduleId: schedule.id,
      actorId: 'UCOORD',
      now: new Date('2026-03-02T03:00:00Z'),
      values: {
        kind: before.kind,
        cadence: before.cadence,
        weekdays: [2],
        dayOfMonth: before.dayOfMonth,
        nth: before.nth,
        nthWeekday: before.nthWeekday,
        cronExpression: before.cronExpression,
        anchorDate: before.anchorDate,
        timeOfDay: before.timeOfDay,
        timeZone: before.timeZone,
        channelId: before.channelId,
        message: before.message,
        mentionRoles: before.mentionRoles,
        skipHolidays: before.skipHolidays,
        status: before.status,
      },
    });
    expect(stored(h, schedule.id)?.nextDueAt).toBeNull();
    await job.run({ now: new Date('2026-03-02T03:00:30Z') });
    expect(stored(h, schedule.id)?.nextDueAt?.toISOString()).toBe('2026-03-03T02:00:00.000Z');
  });
});
