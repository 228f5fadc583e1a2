/**
 * What happens with action items: the list, the items of one person, the modals, and the DMs that
 * chase owners and escalate to managers. The only file other features and jobs import.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { getActionItem, listActionItems, listOpenItemsOfOwner } from '../../../db/queries/action-items.js';
import { listEscalations } from '../../../db/queries/escalations.js';
import { listUnitsOfPartnership } from '../../../db/queries/goals.js';
import { getPartnershipById, listRolesOfUser } from '../../../db/queries/partnerships.js';
import { listRoleAssignments } from '../../../db/queries/roles.js';
import type { ActionItem, Partnership } from '../../../db/schema/index.js';
import { type Actor, canManagePartnership } from '../../../domain/permissions.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { context, section } from '../../kit/blocks.js';
import { sendDm } from '../../kit/dm.js';
import type { SlackMessage } from '../../kit/message.js';
import { buildChaseDm, buildGoalEscalationDm, buildItemEscalationDm } from './chase-view.js';
import {
  buildCreateModal,
  buildItemsList,
  type CreateOrigin,
  type ItemViewContext,
  itemBlocks,
} from './view.js';

export type { CreateOrigin } from './view.js';

/** Today in the partnership's zone: due dates are calendar dates there. */
export function todayOf(partnership: Pick<Partnership, 'timeZone'>, now: Date): string {
  return localDateOf(now, partnership.timeZone);
}

export function itemContext(
  services: Services,
  partnership: Pick<Partnership, 'timeZone'>,
  locale: Locale,
): ItemViewContext {
  return { t: translator(locale), locale, today: todayOf(partnership, services.clock()) };
}

/** Coordinators and admins manage every item; an owner acts on their own. */
export function mayActOn(actor: Actor, item: Pick<ActionItem, 'ownerUserId'>): boolean {
  return canManagePartnership(actor) || actor.userId === item.ownerUserId;
}

/** Anyone who takes part (any role) may make an item; admins too. */
export function mayCreateItems(actor: Actor): boolean {
  return actor.isAdmin || actor.roles.length > 0;
}

/** The answer to `/mitra tindak KODE` for this viewer. */
export function itemsListMessage(
  services: Services,
  params: { teamId: string; partnership: Partnership; actor: Actor; locale: Locale },
): { text: string; blocks: KnownBlock[] } {
  const items = listActionItems(services.db, {
    teamId: params.teamId,
    partnershipId: params.partnership.id,
    status: 'open',
  });
  return buildItemsList(
    {
      partnership: params.partnership,
      items,
      viewer: { userId: params.actor.userId, canManage: canManagePartnership(params.actor) },
    },
    itemContext(services, params.partnership, params.locale),
  );
}

/** One item with the buttons this viewer may use, where it is shown (a DM, App Home). */
export function itemMessageBlocks(
  services: Services,
  params: {
    item: ActionItem;
    partnership: Partnership;
    viewer: { userId: string; canManage: boolean };
    locale: Locale;
    place: 'dm' | 'home' | 'request';
  },
): KnownBlock[] {
  return itemBlocks(
    params.item,
    itemContext(services, params.partnership, params.locale),
    params.viewer,
    params.place,
    {
      code: params.partnership.code,
    },
  );
}

/** "Your actions" in App Home: the person's open items across partnerships, with their buttons. */
export function homeActionBlocks(
  services: Services,
  params: { teamId: string; userId: string; locale: Locale },
): KnownBlock[] {
  const items = listOpenItemsOfOwner(services.db, {
    teamId: params.teamId,
    userId: params.userId,
    limit: 10,
  });
  if (items.length === 0) return [];
  const t = translator(params.locale);
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    section(t('action.home.title', { count: items.length })),
  ];
  const partnerships = new Map<number, Partnership | undefined>();
  for (const item of items) {
    if (!partnerships.has(item.partnershipId))
      partnerships.set(
        item.partnershipId,
        getPartnershipById(services.db, { teamId: params.teamId, id: item.partnershipId }),
      );
    const partnership = partnerships.get(item.partnershipId);
    if (!partnership) continue;
    blocks.push(
      ...itemMessageBlocks(services, {
        item,
        partnership,
        viewer: { userId: params.userId, canManage: false },
        locale: params.locale,
        place: 'home',
      }),
    );
  }
  return blocks;
}

/**
 * The modal that makes a new item, pre-filled with `what` (a message's text, an evaluation's
 * suggestion), for the partnerships given (those of a channel, or the one evaluated).
 */
export function createItemModal(
  services: Services,
  params: {
    teamId: string;
    partnerships: readonly Partnership[];
    what: string;
    origin: CreateOrigin;
    locale: Locale;
  },
): ModalView {
  const [first] = params.partnerships;
  const units =
    params.partnerships.length === 1 && first
      ? listUnitsOfPartnership(services.db, { teamId: params.teamId, partnershipId: first.id })
      : [];
  return buildCreateModal(
    { partnerships: params.partnerships, units, what: params.what, origin: params.origin },
    itemContext(services, first ?? { timeZone: services.config.timeZone }, params.locale),
  );
}

/** The coordinators of a partnership (who decide on new due dates). */
export function coordinatorIds(
  services: Services,
  params: { teamId: string; partnershipId: number },
): string[] {
  return [
    ...new Set(
      listRoleAssignments(services.db, params)
        .filter((r) => r.role === 'coordinator')
        .map((r) => r.userId),
    ),
  ];
}

/** The unit an owner works in within a partnership, when the item did not say: where they hold a role. */
export function unitOfOwner(
  services: Services,
  params: { teamId: string; partnershipId: number; userId: string },
): number | null {
  const role = listRoleAssignments(services.db, params).find((r) => r.userId === params.userId);
  return role ? role.unitId : null;
}

/** Re-reads an item and its partnership in the team; undefined when either is gone. */
export function loadItem(
  services: Services,
  params: { teamId: string; id: number },
): { item: ActionItem; partnership: Partnership } | undefined {
  const item = getActionItem(services.db, params);
  const partnership =
    item && getPartnershipById(services.db, { teamId: params.teamId, id: item.partnershipId });
  return item && partnership ? { item, partnership } : undefined;
}

/** Does this person take part in the partnership (any role)? */
export function takesPart(
  services: Services,
  params: { teamId: string; partnershipId: number; userId: string },
): boolean {
  return listRolesOfUser(services.db, params).length > 0;
}

/** Tells the coordinators an owner asks for a new due date, with the buttons to decide. */
export async function askCoordinators(
  services: Services,
  client: WebClient,
  params: { teamId: string; item: ActionItem; partnership: Partnership },
): Promise<void> {
  for (const userId of coordinatorIds(services, {
    teamId: params.teamId,
    partnershipId: params.partnership.id,
  })) {
    if (userId === params.item.ownerUserId) continue;
    const locale = await services.locales.forUser(client, userId);
    const t = translator(locale);
    const text = t('action.request.dm', { user: params.item.ownerUserId, code: params.partnership.code });
    await sendDm(client, userId, {
      text,
      blocks: [
        section(text),
        ...itemMessageBlocks(services, {
          item: params.item,
          partnership: params.partnership,
          viewer: { userId, canManage: true },
          locale,
          place: 'request',
        }),
      ],
    });
  }
}

/** The chasing DM for an owner, in their language. */
export function chaseMessage(
  services: Services,
  params: { item: ActionItem; code: string; timeZone: string; kind: 'due_soon' | 'overdue'; locale: Locale },
): SlackMessage {
  return buildChaseDm(params, itemContext(services, { timeZone: params.timeZone }, params.locale));
}

/** The escalation DM about an overdue item, for one recipient in their language. */
export function itemEscalationMessage(
  services: Services,
  params: {
    item: ActionItem;
    partnership: Pick<Partnership, 'id' | 'code' | 'timeZone'>;
    workdays: number;
    viewer: { userId: string; canManage: boolean };
    locale: Locale;
  },
): SlackMessage {
  return buildItemEscalationDm(params, itemContext(services, params.partnership, params.locale));
}

/** The escalation DM about a goal at risk twice in a row. */
export function goalEscalationMessage(
  services: Services,
  params: {
    goal: { title: string; personInChargeId: string | null };
    partnership: Pick<Partnership, 'id' | 'code' | 'timeZone'>;
    locale: Locale;
  },
): SlackMessage {
  return buildGoalEscalationDm(params, itemContext(services, params.partnership, params.locale));
}

/** For coordinators under the list: the escalation setting and the latest escalations. */
export function escalationLines(
  services: Services,
  params: { teamId: string; partnership: Partnership; locale: Locale },
): KnownBlock[] {
  const t = translator(params.locale);
  const rows = listEscalations(services.db, {
    teamId: params.teamId,
    partnershipId: params.partnership.id,
    limit: 5,
  });
  const lines = [
    t('action.escalation.setting', {
      count: params.partnership.escalationWorkdays,
      code: params.partnership.code,
    }),
    ...rows.map((e) =>
      t(e.subject === 'item' ? 'action.escalation.itemLine' : 'action.escalation.goalLine', {
        date: formatLocalDate(localDateOf(e.escalatedAt, params.partnership.timeZone), params.locale),
        to: e.recipients.length > 0 ? e.recipients.map((u) => `<@${u}>`).join(', ') : '—',
      }),
    ),
  ];
  return [context(lines.join('\n'))];
}
