import type { WebClient } from '@slack/web-api';
import { listWaitingSurveys } from '../db/queries/evaluations.js';
import { listExtraHolidays } from '../db/queries/holidays.js';
import { listGoalsInChargeOf, loadPartnershipDetail } from '../db/queries/partnership-detail.js';
import { listRolesOfUser, listVisiblePartnerships } from '../db/queries/partnerships.js';
import { isAdmin } from '../domain/permissions.js';
import { translator } from '../i18n/index.js';
import type { Services } from '../services.js';
import { buildHomeView, type HomeInput } from './views/home.js';

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
  const { db } = services;
  const { teamId, userId } = params;
  const locale = await services.locales.forUser(client, userId);
  const t = translator(locale);
  // Home shows the person's own partnerships, even for admins: "all of them" belongs in /mitra daftar.
  const partnerships: HomeInput['partnerships'] = listVisiblePartnerships(db, {
    teamId,
    userId,
    isAdmin: false,
  })
    .filter((p) => p.status !== 'closed')
    .flatMap((p) => {
      const detail = loadPartnershipDetail(db, { teamId, partnershipId: p.id });
      return detail ? [{ detail, roles: listRolesOfUser(db, { teamId, partnershipId: p.id, userId }) }] : [];
    });
  const admin = isAdmin(services.config.admins, userId);
  // Gaps are listed where the user may fix them: everywhere for an admin, else where they coordinate.
  const fixable = admin
    ? listVisiblePartnerships(db, { teamId, userId, isAdmin: true })
        .filter((p) => p.status !== 'closed')
        .flatMap((p) => {
          const own = partnerships.find((entry) => entry.detail.partnership.id === p.id);
          const detail = own?.detail ?? loadPartnershipDetail(db, { teamId, partnershipId: p.id });
          return detail ? [detail] : [];
        })
    : partnerships.filter((entry) => entry.roles.includes('coordinator')).map((entry) => entry.detail);
  const view = buildHomeView(
    {
      userId,
      isAdmin: admin,
      partnerships,
      goals: listGoalsInChargeOf(db, { teamId, userId }),
      // Answered surveys stay listed, with "Edit answers", until their cycle closes.
      evaluations: listWaitingSurveys(db, { teamId, userId }),
      fixable,
    },
    { t, locale, now: services.clock(), extraHolidays: listExtraHolidays(db, { teamId }) },
  );
  try {
    await client.views.publish({ user_id: userId, view });
  } catch (error) {
    services.logger.warn({ err: error, userId }, 'could not publish App Home');
  }
}
