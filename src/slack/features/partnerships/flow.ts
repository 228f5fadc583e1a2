import type { AllMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { listExtraHolidays } from '../../../db/queries/holidays.js';
import {
  isPartnershipVisible,
  loadPartnershipListData,
  pageOfVisiblePartnerships,
} from '../../../db/queries/partnership-pages.js';
import { listUnits } from '../../../db/queries/units.js';
import type { Partnership, Unit } from '../../../db/schema/index.js';
import { accountabilityGaps } from '../../../domain/accountability.js';
import { isAdmin } from '../../../domain/permissions.js';
import { getTemplate } from '../../../domain/templates.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, type Translate, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { newVersion } from '../../kit/block-ids.js';
import { buildNoticeModal } from '../../kit/notice-modal.js';
import { todayFor, type ViewContext } from '../../kit/partnership-lines.js';
import { LIST_PAGE_SIZE, type PartnershipListItem } from './list-view.js';
import { buildNeedUnitsMessage, buildPartnershipModal } from './modal-view.js';

export function viewContext(services: Services, teamId: string, locale: Locale, t: Translate): ViewContext {
  return { t, locale, now: services.clock(), extraHolidays: listExtraHolidays(services.db, { teamId }) };
}

/**
 * Who may see a partnership's detail: an admin, anyone holding a role in it, the head of a
 * participating unit, and anyone acting from its shared channel (they read the charter there).
 */
export function canViewPartnership(
  services: Services,
  params: { teamId: string; userId: string; partnership: Partnership; viaChannelId?: string | undefined },
): boolean {
  const { teamId, userId, partnership } = params;
  if (isAdmin(services.config.admins, userId)) return true;
  if (params.viaChannelId && params.viaChannelId === partnership.channelId) return true;
  return isPartnershipVisible(services.db, { teamId, userId, partnershipId: partnership.id });
}

/** One page of `/mitra daftar`: the partnerships shown, how many there are, and the page shown. */
export interface PartnershipListPage {
  items: PartnershipListItem[];
  total: number;
  page: number;
  /** True for an admin, who sees every partnership. */
  all: boolean;
}

/**
 * One page of the partnerships a user sees in `/mitra daftar`, with what the list shows of each:
 * the page is read in SQL and its details in a few batched queries, so a page costs the same
 * whatever the number of partnerships. Gaps are counted by the domain's rule (as `gapsOf` does).
 */
export function partnershipListItems(
  services: Services,
  params: { teamId: string; userId: string; page?: number },
): PartnershipListPage {
  const { db } = services;
  const admin = isAdmin(services.config.admins, params.userId);
  const now = services.clock();
  const page = pageOfVisiblePartnerships(db, {
    teamId: params.teamId,
    userId: params.userId,
    isAdmin: admin,
    page: params.page ?? 1,
    pageSize: LIST_PAGE_SIZE,
  });
  const data = loadPartnershipListData(db, {
    teamId: params.teamId,
    userId: params.userId,
    partnerships: page.rows,
  });
  const items = page.rows.flatMap((p) => {
    const listed = data.get(p.id);
    if (!listed) return [];
    return [
      {
        partnership: p,
        unitCodes: listed.units.map((u) => u.code),
        goalCount: listed.goals.length,
        gapCount: accountabilityGaps({
          unitIds: listed.units.map((u) => u.id),
          goals: listed.goals,
          roles: listed.roles,
          scheduleCount: listed.scheduleCount,
          today: todayFor(p, now),
        }).length,
        roles: listed.userRoles,
      },
    ];
  });
  return { items, total: page.total, page: page.page, all: admin };
}

/**
 * Opens the create-partnership modal, or says why not: a partnership needs two units, and only
 * admins can add them.
 */
export async function openNewPartnershipModal(
  services: Services,
  client: WebClient,
  params: {
    teamId: string;
    userId: string;
    triggerId: string;
    originChannel: string | null;
    locale: Locale;
    t: Translate;
  },
): Promise<{ ok: true } | { ok: false; text: string }> {
  const units = listUnits(services.db, { teamId: params.teamId });
  if (units.length < 2) {
    return {
      ok: false,
      text: buildNeedUnitsMessage(params.t, units.length, isAdmin(services.config.admins, params.userId)),
    };
  }
  await client.views.open({
    trigger_id: params.triggerId,
    view: partnershipModalFor(services, { ...params, templateId: null }, units),
  });
  return { ok: true };
}

/** Rebuilds the create modal for a chosen template (or none). */
export function partnershipModalFor(
  services: Services,
  params: {
    teamId: string;
    userId: string;
    templateId: string | null;
    originChannel: string | null;
    locale: Locale;
    t: Translate;
    typedName?: string | null;
    typedPurpose?: string | null;
  },
  units: Unit[] = listUnits(services.db, { teamId: params.teamId }),
) {
  return buildPartnershipModal(params.t, {
    units,
    template: getTemplate(params.templateId),
    version: newVersion(services),
    today: localDateOf(services.clock(), services.config.timeZone),
    defaultTimeZone: services.config.timeZone,
    originChannel: params.originChannel,
    userId: params.userId,
    locale: params.locale,
    typedName: params.typedName ?? null,
    typedPurpose: params.typedPurpose ?? null,
  });
}

/** A channel id the create modal can offer: a channel, not a DM. */
export function channelForModal(channelId: string | undefined | null): string | null {
  return channelId && /^[CG][A-Z0-9]+$/.test(channelId) ? channelId : null;
}

/** App Home's "new partnership" button, and the global shortcut: the create modal. */
export async function startNewPartnership(
  services: Services,
  client: AllMiddlewareArgs['client'],
  params: { teamId: string; userId: string; triggerId: string },
): Promise<void> {
  // The trigger_id expires 3 s after the click: no waiting on a slow users.info.
  const locale = await services.locales.forUserQuickly(client, params.userId);
  const t = translator(locale);
  const opened = await openNewPartnershipModal(services, client, {
    ...params,
    originChannel: null,
    locale,
    t,
  });
  if (!opened.ok) {
    // No response_url here: the reason is shown in a small modal instead.
    await client.views.open({
      trigger_id: params.triggerId,
      view: buildNoticeModal({
        title: t('partnership.new.title'),
        close: t('partnership.detail.close'),
        text: opened.text,
      }),
    });
  }
}
