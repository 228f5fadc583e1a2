import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../client.js';
import { type Role, type RoleAssignment, roleAssignments } from '../schema/index.js';
import { writeAudit } from './audit.js';

/** The role assignments of one partnership in the team: every query about roles starts here. */
export function assignmentsOf(params: { teamId: string; partnershipId: number }) {
  return and(
    eq(roleAssignments.teamId, params.teamId),
    eq(roleAssignments.partnershipId, params.partnershipId),
  );
}

/** A partnership's role assignments, in the order they were made. */
export function listRoleAssignments(
  db: Db,
  params: { teamId: string; partnershipId: number },
): RoleAssignment[] {
  return db
    .select()
    .from(roleAssignments)
    .where(assignmentsOf(params))
    .orderBy(asc(roleAssignments.id))
    .all();
}

/** One assignment of one partnership: an id from a payload only counts when both match. */
export function getRoleAssignment(
  db: Db,
  params: { teamId: string; partnershipId: number; id: number },
): RoleAssignment | undefined {
  return db
    .select()
    .from(roleAssignments)
    .where(and(assignmentsOf(params), eq(roleAssignments.id, params.id)))
    .get();
}

/** The same person in the same unit with the same role, other than `exceptId`: the unique index forbids a second. */
export function findDuplicateRoleAssignment(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    userId: string;
    unitId: number;
    role: Role;
    exceptId?: number;
  },
): RoleAssignment | undefined {
  return db
    .select()
    .from(roleAssignments)
    .where(
      and(
        assignmentsOf(params),
        eq(roleAssignments.userId, params.userId),
        eq(roleAssignments.unitId, params.unitId),
        eq(roleAssignments.role, params.role),
        params.exceptId === undefined ? undefined : ne(roleAssignments.id, params.exceptId),
      ),
    )
    .get();
}

export interface RoleFields {
  userId: string;
  unitId: number;
  role: Role;
  responsibilities: string | null;
}

export function insertRoleAssignment(
  db: Db,
  params: { teamId: string; partnershipId: number; assignedBy: string; fields: RoleFields; now: Date },
): RoleAssignment {
  return db
    .insert(roleAssignments)
    .values({
      teamId: params.teamId,
      partnershipId: params.partnershipId,
      assignedBy: params.assignedBy,
      ...params.fields,
      createdAt: params.now,
      updatedAt: params.now,
    })
    .returning()
    .get();
}

export function updateRoleAssignment(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    id: number;
    assignedBy: string;
    fields: RoleFields;
    now: Date;
  },
): RoleAssignment | undefined {
  return db
    .update(roleAssignments)
    .set({ ...params.fields, assignedBy: params.assignedBy, updatedAt: params.now })
    .where(and(assignmentsOf(params), eq(roleAssignments.id, params.id)))
    .returning()
    .get();
}

export function deleteRoleAssignment(
  db: Db,
  params: { teamId: string; partnershipId: number; id: number },
): void {
  db.delete(roleAssignments)
    .where(and(assignmentsOf(params), eq(roleAssignments.id, params.id)))
    .run();
}

/** Assigns a role, or changes `before`, with its audit row, in one transaction. */
export function saveRoleAssignment(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    before: RoleAssignment | undefined;
    fields: RoleFields;
    actor: string;
    now: Date;
  },
): RoleAssignment {
  const { teamId, partnershipId, before, fields, actor, now } = params;
  return db.transaction((tx) => {
    const assignment = before
      ? updateRoleAssignment(tx, { teamId, partnershipId, id: before.id, assignedBy: actor, fields, now })
      : insertRoleAssignment(tx, { teamId, partnershipId, assignedBy: actor, fields, now });
    if (!assignment) throw new Error(`role assignment ${before?.id} vanished while being updated`);
    writeAudit(tx, {
      teamId,
      actorUserId: actor,
      action: before ? 'role.update' : 'role.assign',
      entityType: 'role_assignment',
      entityId: assignment.id,
      partnershipId,
      before: before ?? null,
      after: assignment,
      at: now,
    });
    return assignment;
  });
}

/** Removes an assignment with its audit row, in one transaction. */
export function removeRoleAssignment(
  db: Db,
  params: { teamId: string; partnershipId: number; before: RoleAssignment; actor: string; now: Date },
): void {
  const { teamId, partnershipId, before, actor, now } = params;
  db.transaction((tx) => {
    deleteRoleAssignment(tx, { teamId, partnershipId, id: before.id });
    writeAudit(tx, {
      teamId,
      actorUserId: actor,
      action: 'role.remove',
      entityType: 'role_assignment',
      entityId: before.id,
      partnershipId,
      before,
      after: null,
      at: now,
    });
  });
}
