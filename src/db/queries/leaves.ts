import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../client.js';
import { evaluationResponses, type Leave, leaves } from '../schema/index.js';
import { writeAudit } from './audit.js';

/** Leaves that have not ended by `today`, of everyone in the team or of the given people. */
export function listCurrentLeaves(
  db: Db,
  params: { teamId: string; today: string; userIds?: readonly string[] },
): Leave[] {
  if (params.userIds && params.userIds.length === 0) return [];
  return db
    .select()
    .from(leaves)
    .where(
      and(
        eq(leaves.teamId, params.teamId),
        gte(leaves.toDate, params.today),
        params.userIds ? inArray(leaves.userId, [...params.userIds]) : undefined,
      ),
    )
    .orderBy(asc(leaves.fromDate), asc(leaves.id))
    .all();
}

/** Records a leave with its audit row, in one transaction. */
export function recordLeave(
  db: Db,
  params: {
    teamId: string;
    userId: string;
    fromDate: string;
    toDate: string;
    delegateUserId: string | null;
    actorId: string;
    now: Date;
  },
): Leave {
  return db.transaction((tx) => {
    const leave = tx
      .insert(leaves)
      .values({
        teamId: params.teamId,
        userId: params.userId,
        fromDate: params.fromDate,
        toDate: params.toDate,
        delegateUserId: params.delegateUserId,
        recordedBy: params.actorId,
        createdAt: params.now,
      })
      .returning()
      .get();
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'leave.record',
      entityType: 'leave',
      entityId: leave.id,
      after: leave,
      at: params.now,
    });
    return leave;
  });
}

/** Cancels a leave with its audit row; undefined when it was not there. */
export function cancelLeave(
  db: Db,
  params: { teamId: string; id: number; actorId: string; now: Date },
): Leave | undefined {
  return db.transaction((tx) => {
    const removed = tx
      .delete(leaves)
      .where(and(eq(leaves.teamId, params.teamId), eq(leaves.id, params.id)))
      .returning()
      .get();
    if (!removed) return undefined;
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'leave.cancel',
      entityType: 'leave',
      entityId: removed.id,
      before: removed,
      at: params.now,
    });
    return removed;
  });
}

/** The leaves of these people that overlap the dates `from`–`to`. */
export function listLeavesOverlapping(
  db: Db,
  params: { teamId: string; userIds: readonly string[]; from: string; to: string },
): Leave[] {
  if (params.userIds.length === 0) return [];
  return db
    .select()
    .from(leaves)
    .where(
      and(
        eq(leaves.teamId, params.teamId),
        inArray(leaves.userId, [...params.userIds]),
        lte(leaves.fromDate, params.to),
        gte(leaves.toDate, params.from),
      ),
    )
    .all();
}

/** A person's leaves that have not ended by `today`, soonest first. */
export function listLeavesOfUser(db: Db, params: { teamId: string; userId: string; today: string }): Leave[] {
  return listCurrentLeaves(db, { teamId: params.teamId, today: params.today, userIds: [params.userId] });
}

/** Who answered a cycle's survey (ids only; the answers stay anonymous elsewhere). */
export function listRespondentIds(db: Db, params: { teamId: string; cycleId: number }): string[] {
  return db
    .select({ userId: evaluationResponses.userId })
    .from(evaluationResponses)
    .where(
      and(eq(evaluationResponses.teamId, params.teamId), eq(evaluationResponses.cycleId, params.cycleId)),
    )
    .all()
    .map((r) => r.userId);
}
