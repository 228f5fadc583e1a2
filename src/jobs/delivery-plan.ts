import { setImmediate } from 'node:timers/promises';
import { insertDeliveries, type NewDelivery } from '../db/queries/deliveries.js';
import { listExtraHolidays } from '../db/queries/holidays.js';
import {
  advanceWatermarks,
  listActiveSchedulesById,
  listSchedulesToPlan,
  NEVER_DUE,
  type ScheduleToPlan,
} from '../db/queries/schedules.js';
import { cadenceOfSchedule, decideDue, formatSkipReason } from '../domain/reminders.js';
import { dueTimesBetween, MAX_RUNS, nextRuns } from '../domain/time/cadence.js';
import { type HolidayChecker, makeHolidayChecker } from '../domain/time/holidays.js';
import type { Services } from '../services.js';

const PLAN_SLICE = 50;

export function createPlanner(services: Services, options: { graceMs: number; log: Services['logger'] }) {
  const { graceMs, log } = options;
  async function plan(now: Date): Promise<number> {
    const checkers = new Map<string, HolidayChecker>();
    const checkerFor = (teamId: string): HolidayChecker => {
      let checker = checkers.get(teamId);
      if (!checker) {
        const extraDates = listExtraHolidays(services.db, { teamId }).map((h) => ({
          date: h.date,
          name: h.name,
        }));
        checker = makeHolidayChecker({ extraDates, locale: services.config.locale });
        checkers.set(teamId, checker);
      }
      return checker;
    };

    // Walking the calendar for every schedule every minute would be most of a quiet tick's cost:
    // each schedule stores when it is next due, and a tick loads only those due by now (or not
    // known yet: new, changed or resumed ones, whose next due time this tick computes and stores).
    const ids = listSchedulesToPlan(services.db, { now });
    let inserted = 0;
    for (let i = 0; i < ids.length; i += PLAN_SLICE) {
      if (i > 0) await setImmediate(); // let requests in between slices
      const slice = ids.slice(i, i + PLAN_SLICE);
      // One write transaction per slice, reading the schedules inside it: `immediate` takes the
      // write lock up front, so a second process waits (busy_timeout) instead of failing on a lock
      // upgrade, and a schedule deleted meanwhile is not planned. The watermark moves only past due
      // times that now have their rows, which is all that missed-run detection needs.
      inserted += services.db.transaction(
        (tx) => {
          const { rows, advanced } = planSlice(listActiveSchedulesById(tx, slice), now, checkerFor);
          const count = insertDeliveries(tx, rows, now);
          advanceWatermarks(tx, { schedules: advanced, to: now });
          return count;
        },
        { behavior: 'immediate' },
      );
    }
    return inserted;
  }

  function planSlice(
    toPlan: readonly ScheduleToPlan[],
    now: Date,
    checkerFor: (teamId: string) => HolidayChecker,
  ): { rows: NewDelivery[]; advanced: { id: number; nextDueAt: Date }[] } {
    const rows: NewDelivery[] = [];
    const advanced: { id: number; nextDueAt: Date }[] = [];
    for (const { schedule, partnershipStatus } of toPlan) {
      // Another process planned it meanwhile: its next due time is still to come.
      if (schedule.nextDueAt && schedule.nextDueAt.getTime() > now.getTime()) continue;
      const cadence = cadenceOfSchedule(schedule);
      // Stored with the watermark, so the schedule is not loaded again before then.
      const [next] = cadence.ok ? nextRuns(cadence.spec, { after: now, count: 1 }) : [];
      advanced.push({ id: schedule.id, nextDueAt: next?.at ?? NEVER_DUE });
      // A paused or closed partnership posts nothing; its schedules do not owe the time it was paused.
      if (partnershipStatus !== 'active') continue;
      if (!cadence.ok) {
        log.warn(
          { schedule: schedule.id, errors: cadence.errors },
          'schedule has an invalid cadence; skipped',
        );
        continue;
      }
      // A schedule never planned before starts now: it owes nothing from before anyone looked.
      const from = schedule.lastRunAt ?? now;
      const options = { isHoliday: checkerFor(schedule.teamId), skipHolidays: schedule.skipHolidays };
      let after = from;
      for (;;) {
        const runs = dueTimesBetween(cadence.spec, after, now, options);
        for (const run of runs) {
          const base = { teamId: schedule.teamId, scheduleId: schedule.id, dueAt: run.at };
          if (run.skipped === 'holiday') {
            rows.push({
              ...base,
              status: 'skipped',
              skipReason: formatSkipReason('holiday', run.holidayName),
            });
          } else if (decideDue(run.at, now, graceMs) === 'missed') {
            rows.push({ ...base, status: 'skipped', skipReason: formatSkipReason('missed') });
          } else {
            rows.push({ ...base, status: 'pending' });
          }
        }
        const last = runs[runs.length - 1];
        if (runs.length < MAX_RUNS || !last) break;
        after = last.at;
      }
    }
    return { rows, advanced };
  }

  return { plan };
}
