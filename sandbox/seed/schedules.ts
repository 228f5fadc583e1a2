/** Seeds each partnership's schedules, marked as run up to now so no backlog of reminders posts. */
import { schedules } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/time/calendar.js';
import { type ScheduleSeed, type SeedContext, type SeededPartnership, TIME_ZONE } from './shapes.js';

export function seedSchedules(
  ctx: SeedContext,
  partnership: SeededPartnership,
  seeds: readonly ScheduleSeed[],
): void {
  const { tx, teamId, today, now } = ctx;
  const { coordinator, created } = partnership;
  for (const schedule of seeds) {
    tx.insert(schedules)
      .values({
        teamId,
        partnershipId: partnership.id,
        kind: schedule.kind,
        cadence: schedule.cadence,
        weekdays: schedule.weekdays ?? null,
        dayOfMonth: schedule.dayOfMonth ?? null,
        anchorDate: schedule.anchorInDays === undefined ? null : addDays(today, schedule.anchorInDays),
        timeOfDay: schedule.timeOfDay,
        timeZone: TIME_ZONE,
        channelId: null,
        message: schedule.message,
        mentionRoles: schedule.mentionRoles,
        skipHolidays: true,
        status: 'active',
        // Everything before the demo started counts as done, so no backlog of reminders posts.
        lastRunAt: now,
        createdBy: coordinator,
        createdAt: created,
        updatedAt: created,
      })
      .run();
  }
}
