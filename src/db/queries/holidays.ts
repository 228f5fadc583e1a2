import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../client.js';
import { type Holiday, holidays } from '../schema/index.js';
import { writeAudit } from './audit.js';

/** Every date admins added for a team (cuti bersama and the like), oldest first. */
export function listExtraHolidays(db: Db, params: { teamId: string; from?: string }): Holiday[] {
  const conditions = [eq(holidays.teamId, params.teamId)];
  if (params.from) conditions.push(gte(holidays.date, params.from));
  return db
    .select()
    .from(holidays)
    .where(and(...conditions))
    .orderBy(asc(holidays.date))
    .all();
}

/** Adds a date with its audit entry; undefined when the team already has that date. */
export function addHolidayWithAudit(
  db: Db,
  params: { teamId: string; date: string; name: string; actorId: string; now: Date },
): Holiday | undefined {
  return db.transaction((tx) => {
    const added = tx
      .insert(holidays)
      .values({
        teamId: params.teamId,
        date: params.date,
        name: params.name,
        createdBy: params.actorId,
        createdAt: params.now,
      })
      .onConflictDoNothing({ target: [holidays.teamId, holidays.date] })
      .returning()
      .get();
    if (!added) return undefined;
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'holiday.add',
      entityType: 'holiday',
      entityId: added.id,
      after: added,
      at: params.now,
    });
    return added;
  });
}

/** Removes an admin-added date with its audit entry; undefined when it was not there. */
export function removeHolidayWithAudit(
  db: Db,
  params: { teamId: string; id: number; actorId: string; now: Date },
): Holiday | undefined {
  return db.transaction((tx) => {
    const removed = tx
      .delete(holidays)
      .where(and(eq(holidays.teamId, params.teamId), eq(holidays.id, params.id)))
      .returning()
      .get();
    if (!removed) return undefined;
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: 'holiday.remove',
      entityType: 'holiday',
      entityId: removed.id,
      before: removed,
      at: params.now,
    });
    return removed;
  });
}
