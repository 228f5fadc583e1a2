import { and, asc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../domain/enums.js';
import type { Db } from '../client.js';
import {
  type Goal,
  goals,
  type NewSchedule,
  type Partnership,
  partnerships,
  type Role,
  type Schedule,
  schedules,
} from '../schema/index.js';
import { writeAudit } from './audit.js';
import { listRoleAssignments } from './roles.js';

export function getSchedule(db: Db, params: { teamId: string; id: number }): Schedule | undefined {
  return db
    .select()
    .from(schedules)
    .where(and(eq(schedules.teamId, params.teamId), eq(schedules.id, params.id)))
    .get();
}

/** A partnership's schedules, oldest first (the order `/mitra jadwal KODE uji 2` counts in). */
export function listSchedulesOfPartnership(
  db: Db,
  params: { teamId: string; partnershipId: number },
): Schedule[] {
  return db
    .select()
    .from(schedules)
    .where(and(eq(schedules.teamId, params.teamId), eq(schedules.partnershipId, params.partnershipId)))
    .orderBy(asc(schedules.id))
    .all();
}

export interface ScheduleToPlan {
  schedule: Schedule;
  partnershipStatus: Partnership['status'];
}

/** A due time far beyond any plan: what a schedule whose cadence cannot be read is "next due" at. */
export const NEVER_DUE = new Date(8.64e15);

/**
 * The active schedules that may be due at `now`: their stored next due time has come, or is not
 * known (a new or changed schedule). Read raw and through an index on (status, next due): a quiet
 * minute with tens of thousands of schedules reads none of them.
 */
export function listSchedulesToPlan(db: Db, params: { now: Date }): number[] {
  // Two searches of the index rather than one `or`, which SQLite would answer by walking every
  // active schedule.
  const rows = db.values<[number]>(
    sql`select ${schedules.id} from ${schedules} where ${schedules.status} = 'active' and ${schedules.nextDueAt} <= ${params.now.getTime()}
        union all
        select ${schedules.id} from ${schedules} where ${schedules.status} = 'active' and ${schedules.nextDueAt} is null
        order by 1`,
  );
  return rows.map(([id]) => id);
}

/** The active ones among `ids`, whole, with their partnership's status: what one slice of a tick plans. */
export function listActiveSchedulesById(db: Db, ids: readonly number[]): ScheduleToPlan[] {
  if (ids.length === 0) return [];
  return db
    .select({ schedule: schedules, partnershipStatus: partnerships.status })
    .from(schedules)
    .innerJoin(partnerships, eq(partnerships.id, schedules.partnershipId))
    .where(and(eq(schedules.status, 'active'), inArray(schedules.id, [...ids])))
    .all();
}

/**
 * Moves schedules' watermarks forward to `to`, never back, and stores when each is next due:
 * two processes planning the same tick both move them, and the later instant wins (with the next
 * due time computed from it). Called inside the planner's write transaction.
 */
export function advanceWatermarks(
  db: Db,
  params: { schedules: readonly { id: number; nextDueAt: Date }[]; to: Date },
): void {
  for (const { id, nextDueAt } of params.schedules) {
    db.update(schedules)
      .set({ lastRunAt: params.to, nextDueAt })
      .where(and(eq(schedules.id, id), or(isNull(schedules.lastRunAt), lte(schedules.lastRunAt, params.to))))
      .run();
  }
}

export type ScheduleValues = Omit<
  NewSchedule,
  | 'id'
  | 'teamId'
  | 'partnershipId'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'lastRunAt'
  | 'nextDueAt'
  | 'pausedReason'
>;

/**
 * Creates a schedule with its audit entry. Its watermark starts at `now`: a new schedule owes
 * nothing from before it existed.
 */
export function createScheduleWithAudit(
  db: Db,
  params: { teamId: string; partnershipId: number; actorId: string; now: Date; values: ScheduleValues },
): Schedule {
  return db.transaction((tx) => {
    const created = tx
      .insert(schedules)
      .values({
        ...params.values,
        teamId: params.teamId,
        partnershipId: params.partnershipId,
        createdBy: params.actorId,
        lastRunAt: params.now,
        createdAt: params.now,
        updatedAt: params.now,
      })
      .returning()
      .get();
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'schedule.create',
      entityType: 'schedule',
      entityId: created.id,
      partnershipId: params.partnershipId,
      after: created,
      at: params.now,
    });
    return created;
  });
}

/**
 * Updates a schedule with its audit entry. Turning a paused schedule back on moves its watermark
 * to `now`: runs that fell while it was paused were paused on purpose and are not caught up.
 */
export function updateScheduleWithAudit(
  db: Db,
  params: { teamId: string; scheduleId: number; actorId: string; now: Date; values: ScheduleValues },
): Schedule | undefined {
  return db.transaction((tx) => {
    const before = getSchedule(tx, { teamId: params.teamId, id: params.scheduleId });
    if (!before) return undefined;
    const resuming = before.status !== 'active' && params.values.status === 'active';
    const after = tx
      .update(schedules)
      .set({
        ...params.values,
        updatedAt: params.now,
        ...(params.values.status === 'active' ? { pausedReason: null } : {}),
        ...(resuming ? { lastRunAt: params.now } : {}),
        // Computed again by the next tick, from the schedule as it now is.
        nextDueAt: null,
      })
      .where(and(eq(schedules.teamId, params.teamId), eq(schedules.id, params.scheduleId)))
      .returning()
      .get();
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'schedule.update',
      entityType: 'schedule',
      entityId: params.scheduleId,
      partnershipId: before.partnershipId,
      before,
      after,
      at: params.now,
    });
    return after;
  });
}

/** Deletes a schedule (its deliveries go with it) and writes the audit entry. */
export function deleteScheduleWithAudit(
  db: Db,
  params: { teamId: string; scheduleId: number; actorId: string; now: Date },
): Schedule | undefined {
  return db.transaction((tx) => {
    const before = getSchedule(tx, { teamId: params.teamId, id: params.scheduleId });
    if (!before) return undefined;
    tx.delete(schedules).where(eq(schedules.id, before.id)).run();
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'schedule.delete',
      entityType: 'schedule',
      entityId: before.id,
      partnershipId: before.partnershipId,
      before,
      at: params.now,
    });
    return before;
  });
}

export type PauseReason = 'channel_archived' | 'channel_not_found';

/**
 * Pauses active schedules and says why (audited as Mitra's own change). Either one schedule, or
 * every schedule of the team posting into `channelId` — its own channel, or its partnership's
 * channel when it has none. Returns the schedules it paused.
 */
export function pauseSchedules(
  db: Db,
  params: { teamId: string; reason: PauseReason; now: Date } & (
    | { scheduleId: number }
    | { channelId: string }
  ),
): Schedule[] {
  return db.transaction((tx) => {
    const target =
      'scheduleId' in params
        ? eq(schedules.id, params.scheduleId)
        : or(
            eq(schedules.channelId, params.channelId),
            and(
              isNull(schedules.channelId),
              inArray(
                schedules.partnershipId,
                tx
                  .select({ id: partnerships.id })
                  .from(partnerships)
                  .where(
                    and(eq(partnerships.teamId, params.teamId), eq(partnerships.channelId, params.channelId)),
                  ),
              ),
            ),
          );
    const paused = tx
      .update(schedules)
      .set({ status: 'paused', pausedReason: params.reason, updatedAt: params.now })
      .where(and(eq(schedules.teamId, params.teamId), eq(schedules.status, 'active'), target))
      .returning()
      .all();
    for (const schedule of paused) {
      writeAudit(tx, {
        teamId: params.teamId,
        actorUserId: SYSTEM_ACTOR,
        action: 'schedule.pause',
        entityType: 'schedule',
        entityId: schedule.id,
        partnershipId: schedule.partnershipId,
        before: { status: 'active' },
        after: { status: 'paused', pausedReason: params.reason },
        at: params.now,
      });
    }
    return paused;
  });
}

/** Who holds which role in a partnership: reminders mention them, problems are told to coordinators. */
export function listRoleHolders(
  db: Db,
  params: { teamId: string; partnershipId: number; roles?: readonly Role[] },
): { userId: string; role: Role }[] {
  const wanted = params.roles ? new Set(params.roles) : undefined;
  const holders = new Map<string, { userId: string; role: Role }>();
  for (const { userId, role } of listRoleAssignments(db, params)) {
    if (!wanted || wanted.has(role)) holders.set(`${userId} ${role}`, { userId, role });
  }
  return [...holders.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

/** The goals a reminder looks at: every goal not done, oldest first. */
export function listOpenGoals(
  db: Db,
  params: { teamId: string; partnershipId: number },
): Pick<Goal, 'id' | 'title' | 'status' | 'dueDate' | 'personInChargeId' | 'currentValue'>[] {
  return db
    .select({
      id: goals.id,
      title: goals.title,
      status: goals.status,
      dueDate: goals.dueDate,
      personInChargeId: goals.personInChargeId,
      currentValue: goals.currentValue,
    })
    .from(goals)
    .where(
      and(
        eq(goals.teamId, params.teamId),
        eq(goals.partnershipId, params.partnershipId),
        ne(goals.status, 'done'),
      ),
    )
    .orderBy(asc(goals.id))
    .all();
}
