/**
 * What the quarterly workbook (`/mitra laporan KODE tw3 2026`) and the admins' roll-up read from
 * the database, for one partnership and one quarter: goals with their targets and the quarter's
 * progress updates (with evidence), roles, the evaluation closed in the quarter, and the reminders
 * due in it. Plain rows; the report flow adds people's names and builds the workbook.
 */
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { YearQuarter } from '../../domain/time/quarters.js';
import type { Db } from '../client.js';
import {
  actionItems,
  deliveries,
  type Goal,
  type GoalTargetRow,
  goals,
  goalTargets,
  meetingNotes,
  type Partnership,
  type ProgressEvidence,
  type ProgressUpdate,
  partnerships,
  progressEvidence,
  progressUpdates,
  type Role,
  roleAssignments,
  schedules,
  units,
} from '../schema/index.js';
import { type ClosedCycle, listClosedCycles } from './evaluations.js';
import { assignmentsOf } from './roles.js';

/** A goal with every target it has and the progress updates of the quarter, latest first. */
export interface GoalOfQuarter {
  goal: Goal;
  targets: GoalTargetRow[];
  updates: (ProgressUpdate & { evidence: ProgressEvidence[] })[];
}

export interface QuarterData {
  leadUnit: string;
  goals: GoalOfQuarter[];
  roles: { userId: string; unit: string; role: Role; responsibilities: string | null }[];
  /** The latest cycle closed within [from, to), or null. */
  evaluation: ClosedCycle | null;
  communications: {
    dueAt: Date;
    kind: (typeof schedules.$inferSelect)['kind'];
    status: (typeof deliveries.$inferSelect)['status'];
    skipReason: string | null;
    /** The minutes recorded for the meeting, if any: how many attendees, decisions and action items. */
    notes: { attendees: number; decisions: number; items: number } | null;
  }[];
}

/** Targets of these goals, in one query. */
export function listGoalTargets(
  db: Db,
  params: { teamId: string; goalIds: readonly number[] },
): GoalTargetRow[] {
  if (params.goalIds.length === 0) return [];
  return db
    .select()
    .from(goalTargets)
    .where(and(eq(goalTargets.teamId, params.teamId), inArray(goalTargets.goalId, [...params.goalIds])))
    .orderBy(asc(goalTargets.goalId), asc(goalTargets.year), asc(goalTargets.quarter))
    .all();
}

/** Progress updates of these goals in one quarter, latest first, each with its evidence. */
export function listQuarterUpdates(
  db: Db,
  params: { teamId: string; goalIds: readonly number[]; period: YearQuarter },
): (ProgressUpdate & { evidence: ProgressEvidence[] })[] {
  if (params.goalIds.length === 0) return [];
  const rows = db
    .select()
    .from(progressUpdates)
    .where(
      and(
        eq(progressUpdates.teamId, params.teamId),
        inArray(progressUpdates.goalId, [...params.goalIds]),
        eq(progressUpdates.year, params.period.year),
        eq(progressUpdates.quarter, params.period.quarter),
      ),
    )
    .orderBy(desc(progressUpdates.createdAt), desc(progressUpdates.id))
    .all();
  if (rows.length === 0) return [];
  const evidence = db
    .select()
    .from(progressEvidence)
    .where(
      and(
        eq(progressEvidence.teamId, params.teamId),
        inArray(
          progressEvidence.progressUpdateId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(progressEvidence.id))
    .all();
  return rows.map((row) => ({ ...row, evidence: evidence.filter((e) => e.progressUpdateId === row.id) }));
}

/**
 * One partnership's quarter. `from`/`to` are the quarter's first instant and the next quarter's
 * first instant in the partnership's zone.
 */
export function loadQuarterData(
  db: Db,
  params: { partnership: Partnership; period: YearQuarter; from: Date; to: Date },
): QuarterData {
  const { partnership, period, from, to } = params;
  const teamId = partnership.teamId;
  const partnershipId = partnership.id;
  const lead = db
    .select({ name: units.name })
    .from(partnerships)
    .innerJoin(units, eq(units.id, partnerships.leadUnitId))
    .where(eq(partnerships.id, partnershipId))
    .get();
  const goalRows = db
    .select()
    .from(goals)
    .where(and(eq(goals.teamId, teamId), eq(goals.partnershipId, partnershipId)))
    .orderBy(asc(goals.id))
    .all();
  const goalIds = goalRows.map((g) => g.id);
  const targets = listGoalTargets(db, { teamId, goalIds });
  const updates = listQuarterUpdates(db, { teamId, goalIds, period });
  const roles = db
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
  const closed = listClosedCycles(db, { teamId, partnershipId }).filter((cycle) => {
    const at = (cycle.closedAt ?? cycle.closesAt).getTime();
    return at >= from.getTime() && at < to.getTime();
  });
  const communications = db
    .select({
      dueAt: deliveries.dueAt,
      kind: schedules.kind,
      status: deliveries.status,
      skipReason: deliveries.skipReason,
      notesId: meetingNotes.id,
      attendees: meetingNotes.attendees,
      decisions: meetingNotes.decisions,
      items: sql<number>`(select count(*) from ${actionItems} where ${actionItems.notesId} = ${meetingNotes.id})`,
    })
    .from(deliveries)
    .innerJoin(schedules, eq(schedules.id, deliveries.scheduleId))
    .leftJoin(meetingNotes, eq(meetingNotes.deliveryId, deliveries.id))
    .where(
      and(
        eq(schedules.teamId, teamId),
        eq(schedules.partnershipId, partnershipId),
        gte(deliveries.dueAt, from),
        lt(deliveries.dueAt, to),
      ),
    )
    .orderBy(asc(deliveries.dueAt), asc(deliveries.id))
    .all()
    .map(({ notesId, attendees, decisions, items, ...row }) => ({
      ...row,
      notes:
        notesId === null
          ? null
          : {
              attendees: attendees?.length ?? 0,
              decisions: decisions?.length ?? 0,
              items: Number(items ?? 0),
            },
    }));
  return {
    leadUnit: lead?.name ?? '',
    goals: goalRows.map((goal) => ({
      goal,
      targets: targets.filter((t) => t.goalId === goal.id),
      updates: updates.filter((u) => u.goalId === goal.id),
    })),
    roles,
    evaluation: closed.at(-1) ?? null,
    communications,
  };
}

/** Every partnership of the team, by code: the roll-up reads them a slice at a time. */
export function listAllPartnerships(db: Db, params: { teamId: string }): Partnership[] {
  return db
    .select()
    .from(partnerships)
    .where(eq(partnerships.teamId, params.teamId))
    .orderBy(asc(partnerships.code))
    .all();
}
