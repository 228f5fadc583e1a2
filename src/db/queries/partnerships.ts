import {
  and,
  asc,
  eq,
  inArray,
  isNull,
  or,
  type Placeholder,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import { type Actor, isAdmin } from '../../domain/permissions.js';
import type { Db } from '../client.js';
import {
  goals,
  type Partnership,
  partnerships,
  partnershipUnits,
  type Role,
  roleAssignments,
  units,
} from '../schema/index.js';
import { assignmentsOf } from './roles.js';

/** Codes are shown as `PK-3`; people type `pk-3` or `PK3` too. */
export function normaliseCode(typed: string): string {
  const match = /^([a-z]+)-?(\d+)$/i.exec(typed.trim());
  return match ? `${match[1]?.toUpperCase()}-${match[2]}` : typed.trim().toUpperCase();
}

export function getPartnershipByCode(
  db: Db,
  params: { teamId: string; code: string },
): Partnership | undefined {
  return db
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.teamId, params.teamId), eq(partnerships.code, normaliseCode(params.code))))
    .get();
}

export function getPartnershipById(db: Db, params: { teamId: string; id: number }): Partnership | undefined {
  return db
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.teamId, params.teamId), eq(partnerships.id, params.id)))
    .get();
}

/** The roles one person holds in one partnership (possibly several, in several units). */
export function listRolesOfUser(
  db: Db,
  params: { teamId: string; partnershipId: number; userId: string },
): Role[] {
  const rows = db
    .selectDistinct({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(assignmentsOf(params), eq(roleAssignments.userId, params.userId)))
    .all();
  return rows.map((r) => r.role);
}

/** The acting user as the server knows them: admin from configuration, roles from the database. */
export function loadActor(
  db: Db,
  params: { teamId: string; partnershipId: number; userId: string; admins: readonly string[] },
): Actor {
  return {
    userId: params.userId,
    isAdmin: isAdmin(params.admins, params.userId),
    roles: listRolesOfUser(db, params),
  };
}

/**
 * The partnerships a user can see: all of them for an admin; otherwise those where the user
 * holds a role, heads a participating unit or is the person in charge of a goal (who may record
 * its progress, so must find the partnership in Home and `daftar`).
 */
export function listVisiblePartnerships(
  db: Db,
  params: { teamId: string; userId: string; isAdmin: boolean },
): Partnership[] {
  if (params.isAdmin) return listPartnershipsAmong(db, { teamId: params.teamId, anyOf: 'all' });
  return listPartnershipsAmong(db, { teamId: params.teamId, anyOf: visibleIdQueries(db, params) });
}

/**
 * The sub-queries selecting the ids of partnerships a (non-admin) user can see, each through an
 * index: their roles, the units they head, the goals they are in charge of.
 */
export function visibleIdQueries(db: Db, params: { teamId: string; userId: string }): SQLWrapper[] {
  return [...visibleIdSelects(db, params)];
}

function visibleIdSelects(db: Db, params: { teamId: string | Placeholder; userId: string | Placeholder }) {
  const withRole = db
    .select({ id: roleAssignments.partnershipId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.teamId, params.teamId), eq(roleAssignments.userId, params.userId)));
  const headedUnit = db
    .select({ id: partnershipUnits.partnershipId })
    .from(partnershipUnits)
    .innerJoin(units, eq(units.id, partnershipUnits.unitId))
    .where(and(eq(units.teamId, params.teamId), eq(units.headUserId, params.userId)));
  const inCharge = db
    .select({ id: goals.partnershipId })
    .from(goals)
    .where(and(eq(goals.teamId, params.teamId), eq(goals.personInChargeId, params.userId)));
  return [withRole, headedUnit, inCharge] as const;
}

/** The condition on `partnerships` for "the user can see it" (see `listVisiblePartnerships`). */
export function visibleCondition(
  db: Db,
  params: { teamId: string | Placeholder; userId: string | Placeholder; isAdmin: boolean },
): SQL | undefined {
  const base = eq(partnerships.teamId, params.teamId);
  if (params.isAdmin) return base;
  // One IN over a UNION ALL of the indexed sub-queries: SQLite builds the (small) set of the user's ids
  // and reads partnerships by primary key, where an OR of INs walks every partnership of the team.
  // The unary `+` keeps SQLite from walking the team's index of partnerships instead.
  const [withRole, headedUnit, inCharge] = visibleIdSelects(db, params);
  return and(
    sql`+${partnerships.teamId} = ${params.teamId}`,
    inArray(partnerships.id, unionAll(withRole, headedUnit, inCharge)),
  );
}

/**
 * A team's partnerships in code order: all of them, or those whose id one of the `anyOf`
 * sub-queries selects (each selecting one column of partnership ids).
 */
export function listPartnershipsAmong(
  db: Db,
  params: { teamId: string; anyOf: 'all' | readonly SQLWrapper[]; limit?: number },
): Partnership[] {
  const base = eq(partnerships.teamId, params.teamId);
  const where =
    params.anyOf === 'all'
      ? base
      : and(base, or(...params.anyOf.map((ids) => inArray(partnerships.id, ids))));
  const query = db.select().from(partnerships).where(where).orderBy(asc(partnerships.seq));
  return params.limit === undefined ? query.all() : query.limit(params.limit).all();
}

/** Partnerships whose charter could not be posted yet in a channel (e.g. private, Mitra not invited). */
export function listPartnershipsAwaitingCharter(
  db: Db,
  params: { teamId: string; channelId: string },
): Pick<Partnership, 'id' | 'code'>[] {
  return db
    .select({ id: partnerships.id, code: partnerships.code })
    .from(partnerships)
    .where(
      and(
        eq(partnerships.teamId, params.teamId),
        eq(partnerships.channelId, params.channelId),
        isNull(partnerships.charterTs),
      ),
    )
    .all();
}

/** The active partnerships whose shared channel is `channelId` (a message shortcut's channel). */
export function listPartnershipsInChannel(
  db: Db,
  params: { teamId: string; channelId: string },
): Partnership[] {
  return db
    .select()
    .from(partnerships)
    .where(
      and(
        eq(partnerships.teamId, params.teamId),
        eq(partnerships.channelId, params.channelId),
        eq(partnerships.status, 'active'),
      ),
    )
    .orderBy(asc(partnerships.seq))
    .all();
}
