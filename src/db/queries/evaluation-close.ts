import { and, asc, eq, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../domain/enums.js';
import type { CycleSummary } from '../../domain/evaluation-stats.js';
import type { Db } from '../client.js';
import {
  type EvaluationCycle,
  type EvaluationInvitation,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
} from '../schema/index.js';
import { writeAudit } from './audit.js';

/** A cycle to close now: open past its closing time, or claimed by a process whose claim went stale. */
function closable(p: { now: Date; staleBefore: Date }) {
  return or(
    and(eq(evaluationCycles.status, 'open'), lte(evaluationCycles.closesAt, p.now)),
    and(eq(evaluationCycles.status, 'closing'), lt(evaluationCycles.claimedAt, p.staleBefore)),
  );
}

// ── reminders ───────────────────────────────────────────────────────────────────────────────────

/** Open cycles whose reminder time has come and whose reminders were not sent yet. */
export function listCyclesDueForReminder(db: Db, params: { now: Date }): EvaluationCycle[] {
  return db
    .select()
    .from(evaluationCycles)
    .where(
      and(
        eq(evaluationCycles.status, 'open'),
        isNotNull(evaluationCycles.remindAt),
        lte(evaluationCycles.remindAt, params.now),
        isNull(evaluationCycles.remindedAt),
      ),
    )
    .orderBy(asc(evaluationCycles.remindAt))
    .all();
}

/**
 * Claims the reminders of one cycle: marks the cycle reminded and returns the invitations to
 * remind — those without an answer — each marked as well. One UPDATE … WHERE reminded_at IS NULL
 * decides which process sends them, so two processes never remind twice.
 */
export function claimCycleReminders(
  db: Db,
  params: { teamId: string; cycleId: number; now: Date },
): EvaluationInvitation[] {
  return db.transaction((tx) => {
    const claimed = tx
      .update(evaluationCycles)
      .set({ remindedAt: params.now, updatedAt: params.now })
      .where(
        and(
          eq(evaluationCycles.teamId, params.teamId),
          eq(evaluationCycles.id, params.cycleId),
          eq(evaluationCycles.status, 'open'),
          isNull(evaluationCycles.remindedAt),
        ),
      )
      .returning({ id: evaluationCycles.id })
      .get();
    if (!claimed) return [];
    const answered = tx
      .select({ userId: evaluationResponses.userId })
      .from(evaluationResponses)
      .where(eq(evaluationResponses.cycleId, params.cycleId));
    return tx
      .update(evaluationInvitations)
      .set({ remindedAt: params.now })
      .where(
        and(
          eq(evaluationInvitations.teamId, params.teamId),
          eq(evaluationInvitations.cycleId, params.cycleId),
          isNull(evaluationInvitations.remindedAt),
          sql`${evaluationInvitations.userId} not in ${answered}`,
        ),
      )
      .returning()
      .all();
  });
}

// ── closing ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Claims one cycle to close: an open cycle whose closing time has come, or one whose earlier claim
 * went stale (its process died mid-close). The single UPDATE … RETURNING is atomic in SQLite, so
 * of two processes exactly one gets the cycle.
 */
export function claimCycleToClose(
  db: Db,
  params: { now: Date; claimant: string; staleBefore: Date },
): EvaluationCycle | undefined {
  const candidate = db
    .select({ id: evaluationCycles.id })
    .from(evaluationCycles)
    .where(closable(params))
    .orderBy(asc(evaluationCycles.closesAt))
    .get();
  if (!candidate) return undefined;
  return db
    .update(evaluationCycles)
    .set({ status: 'closing', claimedBy: params.claimant, claimedAt: params.now, updatedAt: params.now })
    .where(and(eq(evaluationCycles.id, candidate.id), closable(params)))
    .returning()
    .get();
}

/** Stores the summary computed at close; only the claimant may (a stale claimant is ignored). */
export function storeCycleSummary(
  db: Db,
  params: { cycleId: number; claimant: string; summary: CycleSummary; now: Date },
): boolean {
  const result = db
    .update(evaluationCycles)
    .set({ summaryJson: params.summary, updatedAt: params.now })
    .where(
      and(
        eq(evaluationCycles.id, params.cycleId),
        eq(evaluationCycles.status, 'closing'),
        eq(evaluationCycles.claimedBy, params.claimant),
      ),
    )
    .run();
  return result.changes > 0;
}

export function storeSummaryTs(db: Db, params: { cycleId: number; summaryTs: string; now: Date }): void {
  db.update(evaluationCycles)
    .set({ summaryTs: params.summaryTs, updatedAt: params.now })
    .where(eq(evaluationCycles.id, params.cycleId))
    .run();
}

/** Marks the cycle closed, with the audit entry; the system is the actor. */
export function markCycleClosed(
  db: Db,
  params: { cycleId: number; claimant: string; now: Date },
): EvaluationCycle | undefined {
  return db.transaction((tx) => {
    const closed = tx
      .update(evaluationCycles)
      .set({ status: 'closed', closedAt: params.now, updatedAt: params.now })
      .where(
        and(
          eq(evaluationCycles.id, params.cycleId),
          eq(evaluationCycles.status, 'closing'),
          eq(evaluationCycles.claimedBy, params.claimant),
        ),
      )
      .returning()
      .get();
    if (closed) {
      writeAudit(tx, {
        teamId: closed.teamId,
        actorUserId: SYSTEM_ACTOR,
        action: 'evaluation.cycle.close',
        entityType: 'evaluation_cycle',
        entityId: closed.id,
        partnershipId: closed.partnershipId,
        before: { status: 'closing' },
        after: { status: 'closed', summaryTs: closed.summaryTs },
        at: params.now,
      });
    }
    return closed;
  });
}
