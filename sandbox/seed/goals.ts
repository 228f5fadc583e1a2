/** Seeds each partnership's goals (sasaran) and their progress updates (realisasi). */
import { goals, progressUpdates } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/time/calendar.js';
import type { GoalSeed, SeedContext, SeededPartnership } from './shapes.js';

export function seedGoals(
  ctx: SeedContext,
  partnership: SeededPartnership,
  seeds: readonly GoalSeed[],
): void {
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
    for (const [ago, value, status, note] of goal.progress) {
      tx.insert(progressUpdates)
        .values({
          teamId,
          goalId: row.id,
          value,
          status,
          note,
          userId: goal.personInCharge ?? coordinator,
          createdAt: daysAgo(ago),
        })
        .run();
    }
  }
}
