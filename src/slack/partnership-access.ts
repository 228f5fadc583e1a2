import {
  getPartnershipByCode,
  getPartnershipById,
  listVisiblePartnerships,
  loadActor,
} from '../db/queries/partnerships.js';
import type { Partnership } from '../db/schema/index.js';
import { type Actor, canManagePartnership, isAdmin } from '../domain/permissions.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import type { Services } from '../services.js';

export type PartnershipAccess =
  | { ok: true; partnership: Partnership; actor: Actor }
  | { ok: false; problem: { key: MessageKey; params: MessageParams } };

/**
 * Finds a partnership by code or id *in the caller's team* and checks, on the server, that the
 * user may do what they ask. Every listener that changes a partnership goes through here, and
 * again on submission: a modal's private_metadata only says which partnership, never who may.
 */
export function accessPartnership(
  services: Services,
  params: { teamId: string; userId: string; need: 'view' | 'manage' } & ({ code: string } | { id: number }),
): PartnershipAccess {
  const partnership =
    'code' in params
      ? getPartnershipByCode(services.db, { teamId: params.teamId, code: params.code })
      : getPartnershipById(services.db, { teamId: params.teamId, id: params.id });
  const label = 'code' in params ? params.code.slice(0, 20) : String(params.id);
  if (!partnership) return { ok: false, problem: { key: 'partnership.notFound', params: { code: label } } };
  const actor = loadActor(services.db, {
    teamId: params.teamId,
    partnershipId: partnership.id,
    userId: params.userId,
    admins: services.config.admins,
  });
  if (params.need === 'manage' && !canManagePartnership(actor)) {
    return { ok: false, problem: { key: 'partnership.notAllowed', params: { code: partnership.code } } };
  }
  return { ok: true, partnership, actor };
}

/** The partnerships a user may change (coordinator or admin), for the select in a modal opened without a code. */
export function manageablePartnerships(
  services: Services,
  params: { teamId: string; userId: string },
): Partnership[] {
  const admin = isAdmin(services.config.admins, params.userId);
  return listVisiblePartnerships(services.db, { ...params, isAdmin: admin }).filter(
    (p) =>
      admin ||
      canManagePartnership(
        loadActor(services.db, { ...params, partnershipId: p.id, admins: services.config.admins }),
      ),
  );
}
