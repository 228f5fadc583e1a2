import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  goals,
  type NewGoal,
  type Partnership,
  partnerships,
  partnershipUnits,
  type Role,
  roleAssignments,
} from '../schema/index.js';
import { writeAudit } from './audit.js';

export interface NewPartnershipInput {
  teamId: string;
  actorUserId: string;
  now: Date;
  name: string;
  purpose: string;
  template: string | null;
  unitIds: readonly number[];
  leadUnitId: number;
  channelId: string;
  startDate: string;
  reviewDate: string | null;
  timeZone: string;
  /** The creator's unit: they become its coordinator. */
  coordinatorUnitId: number;
  coordinatorResponsibilities: string | null;
  /** Further roles to assign at creation (e.g. unit heads as managers). */
  roles: readonly { userId: string; unitId: number; role: Role; responsibilities: string | null }[];
  goals: readonly Pick<
    NewGoal,
    'title' | 'indicator' | 'baseline' | 'target' | 'measureUnit' | 'dueDate' | 'ownerUnitId'
  >[];
}

/**
 * Creates a partnership with its units, its creator as coordinator, any suggested roles and goals,
 * and one audit entry per row, in one transaction. The code is `PK-<n>` with n one more than the
 * team's highest; the transaction is IMMEDIATE so two app instances creating at once queue on the
 * write lock instead of both reading the same highest number.
 */
export function createPartnershipWithSetup(db: Db, input: NewPartnershipInput): Partnership {
  return db.transaction(
    (tx) => {
      const top = tx
        .select({ seq: max(partnerships.seq) })
        .from(partnerships)
        .where(eq(partnerships.teamId, input.teamId))
        .get();
      const seq = (top?.seq ?? 0) + 1;
      const partnership = tx
        .insert(partnerships)
        .values({
          teamId: input.teamId,
          code: `PK-${seq}`,
          seq,
          name: input.name,
          purpose: input.purpose,
          template: input.template,
          leadUnitId: input.leadUnitId,
          channelId: input.channelId,
          startDate: input.startDate,
          reviewDate: input.reviewDate,
          timeZone: input.timeZone,
          createdBy: input.actorUserId,
          createdAt: input.now,
          updatedAt: input.now,
        })
        .returning()
        .get();
      const audit = (action: string, entityType: string, entityId: number | string, after: unknown) =>
        writeAudit(tx, {
          teamId: input.teamId,
          actorUserId: input.actorUserId,
          action,
          entityType,
          entityId,
          partnershipId: partnership.id,
          after,
          at: input.now,
        });
      audit('partnership.create', 'partnership', partnership.id, partnership);

      for (const unitId of new Set(input.unitIds)) {
        tx.insert(partnershipUnits)
          .values({ teamId: input.teamId, partnershipId: partnership.id, unitId, joinedAt: input.now })
          .run();
      }
      audit('partnership.units', 'partnership', partnership.id, { unitIds: [...new Set(input.unitIds)] });

      const roles = [
        {
          userId: input.actorUserId,
          unitId: input.coordinatorUnitId,
          role: 'coordinator' as const,
          responsibilities: input.coordinatorResponsibilities,
        },
        ...input.roles,
      ];
      const seen = new Set<string>();
      for (const role of roles) {
        const key = `${role.userId}|${role.unitId}|${role.role}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const row = tx
          .insert(roleAssignments)
          .values({
            teamId: input.teamId,
            partnershipId: partnership.id,
            unitId: role.unitId,
            userId: role.userId,
            role: role.role,
            responsibilities: role.responsibilities,
            assignedBy: input.actorUserId,
            createdAt: input.now,
            updatedAt: input.now,
          })
          .returning()
          .get();
        audit('role.assign', 'role_assignment', row.id, row);
      }

      for (const goal of input.goals) {
        const row = tx
          .insert(goals)
          .values({
            ...goal,
            teamId: input.teamId,
            partnershipId: partnership.id,
            createdBy: input.actorUserId,
            createdAt: input.now,
            updatedAt: input.now,
          })
          .returning()
          .get();
        audit('goal.create', 'goal', row.id, row);
      }
      return partnership;
    },
    { behavior: 'immediate' },
  );
}

/** Remembers where the charter message is, so later changes update it in place. */
export function setCharterTs(
  db: Db,
  params: { teamId: string; partnershipId: number; charterTs: string; now: Date },
): void {
  db.update(partnerships)
    .set({ charterTs: params.charterTs, updatedAt: params.now })
    .where(and(eq(partnerships.teamId, params.teamId), eq(partnerships.id, params.partnershipId)))
    .run();
}
