import { pageOfManageablePartnerships } from '../../db/queries/partnership-pages.js';
import { getPartnershipByCode, getPartnershipById, loadActor } from '../../db/queries/partnerships.js';
import type { Partnership } from '../../db/schema/index.js';
import { type Actor, canManagePartnership, isAdmin } from '../../domain/permissions.js';
import type { MessageKey, MessageParams } from '../../i18n/index.js';
import type { Services } from '../../services.js';
import type { SubcommandContext } from './subcommands.js';

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

/** Slack's static select holds 100 options; the pickers read no more than that. */
export const PICKER_SIZE = 100;

/**
 * The partnerships a user may change (coordinator or admin), for the select in a modal opened
 * without a code: the first `PICKER_SIZE` in code order, read in one query (others are reached
 * by typing their code).
 */
export function manageablePartnerships(
  services: Services,
  params: { teamId: string; userId: string },
): Partnership[] {
  const admin = isAdmin(services.config.admins, params.userId);
  return pageOfManageablePartnerships(services.db, { ...params, isAdmin: admin, pageSize: PICKER_SIZE }).rows;
}

/** What a `/mitra` sub-command needs to look a partnership up and answer the user privately. */
type CommandScope = Pick<SubcommandContext, 'services' | 'teamId' | 'userId' | 't' | 'respond'>;

/**
 * The partnership a sub-command names by CODE, if the user may `need` it. Otherwise the user is
 * told why (no such code in the team, not a coordinator) and the answer is undefined.
 */
export async function partnershipFromCommand(
  ctx: CommandScope,
  code: string,
  need: 'view' | 'manage',
): Promise<{ partnership: Partnership; actor: Actor } | undefined> {
  const access = accessPartnership(ctx.services, { teamId: ctx.teamId, userId: ctx.userId, need, code });
  if (access.ok) return access;
  await ctx.respond({ response_type: 'ephemeral', text: ctx.t(access.problem.key, access.problem.params) });
  return undefined;
}

/**
 * The partnerships for the select of a modal opened without a CODE: those the user may change.
 * With none, the user is told (`noneKey`) and the answer is undefined.
 */
export async function choicesForCommand(
  ctx: CommandScope,
  noneKey: MessageKey = 'partnership.noneToManage',
): Promise<Partnership[] | undefined> {
  const choices = manageablePartnerships(ctx.services, ctx);
  if (choices.length > 0) return choices;
  await ctx.respond({ response_type: 'ephemeral', text: ctx.t(noneKey) });
  return undefined;
}
