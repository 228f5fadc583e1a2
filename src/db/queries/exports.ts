import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client.js';
import { evaluationCycles, evaluationResponses, goals, roleAssignments, units } from '../schema/index.js';
import { listClosedCycles } from './evaluations.js';
import { assignmentsOf } from './roles.js';
import { listSchedulesOfPartnership } from './schedules.js';

/** Everything `/mitra ekspor` writes for one partnership, read in one place. */
export function loadExportData(
  db: Db,
  params: { teamId: string; partnershipId: number; withAnswers: boolean },
) {
  const { teamId, partnershipId } = params;
  const ownerUnit = alias(units, 'owner_unit');
  const goalRows = db
    .select({
      title: goals.title,
      indicator: goals.indicator,
      baseline: goals.baseline,
      target: goals.target,
      currentValue: goals.currentValue,
      measureUnit: goals.measureUnit,
      dueDate: goals.dueDate,
      ownerUnit: ownerUnit.name,
      personInChargeId: goals.personInChargeId,
      status: goals.status,
    })
    .from(goals)
    .leftJoin(ownerUnit, eq(ownerUnit.id, goals.ownerUnitId))
    .where(and(eq(goals.teamId, teamId), eq(goals.partnershipId, partnershipId)))
    .orderBy(asc(goals.id))
    .all();

  const roleRows = db
    .select({
      userId: roleAssignments.userId,
      unit: units.name,
      role: roleAssignments.role,
      responsibilities: roleAssignments.responsibilities,
    })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(assignmentsOf({ teamId, partnershipId }))
    .orderBy(asc(units.name), asc(roleAssignments.role), asc(roleAssignments.userId))
    .all();

  const scheduleRows = listSchedulesOfPartnership(db, { teamId, partnershipId });

  const cycles = listClosedCycles(db, { teamId, partnershipId });

  const answers = params.withAnswers
    ? db
        .select({
          cycleId: evaluationResponses.cycleId,
          userId: evaluationResponses.userId,
          unit: units.name,
          coordination: evaluationResponses.coordination,
          communication: evaluationResponses.communication,
          collaboration: evaluationResponses.collaboration,
          efficiency: evaluationResponses.efficiency,
          satisfaction: evaluationResponses.satisfaction,
          trust: evaluationResponses.trust,
          roleClarity: evaluationResponses.roleClarity,
          whatWorks: evaluationResponses.whatWorks,
          whatToImprove: evaluationResponses.whatToImprove,
          updatedAt: evaluationResponses.updatedAt,
        })
        .from(evaluationResponses)
        .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationResponses.cycleId))
        .leftJoin(units, eq(units.id, evaluationResponses.unitId))
        .where(
          and(
            eq(evaluationResponses.teamId, teamId),
            eq(evaluationCycles.partnershipId, partnershipId),
            // Only closed cycles: answers of a running cycle may still change.
            eq(evaluationCycles.status, 'closed'),
          ),
        )
        .orderBy(asc(evaluationResponses.cycleId), asc(evaluationResponses.userId))
        .all()
    : [];

  return { goals: goalRows, roles: roleRows, schedules: scheduleRows, cycles, answers };
}

export type ExportData = ReturnType<typeof loadExportData>;
