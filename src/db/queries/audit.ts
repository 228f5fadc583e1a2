import type { Db } from '../client.js';
import { auditLog } from '../schema/index.js';

export interface AuditParams {
  teamId: string;
  actorUserId: string;
  /** A verb in the domain's words, e.g. `partnership.create`, `role.remove`. */
  action: string;
  entityType: string;
  entityId: string | number;
  partnershipId?: number | null;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/** Writes one audit entry. Call it inside the same transaction as the change it records. */
export function writeAudit(db: Db, params: AuditParams): void {
  db.insert(auditLog)
    .values({
      teamId: params.teamId,
      actorUserId: params.actorUserId,
      action: params.action,
      entityType: params.entityType,
      entityId: String(params.entityId),
      partnershipId: params.partnershipId ?? null,
      before: params.before ?? null,
      after: params.after ?? null,
      at: params.at,
    })
    .run();
}
