import { setImmediate } from 'node:timers/promises';
import { insertDeliveries, type NewDelivery } from '../db/queries/deliveries.js';
import { listExtraHolidays } from '../db/queries/holidays.js';
import {
  advanceWatermarks,
  listActiveScheduleHeads,
  listActiveSchedulesById,
  type ScheduleHead,
  type ScheduleToPlan,
} from '../db/queries/schedules.js';
import type { Schedule } from '../db/schema/index.js';
import { cadenceOfSchedule, decideDue, formatSkipReason } from '../domain/reminders.js';
import { dueTimesBetween, MAX_RUNS, nextRuns } from '../domain/time/cadence.js';
import { type HolidayChecker, makeHolidayChecker } from '../domain/time/holidays.js';
import type { Services } from '../services.js';

const PLAN_SLICE = 50;

export function createPlanner(services: Services, options: { graceMs: number; log: Services['logger'] }) {
  const { graceMs, log } = options;
  /**
   * Walking the calendar for every schedule every minute (and loading each whole) would be most
   * of a quiet tick's cost, so each process remembers when a schedule is next due — in memory, not
   * in a column. The memory is only a shortcut: it holds for the schedule's last change
   * (`updated_at`, which every edit moves) and the watermark it was computed from; a schedule
   * changed, planned by another process with an older watermark, or never seen is computed again.
   */
  const nextDue = new Map<number, { updatedAtMs: number; after: number; at: number }>();

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

    // A quiet minute reads only the columns that say when each schedule is next due, and loads
    // whole only the schedules that may be due (or that this process has not seen as they are now).
    const heads = listActiveScheduleHeads(services.db);
    // Forget schedules no longer active (deleted, paused), so the memory stays bounded by the active ones.
    const active = new Set(heads.map((head) => head.id));
    for (const id of nextDue.keys()) if (!active.has(id)) nextDue.delete(id);
    const ids = heads.filter((head) => mayBeDue(head, now)).map((head) => head.id);
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
          advanceWatermarks(tx, { scheduleIds: advanced, to: now });
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
  ): { rows: NewDelivery[]; advanced: number[] } {
    const rows: NewDelivery[] = [];
    const advanced: number[] = [];
    for (const { schedule, partnershipStatus } of toPlan) {
      if (!mayBeDue(headOf(schedule), now)) continue;
      const cadence = cadenceOfSchedule(schedule);
      // Remembered until the next due time, so the schedule is not loaded again before then.
      const [next] = cadence.ok ? nextRuns(cadence.spec, { after: now, count: 1 }) : [];
      nextDue.set(schedule.id, {
        updatedAtMs: schedule.updatedAt.getTime(),
        after: now.getTime(),
        at: next?.at.getTime() ?? Infinity,
      });
      advanced.push(schedule.id);
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

  function headOf(schedule: Schedule): ScheduleHead {
    return {
      id: schedule.id,
      updatedAtMs: schedule.updatedAt.getTime(),
      lastRunAtMs: schedule.lastRunAt?.getTime() ?? null,
    };
  }
  function mayBeDue(head: ScheduleHead, now: Date): boolean {
    const known = nextDue.get(head.id);
    if (!known || head.lastRunAtMs === null || head.lastRunAtMs < known.after) return true;
    if (known.updatedAtMs !== head.updatedAtMs) return true;
    return now.getTime() >= known.at;
  }

  return { plan };
}
