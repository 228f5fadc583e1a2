import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { ChaseKind, EscalationSubject } from '../../domain/enums.js';
import { SYSTEM_ACTOR } from '../../domain/enums.js';
import type { Db } from '../client.js';
import {
  type ActionItemChase,
  actionItemChases,
  type Escalation,
  escalations,
  type Goal,
  goals,
  type ProgressUpdate,
  partnerships,
  partnershipUnits,
  progressUpdates,
  roleAssignments,
  units,
} from '../schema/index.js';
import { writeAudit } from './audit.js';

/**
 * Claims one chasing DM (item, kind, due date) for `workerId`. The first claim inserts the row; a
 * claim whose process died before the DM was marked sent may be taken over once it is older than
 * `staleBefore` (the new owner looks for the DM before posting it). Undefined: someone else has it.
 */
export function claimChase(
  db: Db,
  params: {
    teamId: string;
    actionItemId: number;
    kind: ChaseKind;
    dueDate: string;
    workerId: string;
    now: Date;
    staleBefore: Date;
  },
): (ActionItemChase & { retaken: boolean }) | undefined {
  return db.transaction((tx) => {
    const inserted = tx
      .insert(actionItemChases)
      .values({
        teamId: params.teamId,
        actionItemId: params.actionItemId,
        kind: params.kind,
        dueDate: params.dueDate,
        claimedBy: params.workerId,
        claimedAt: params.now,
      })
      .onConflictDoNothing()
      .returning()
      .get();
    if (inserted) return { ...inserted, retaken: false };
    const retaken = tx
      .update(actionItemChases)
      .set({ claimedBy: params.workerId, claimedAt: params.now })
      .where(
        and(
          eq(actionItemChases.actionItemId, params.actionItemId),
          eq(actionItemChases.kind, params.kind),
          eq(actionItemChases.dueDate, params.dueDate),
          isNull(actionItemChases.sentAt),
          lt(actionItemChases.claimedAt, params.staleBefore),
        ),
      )
      .returning()
      .get();
    return retaken ? { ...retaken, retaken: true } : undefined;
  });
}

export function markChaseSent(db: Db, params: { id: number; now: Date }): void {
  db.update(actionItemChases).set({ sentAt: params.now }).where(eq(actionItemChases.id, params.id)).run();
}

/** The chases of one item (for tests and the item's history). */
export function listChasesOfItem(
  db: Db,
  params: { teamId: string; actionItemId: number },
): ActionItemChase[] {
  return db
    .select()
    .from(actionItemChases)
    .where(
      and(eq(actionItemChases.teamId, params.teamId), eq(actionItemChases.actionItemId, params.actionItemId)),
    )
    .all();
}

/**
 * Records an escalation once per `subjectKey`, with its audit row, in one transaction — or takes
 * over a stale claim whose DMs were never marked sent. Undefined: it is someone else's, or done.
 */
export function claimEscalation(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    subject: EscalationSubject;
    actionItemId?: number | null;
    goalId?: number | null;
    subjectKey: string;
    recipients: readonly string[];
    workerId: string;
    now: Date;
    staleBefore: Date;
  },
): (Escalation & { retaken: boolean }) | undefined {
  return db.transaction((tx) => {
    const inserted = tx
      .insert(escalations)
      .values({
        teamId: params.teamId,
        partnershipId: params.partnershipId,
        subject: params.subject,
        actionItemId: params.actionItemId ?? null,
        goalId: params.goalId ?? null,
        subjectKey: params.subjectKey,
        recipients: [...params.recipients],
        claimedBy: params.workerId,
        escalatedAt: params.now,
      })
      .onConflictDoNothing()
      .returning()
      .get();
    if (inserted) {
      writeAudit(tx, {
        teamId: params.teamId,
        actorUserId: SYSTEM_ACTOR,
        action: 'escalation.create',
        entityType: 'escalation',
        entityId: inserted.id,
        partnershipId: params.partnershipId,
        after: inserted,
        at: params.now,
      });
      return { ...inserted, retaken: false };
    }
    const retaken = tx
      .update(escalations)
      .set({ claimedBy: params.workerId, escalatedAt: params.now })
      .where(
        and(
          eq(escalations.teamId, params.teamId),
          eq(escalations.subjectKey, params.subjectKey),
          isNull(escalations.sentAt),
          lt(escalations.escalatedAt, params.staleBefore),
        ),
      )
      .returning()
      .get();
    return retaken ? { ...retaken, retaken: true } : undefined;
  });
}

export function markEscalationSent(db: Db, params: { id: number; now: Date }): void {
  db.update(escalations).set({ sentAt: params.now }).where(eq(escalations.id, params.id)).run();
}

/** A partnership's escalations, the latest first. */
export function listEscalations(
  db: Db,
  params: { teamId: string; partnershipId: number; limit?: number },
): Escalation[] {
  return db
    .select()
    .from(escalations)
    .where(and(eq(escalations.teamId, params.teamId), eq(escalations.partnershipId, params.partnershipId)))
    .orderBy(desc(escalations.escalatedAt))
    .limit(params.limit ?? 20)
    .all();
}

/**
 * The managers (pimpinan) of a unit within a partnership: those with the role `manager` there,
 * else the unit's head. Empty when it has neither.
 */
export function listManagersOfUnit(
  db: Db,
  params: { teamId: string; partnershipId: number; unitId: number },
): string[] {
  const managers = db
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.teamId, params.teamId),
        eq(roleAssignments.partnershipId, params.partnershipId),
        eq(roleAssignments.unitId, params.unitId),
        eq(roleAssignments.role, 'manager'),
      ),
    )
    .all()
    .map((r) => r.userId);
  if (managers.length > 0) return managers;
  const head = db
    .select({ head: units.headUserId })
    .from(units)
    .where(and(eq(units.teamId, params.teamId), eq(units.id, params.unitId)))
    .get();
  return head?.head ? [head.head] : [];
}

/** The units of a partnership, for escalating a goal to every unit's managers. */
export function listUnitIdsOfPartnership(
  db: Db,
  params: { teamId: string; partnershipId: number },
): number[] {
  return db
    .select({ unitId: partnershipUnits.unitId })
    .from(partnershipUnits)
    .where(
      and(
        eq(partnershipUnits.teamId, params.teamId),
        eq(partnershipUnits.partnershipId, params.partnershipId),
      ),
    )
    .all()
    .map((r) => r.unitId);
}

/**
 * One page of the goals at risk or off track in active partnerships, by id after `afterId`, each
 * with its latest ten progress updates (newest first) — two statements per page, whatever its size.
 */
export function pageOfGoalsAtRisk(
  db: Db,
  params: { afterId: number; limit: number },
): { goal: Goal; timeZone: string; updates: Pick<ProgressUpdate, 'id' | 'status'>[] }[] {
  const rows = db
    .select({ goal: goals, timeZone: partnerships.timeZone })
    .from(goals)
    .innerJoin(partnerships, eq(partnerships.id, goals.partnershipId))
    .where(
      and(
        inArray(goals.status, ['at_risk', 'off_track']),
        eq(partnerships.status, 'active'),
        gt(goals.id, params.afterId),
      ),
    )
    .orderBy(asc(goals.id))
    .limit(params.limit)
    .all();
  if (rows.length === 0) return [];
  const latest = db.all<{ goalId: number; id: number; status: ProgressUpdate['status'] }>(sql`
    select goal_id as goalId, id, status from (
      select ${progressUpdates.goalId} as goal_id, ${progressUpdates.id} as id, ${progressUpdates.status} as status,
        row_number() over (partition by ${progressUpdates.goalId} order by ${progressUpdates.createdAt} desc, ${progressUpdates.id} desc) as n
      from ${progressUpdates}
      where ${progressUpdates.goalId} in (select value from json_each(${JSON.stringify(rows.map((r) => r.goal.id))}))
    ) where n <= 10 order by goal_id, n`);
  const byGoal = new Map<number, Pick<ProgressUpdate, 'id' | 'status'>[]>();
  for (const update of latest) {
    const list = byGoal.get(update.goalId) ?? [];
    list.push({ id: update.id, status: update.status });
    byGoal.set(update.goalId, list);
  }
  return rows.map((row) => ({ ...row, updates: byGoal.get(row.goal.id) ?? [] }));
}

/** Which of these escalations (by team and subject key) were sent already: nothing more to do for them. */
export function sentEscalationKeys(
  db: Db,
  params: { keys: readonly { teamId: string; subjectKey: string }[] },
): Set<string> {
  if (params.keys.length === 0) return new Set();
  const rows = db
    .select({ teamId: escalations.teamId, subjectKey: escalations.subjectKey })
    .from(escalations)
    .where(
      and(
        inArray(
          escalations.subjectKey,
          params.keys.map((k) => k.subjectKey),
        ),
        isNotNull(escalations.sentAt),
      ),
    )
    .all();
  return new Set(rows.map((r) => `${r.teamId} ${r.subjectKey}`));
}

/** Sets after how many overdue workdays a partnership's items are escalated, with its audit row. */
export function setEscalationWorkdays(
  db: Db,
  params: { teamId: string; partnershipId: number; workdays: number; actorId: string; now: Date },
): void {
  db.transaction((tx) => {
    const before = tx
      .select({ workdays: partnerships.escalationWorkdays })
      .from(partnerships)
      .where(and(eq(partnerships.teamId, params.teamId), eq(partnerships.id, params.partnershipId)))
      .get();
    if (!before) return;
    tx.update(partnerships)
      .set({ escalationWorkdays: params.workdays, updatedAt: params.now })
      .where(and(eq(partnerships.teamId, params.teamId), eq(partnerships.id, params.partnershipId)))
      .run();
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'partnership.escalation_workdays',
      entityType: 'partnership',
      entityId: params.partnershipId,
      partnershipId: params.partnershipId,
      before: { escalationWorkdays: before.workdays },
      after: { escalationWorkdays: params.workdays },
      at: params.now,
    });
  });
}
