import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../client.js';
import { partnershipUnits, type Unit, units } from '../schema/index.js';
import { writeAudit } from './audit.js';

/** The team's units, by code. */
export function listUnits(db: Db, params: { teamId: string }): Unit[] {
  return db.select().from(units).where(eq(units.teamId, params.teamId)).orderBy(asc(units.code)).all();
}

export function getUnitById(db: Db, params: { teamId: string; id: number }): Unit | undefined {
  return db
    .select()
    .from(units)
    .where(and(eq(units.teamId, params.teamId), eq(units.id, params.id)))
    .get();
}

/** Units of the team among `ids`; ids of another team or of no unit are left out. */
export function getUnitsByIds(db: Db, params: { teamId: string; ids: readonly number[] }): Unit[] {
  if (params.ids.length === 0) return [];
  return db
    .select()
    .from(units)
    .where(and(eq(units.teamId, params.teamId), inArray(units.id, [...params.ids])))
    .all();
}

/** The unit that already uses `code` in the team (other than `exceptId`), if any. */
export function findUnitByCode(
  db: Db,
  params: { teamId: string; code: string; exceptId?: number },
): Unit | undefined {
  const conditions = [eq(units.teamId, params.teamId), eq(units.code, params.code)];
  if (params.exceptId !== undefined) conditions.push(ne(units.id, params.exceptId));
  return db
    .select()
    .from(units)
    .where(and(...conditions))
    .get();
}

export interface UnitInput {
  code: string;
  name: string;
  headUserId: string | null;
}

/** Adds a unit and its audit entry in one transaction. */
export function createUnit(
  db: Db,
  params: { teamId: string; actorUserId: string; now: Date } & UnitInput,
): Unit {
  return db.transaction((tx) => {
    const unit = tx
      .insert(units)
      .values({
        teamId: params.teamId,
        code: params.code,
        name: params.name,
        headUserId: params.headUserId,
        createdAt: params.now,
        updatedAt: params.now,
      })
      .returning()
      .get();
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorUserId,
      action: 'unit.create',
      entityType: 'unit',
      entityId: unit.id,
      after: unit,
      at: params.now,
    });
    return unit;
  });
}

/** Changes a unit and writes its audit entry with the row before and after; undefined when gone. */
export function updateUnit(
  db: Db,
  params: { teamId: string; id: number; actorUserId: string; now: Date } & UnitInput,
): { before: Unit; after: Unit } | undefined {
  return db.transaction((tx) => {
    const before = getUnitById(tx, { teamId: params.teamId, id: params.id });
    if (!before) return undefined;
    const after = tx
      .update(units)
      .set({ code: params.code, name: params.name, headUserId: params.headUserId, updatedAt: params.now })
      .where(and(eq(units.teamId, params.teamId), eq(units.id, params.id)))
      .returning()
      .get();
    if (!after) return undefined;
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorUserId,
      action: 'unit.update',
      entityType: 'unit',
      entityId: after.id,
      before,
      after,
      at: params.now,
    });
    return { before, after };
  });
}

/** The partnerships a unit takes part in. */
export function listPartnershipIdsOfUnit(db: Db, params: { teamId: string; unitId: number }): number[] {
  return db
    .select({ id: partnershipUnits.partnershipId })
    .from(partnershipUnits)
    .where(and(eq(partnershipUnits.teamId, params.teamId), eq(partnershipUnits.unitId, params.unitId)))
    .all()
    .map((r) => r.id);
}
