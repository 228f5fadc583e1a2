/** What happens with leave (cuti): the modal for a person. The only file other features import. */
import type { ModalView } from '@slack/types';
import { listCurrentLeaves } from '../../../db/queries/leaves.js';
import { isAdmin } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { buildLeaveModal } from './view.js';

/** Leave dates are the deployment's calendar dates (the person's own working days). */
export function leaveToday(services: Services): string {
  return localDateOf(services.clock(), services.config.timeZone);
}

export function leaveModalFor(
  services: Services,
  params: { teamId: string; userId: string; locale: Locale },
): ModalView {
  const admin = isAdmin(services.config.admins, params.userId);
  const today = leaveToday(services);
  const current = listCurrentLeaves(services.db, {
    teamId: params.teamId,
    today,
    ...(admin ? {} : { userIds: [params.userId] }),
  }).slice(0, 20);
  return buildLeaveModal(
    { userId: params.userId, isAdmin: admin, current, today },
    translator(params.locale),
    params.locale,
  );
}
