import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { type Delivery, deliveries, type NewSchedule, partnerships, schedules } from '../schema/index.js';

export interface NewDelivery {
  teamId: string;
  scheduleId: number;
  dueAt: Date;
  status: 'pending' | 'skipped';
  skipReason?: string | null;
}

/** SQLite limits bound variables per statement; 9 columns × 400 rows stays far below. */
const INSERT_CHUNK = 400;

/**
 * Inserts one row per due time, ignoring the ones that exist: the unique index on
 * (schedule_id, due_at) is what lets two processes plan the same tick without doubling anything.
 */
export function insertDeliveries(db: Db, rows: readonly NewDelivery[], now: Date): number {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK).map((row) => ({
      teamId: row.teamId,
      scheduleId: row.scheduleId,
      dueAt: row.dueAt,
      status: row.status,
      skipReason: row.skipReason ?? null,
      createdAt: now,
      updatedAt: now,
    }));
    inserted += db
      .insert(deliveries)
      .values(chunk)
      .onConflictDoNothing({ target: [deliveries.scheduleId, deliveries.dueAt] })
      .run().changes;
  }
  return inserted;
}

export interface ClaimableDelivery {
  delivery: Delivery;
  partnershipId: number;
  /** Where it would be posted (the schedule's channel, else its partnership's): posts to one channel go one at a time. */
  channelId: string;
}

/**
 * Pending deliveries due by `now` that nobody holds, or whose holder's claim is older than
 * `staleBefore`, oldest first, with the channel each would be posted in. The caller still checks
 * the retry back-off and must claim each one.
 */
export function listClaimableDeliveries(
  db: Db,
  params: { now: Date; staleBefore: Date; limit: number },
): ClaimableDelivery[] {
  return db
    .select({
      delivery: deliveries,
      partnershipId: schedules.partnershipId,
      channelId: sql<string>`coalesce(${schedules.channelId}, ${partnerships.channelId})`,
    })
    .from(deliveries)
    .innerJoin(schedules, eq(schedules.id, deliveries.scheduleId))
    .innerJoin(partnerships, eq(partnerships.id, schedules.partnershipId))
    .where(
      and(
        eq(deliveries.status, 'pending'),
        lte(deliveries.dueAt, params.now),
        or(isNull(deliveries.claimedBy), lt(deliveries.claimedAt, params.staleBefore)),
      ),
    )
    .orderBy(asc(deliveries.dueAt), asc(deliveries.id))
    .limit(params.limit)
    .all();
}

/**
 * Claims a delivery as seen: compare-and-swap on `attempts`, which every claim increments, so of
 * two processes that read the same row only one gets it back. Undefined when someone else did.
 */
export function claimDelivery(
  db: Db,
  params: { id: number; seenAttempts: number; workerId: string; now: Date },
): Delivery | undefined {
  return db
    .update(deliveries)
    .set({
      claimedBy: params.workerId,
      claimedAt: params.now,
      attempts: sql`${deliveries.attempts} + 1`,
      updatedAt: params.now,
    })
    .where(
      and(
        eq(deliveries.id, params.id),
        eq(deliveries.status, 'pending'),
        eq(deliveries.attempts, params.seenAttempts),
      ),
    )
    .returning()
    .get();
}

type Finish =
  | { status: 'sent'; messageTs: string | null; channelId: string; late: boolean }
  | { status: 'failed'; error: string }
  | { status: 'skipped'; reason: string }
  | { status: 'retry'; error: string };

/**
 * Records how a claimed delivery ended — only while this worker still holds the claim, so a
 * process that lost it (hung past the stale limit) cannot overwrite the one that took over.
 * `retry` puts it back as pending with the error; the claim time stays as the start of the back-off.
 */
export function finishDelivery(
  db: Db,
  params: { id: number; workerId: string; now: Date; outcome: Finish },
): boolean {
  const { outcome, now } = params;
  const set =
    outcome.status === 'sent'
      ? {
          status: 'sent' as const,
          messageTs: outcome.messageTs,
          channelId: outcome.channelId,
          late: outcome.late,
          sentAt: now,
          lastError: null,
        }
      : outcome.status === 'failed'
        ? { status: 'failed' as const, lastError: outcome.error }
        : outcome.status === 'skipped'
          ? { status: 'skipped' as const, skipReason: outcome.reason }
          : { claimedBy: null, lastError: outcome.error };
  const result = db
    .update(deliveries)
    .set({ ...set, updatedAt: now })
    .where(
      and(
        eq(deliveries.id, params.id),
        eq(deliveries.status, 'pending'),
        eq(deliveries.claimedBy, params.workerId),
      ),
    )
    .run();
  return result.changes > 0;
}

export interface DeliveryProblem {
  deliveryId: number;
  scheduleId: number;
  kind: NewSchedule['kind'];
  dueAt: Date;
  status: Delivery['status'];
  attempts: number;
  lastError: string | null;
  skipReason: string | null;
}

/** A delivery that went wrong: failed, being retried after an error, or missed while Mitra was down. */
export function deliveryProblemCondition() {
  return or(
    eq(deliveries.status, 'failed'),
    and(eq(deliveries.status, 'pending'), isNotNull(deliveries.lastError)),
    and(eq(deliveries.status, 'skipped'), eq(deliveries.skipReason, 'missed')),
  );
}

/**
 * What went wrong with a partnership's reminders, newest first, for `lihat` and App Home: failed
 * deliveries, pending ones that already failed at least once (being retried), and those skipped
 * because they were missed while the app was down. Holiday skips are not problems and are left out.
 */
export function listDeliveryProblems(
  db: Db,
  params: { teamId: string; partnershipId: number; limit?: number },
): DeliveryProblem[] {
  return db
    .select({
      deliveryId: deliveries.id,
      scheduleId: deliveries.scheduleId,
      kind: schedules.kind,
      dueAt: deliveries.dueAt,
      status: deliveries.status,
      attempts: deliveries.attempts,
      lastError: deliveries.lastError,
      skipReason: deliveries.skipReason,
    })
    .from(deliveries)
    .innerJoin(schedules, eq(schedules.id, deliveries.scheduleId))
    .where(
      and(
        eq(deliveries.teamId, params.teamId),
        eq(schedules.partnershipId, params.partnershipId),
        deliveryProblemCondition(),
      ),
    )
    .orderBy(desc(deliveries.dueAt))
    .limit(params.limit ?? 10)
    .all();
}

/** A schedule's deliveries, oldest first (tests, the benchmark and support look at them). */
export function listDeliveriesOfSchedules(db: Db, params: { scheduleIds: readonly number[] }): Delivery[] {
  if (params.scheduleIds.length === 0) return [];
  return db
    .select()
    .from(deliveries)
    .where(inArray(deliveries.scheduleId, [...params.scheduleIds]))
    .orderBy(asc(deliveries.dueAt), asc(deliveries.id))
    .all();
}
