import type { WebClient } from '@slack/web-api';
import { listWaitingSurveys } from '../db/queries/evaluations.js';
import { listExtraHolidays } from '../db/queries/holidays.js';
import type { PartnershipDetail } from '../db/queries/partnership-detail.js';
import {
  hasOpenPartnership,
  listOpenCoordinatedIds,
  loadCoordinatorViews,
  loadPartnershipDetails,
  pageOfGoalsInChargeOf,
  pageOfVisiblePartnerships,
  partnershipsWithGaps,
  rolesOfUserIn,
} from '../db/queries/partnership-pages.js';
import { isAdmin } from '../domain/permissions.js';
import { translator } from '../i18n/index.js';
import type { Services } from '../services.js';
import {
  buildHomeView,
  type HomeInput,
  MAX_GAP_PARTNERSHIPS,
  MAX_GOALS,
  MAX_PARTNERSHIPS,
} from './views/home.js';

/** How far partnerships with gaps are counted past those shown: enough to say "more than N". */
const GAP_COUNT_CAP = 100;

/**
 * Publishes a user's App Home, in their language: built from the database each time, so it is
 * right after any change. Called on `app_home_opened` and after the user's own changes; a failure
 * to publish is logged, never thrown, since the change itself has succeeded.
 */
export async function publishHome(
  services: Services,
  client: WebClient,
  params: { teamId: string; userId: string },
): Promise<void> {
  const locale = await services.locales.forUser(client, params.userId);
  const t = translator(locale);
  const view = buildHomeView(homeInput(services, params), {
    t,
    locale,
    now: services.clock(),
    extraHolidays: listExtraHolidays(services.db, { teamId: params.teamId }),
  });
  try {
    await client.views.publish({ user_id: params.userId, view });
  } catch (error) {
    services.logger.warn({ err: error, userId: params.userId }, 'could not publish App Home');
  }
}

/**
 * What App Home shows, read with a fixed number of queries whatever the number of partnerships:
 * the first page of each list, its total, and the details of only the partnerships shown.
 */
export function homeInput(services: Services, params: { teamId: string; userId: string }): HomeInput {
  const { db } = services;
  const { teamId, userId } = params;
  const now = services.clock();
  const admin = isAdmin(services.config.admins, userId);
  // Home shows the person's own partnerships, even for admins: "all of them" belongs in /mitra daftar.
  const own = pageOfVisiblePartnerships(db, {
    teamId,
    userId,
    isAdmin: false,
    page: 1,
    pageSize: MAX_PARTNERSHIPS,
    openOnly: true,
  });
  const coordinatedIds = listOpenCoordinatedIds(db, { teamId, userId });
  // Gaps are listed where the user may fix them: everywhere for an admin, else where they coordinate.
  const gaps = partnershipsWithGaps(db, {
    teamId,
    scope: admin ? 'all' : coordinatedIds,
    now,
    limit: MAX_GAP_PARTNERSHIPS,
    countCap: GAP_COUNT_CAP + MAX_GAP_PARTNERSHIPS,
  });
  const details = loadPartnershipDetails(db, {
    teamId,
    partnershipIds: [...own.rows.map((p) => p.id), ...gaps.rows.map((p) => p.id)],
  });
  const roles = rolesOfUserIn(db, { teamId, userId, partnershipIds: own.rows.map((p) => p.id) });
  const detailsOf = (ids: readonly number[]) =>
    ids.flatMap((id) => {
      const detail = details.get(id);
      return detail ? [detail] : [];
    });
  const goals = pageOfGoalsInChargeOf(db, { teamId, userId, limit: MAX_GOALS });
  const partnerships: { detail: PartnershipDetail; roles: HomeInput['partnerships'][number]['roles'] }[] =
    own.rows.flatMap((p) => {
      const detail = details.get(p.id);
      return detail ? [{ detail, roles: roles.get(p.id) ?? [] }] : [];
    });
  return {
    userId,
    isAdmin: admin,
    partnerships,
    goals: goals.rows,
    // Answered surveys stay listed, with "Edit answers", until their cycle closes.
    evaluations: listWaitingSurveys(db, { teamId, userId }),
    fixable: detailsOf(gaps.rows.map((p) => p.id)),
    coordinated: loadCoordinatorViews(db, { teamId, partnershipIds: coordinatedIds }),
    totals: {
      partnerships: own.total,
      goals: goals.total,
      canFix: admin ? hasOpenPartnership(db, { teamId }) : coordinatedIds.length > 0,
      withGaps: gaps.total,
      gapsCapped: gaps.capped,
    },
  };
}
