import { and, asc, eq, inArray } from 'drizzle-orm';
import type { EvidenceKind } from '../../domain/evidence.js';
import type { Db } from '../client.js';
import {
  type Goal,
  type GoalStatus,
  goals,
  goalTargets,
  type NewGoal,
  type Partnership,
  type ProgressEvidence,
  type ProgressUpdate,
  partnershipUnits,
  progressEvidence,
  progressUpdates,
  roleAssignments,
  type Unit,
  units,
} from '../schema/index.js';
import { writeAudit } from './audit.js';
import { listPartnershipsAmong } from './partnerships.js';

/** A partnership's goals, oldest first (the order people added them). */
export function listGoals(db: Db, params: { teamId: string; partnershipId: number }): Goal[] {
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.teamId, params.teamId), eq(goals.partnershipId, params.partnershipId)))
    .orderBy(asc(goals.id))
    .all();
}

/** One goal of one partnership: an id from a payload only counts when both match. */
export function getGoal(
  db: Db,
  params: { teamId: string; partnershipId: number; id: number },
): Goal | undefined {
  return db
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.teamId, params.teamId),
        eq(goals.partnershipId, params.partnershipId),
        eq(goals.id, params.id),
      ),
    )
    .get();
}

/** A goal by id within the team, for buttons that carry only the goal id. */
export function getGoalInTeam(db: Db, params: { teamId: string; id: number }): Goal | undefined {
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.teamId, params.teamId), eq(goals.id, params.id)))
    .get();
}

export type GoalFields = Pick<
  NewGoal,
  | 'title'
  | 'indicator'
  | 'baseline'
  | 'target'
  | 'measureUnit'
  | 'ikuCode'
  | 'ikuText'
  | 'direction'
  | 'dueDate'
  | 'ownerUnitId'
  | 'personInChargeId'
>;

export function insertGoal(
  db: Db,
  params: { teamId: string; partnershipId: number; createdBy: string; fields: GoalFields; now: Date },
): Goal {
  return db
    .insert(goals)
    .values({
      teamId: params.teamId,
      partnershipId: params.partnershipId,
      createdBy: params.createdBy,
      ...params.fields,
      createdAt: params.now,
      updatedAt: params.now,
    })
    .returning()
    .get();
}

export function updateGoal(
  db: Db,
  params: { teamId: string; partnershipId: number; id: number; fields: GoalFields; now: Date },
): Goal | undefined {
  return db
    .update(goals)
    .set({ ...params.fields, updatedAt: params.now })
    .where(
      and(
        eq(goals.teamId, params.teamId),
        eq(goals.partnershipId, params.partnershipId),
        eq(goals.id, params.id),
      ),
    )
    .returning()
    .get();
}

/**
 * Stores a progress update and copies its value and status onto the goal, so lists need no extra
 * query. A progress update without a value keeps the goal's current value.
 */
export function recordProgress(
  db: Db,
  params: {
    teamId: string;
    goal: Goal;
    value: number | null;
    status: GoalStatus;
    note: string | null;
    /** The quarter the update reports on; absent, the goal's quarter is not recorded (older callers). */
    period?: { year: number; quarter: number };
    /**
     * Whether the update is about the current quarter: only then does it become the goal's
     * current value and status (a late realisation of a past quarter must not overwrite today's).
     */
    isCurrent?: boolean;
    obstacles?: string | null;
    followUpActions?: string | null;
    evidence?: readonly { url: string; kind: EvidenceKind }[];
    userId: string;
    now: Date;
  },
): { update: ProgressUpdate; goal: Goal; evidence: ProgressEvidence[] } {
  const update = db
    .insert(progressUpdates)
    .values({
      teamId: params.teamId,
      goalId: params.goal.id,
      value: params.value,
      status: params.status,
      note: params.note,
      year: params.period?.year ?? null,
      quarter: params.period?.quarter ?? null,
      obstacles: params.obstacles ?? null,
      followUpActions: params.followUpActions ?? null,
      userId: params.userId,
      createdAt: params.now,
    })
    .returning()
    .get();
  const evidence = (params.evidence ?? []).map((link) =>
    db
      .insert(progressEvidence)
      .values({
        teamId: params.teamId,
        progressUpdateId: update.id,
        kind: link.kind,
        url: link.url,
        createdAt: params.now,
      })
      .returning()
      .get(),
  );
  if (params.isCurrent === false) return { update, goal: params.goal, evidence };
  const goal = db
    .update(goals)
    .set({
      currentValue: params.value ?? params.goal.currentValue,
      status: params.status,
      updatedAt: params.now,
    })
    .where(and(eq(goals.teamId, params.teamId), eq(goals.id, params.goal.id)))
    .returning()
    .get();
  return { update, goal: goal ?? params.goal, evidence };
}

/** The units taking part in a partnership, by name. */
export function listUnitsOfPartnership(db: Db, params: { teamId: string; partnershipId: number }): Unit[] {
  return db
    .select({ unit: units })
    .from(partnershipUnits)
    .innerJoin(units, eq(units.id, partnershipUnits.unitId))
    .where(
      and(
        eq(partnershipUnits.teamId, params.teamId),
        eq(units.teamId, params.teamId),
        eq(partnershipUnits.partnershipId, params.partnershipId),
      ),
    )
    .orderBy(asc(units.name))
    .all()
    .map((row) => row.unit);
}

/**
 * The partnerships where a user may record progress on at least one goal: all for an admin;
 * otherwise those they coordinate and those with a goal they are in charge of.
 */
export function listProgressPartnerships(
  db: Db,
  params: { teamId: string; userId: string; isAdmin: boolean },
): Partnership[] {
  // A picker shows at most 100 options (Slack's limit): no need to read every partnership.
  const limit = 100;
  if (params.isAdmin) return listPartnershipsAmong(db, { teamId: params.teamId, anyOf: 'all', limit });
  const coordinated = db
    .select({ id: roleAssignments.partnershipId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.teamId, params.teamId),
        eq(roleAssignments.userId, params.userId),
        eq(roleAssignments.role, 'coordinator'),
      ),
    );
  const inCharge = db
    .select({ id: goals.partnershipId })
    .from(goals)
    .where(and(eq(goals.teamId, params.teamId), eq(goals.personInChargeId, params.userId)));
  return listPartnershipsAmong(db, { teamId: params.teamId, anyOf: [coordinated, inCharge], limit });
}

/** A year's targets as the goal form gives them: quarter 0 (annual) to 4, null where left empty. */
export interface YearTargets {
  year: number;
  values: readonly { quarter: number; value: number | null }[];
}

/**
 * Writes one year's targets of a goal: each quarter given a value is stored (replacing what was
 * there), each left empty is removed. Other years' targets stay as they are.
 */
export function replaceYearTargets(
  db: Db,
  params: { teamId: string; goalId: number; targets: YearTargets; now: Date },
): { quarter: number; value: number }[] {
  const { teamId, goalId, targets, now } = params;
  const empty = targets.values.filter((t) => t.value === null).map((t) => t.quarter);
  if (empty.length > 0) {
    db.delete(goalTargets)
      .where(
        and(
          eq(goalTargets.teamId, teamId),
          eq(goalTargets.goalId, goalId),
          eq(goalTargets.year, targets.year),
          inArray(goalTargets.quarter, empty),
        ),
      )
      .run();
  }
  const stored: { quarter: number; value: number }[] = [];
  for (const { quarter, value } of targets.values) {
    if (value === null) continue;
    db.insert(goalTargets)
      .values({ teamId, goalId, year: targets.year, quarter, value, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [goalTargets.goalId, goalTargets.year, goalTargets.quarter],
        set: { value, updatedAt: now },
      })
      .run();
    stored.push({ quarter, value });
  }
  return stored;
}

/**
 * Adds a goal, or changes `before`, with its audit row, in one transaction; with `targets`, the
 * year's annual and quarterly targets are written in the same transaction.
 */
export function saveGoal(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    before: Goal | undefined;
    fields: GoalFields;
    targets?: YearTargets;
    actor: string;
    now: Date;
  },
): Goal {
  const { teamId, partnershipId, before, fields, actor, now } = params;
  return db.transaction((tx) => {
    const goal = before
      ? updateGoal(tx, { teamId, partnershipId, id: before.id, fields, now })
      : insertGoal(tx, { teamId, partnershipId, createdBy: actor, fields, now });
    if (!goal) throw new Error(`goal ${before?.id} vanished while being updated`);
    const targets = params.targets
      ? {
          year: params.targets.year,
          stored: replaceYearTargets(tx, { teamId, goalId: goal.id, targets: params.targets, now }),
        }
      : undefined;
    writeAudit(tx, {
      teamId,
      actorUserId: actor,
      action: before ? 'goal.update' : 'goal.create',
      entityType: 'goal',
      entityId: goal.id,
      partnershipId,
      before: before ?? null,
      after: targets ? { ...goal, targets } : goal,
      at: now,
    });
    return goal;
  });
}

/** Records a progress update of `goal` with its audit row, in one transaction; returns the goal as it now is. */
export function saveProgress(
  db: Db,
  params: Omit<Parameters<typeof recordProgress>[1], 'userId'> & { partnershipId: number; actor: string },
): Goal {
  const { teamId, partnershipId, goal, actor, now } = params;
  return db.transaction((tx) => {
    const result = recordProgress(tx, { ...params, userId: actor });
    writeAudit(tx, {
      teamId,
      actorUserId: actor,
      action: 'goal.progress',
      entityType: 'goal',
      entityId: goal.id,
      partnershipId,
      before: { currentValue: goal.currentValue, status: goal.status },
      after: {
        currentValue: result.goal.currentValue,
        status: result.goal.status,
        progressUpdate: result.update,
        evidence: result.evidence.map((e) => e.url),
      },
      at: now,
    });
    return result.goal;
  });
}
