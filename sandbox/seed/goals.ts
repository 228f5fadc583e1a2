/** Seeds each partnership's goals (sasaran) and their progress updates (realisasi). */
import { goals, goalTargets, progressUpdates } from '../../src/db/schema/index.js';
import { addDays, localDateOf } from '../../src/domain/time/calendar.js';
import { quarterOfDate } from '../../src/domain/time/quarters.js';
import { type GoalSeed, type SeedContext, type SeededPartnership, TIME_ZONE } from './shapes.js';

export function seedGoals(
  ctx: SeedContext,
  partnership: SeededPartnership,
  seeds: readonly GoalSeed[],
): Map<string, number> {
  const ids = new Map<string, number>();
  const { tx, teamId, today, daysAgo, unitId } = ctx;
  const { coordinator, created } = partnership;
  for (const goal of seeds) {
    const last = goal.progress[goal.progress.length - 1];
    const row = tx
      .insert(goals)
      .values({
        teamId,
        partnershipId: partnership.id,
        title: goal.title,
        indicator: goal.indicator,
        baseline: goal.baseline,
        target: goal.target,
        measureUnit: goal.measureUnit,
        dueDate: addDays(today, goal.dueInDays),
        ownerUnitId: unitId(goal.owner),
        personInChargeId: goal.personInCharge,
        currentValue: last ? last[1] : null,
        status: last ? last[2] : 'on_track',
        createdBy: coordinator,
        createdAt: created,
        updatedAt: last ? daysAgo(last[0]) : created,
      })
      .returning({ id: goals.id })
      .get();
    ids.set(goal.title, row.id);
    // The single target is this year's annual target, as the quarterly-reporting migration makes it.
    tx.insert(goalTargets)
      .values({ teamId, goalId: row.id, year: quarterOfDate(today).year, quarter: 0, value: goal.target })
      .run();
    for (const [ago, value, status, note] of goal.progress) {
      const { year, quarter } = quarterOfDate(localDateOf(daysAgo(ago), TIME_ZONE));
      tx.insert(progressUpdates)
        .values({
          teamId,
          goalId: row.id,
          value,
          status,
          note,
          year,
          quarter,
          userId: goal.personInCharge ?? coordinator,
          createdAt: daysAgo(ago),
        })
        .run();
    }
  }
  return ids;
}
