import type { ModalView } from '@slack/types';
import { listExtraHolidays } from '../../../db/queries/holidays.js';
import { addDays, localDateOf } from '../../../domain/time/calendar.js';
import { nationalHolidays } from '../../../domain/time/holidays.js';
import type { Locale } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { buildHolidaysModal } from './view.js';

/**
 * The holidays modal with the coming twelve months: national holidays in the user's language and
 * the dates admins added. "Coming" is counted from today in the deployment's zone.
 */
export function holidaysModalView(
  services: Services,
  params: { teamId: string; locale: Locale; generation: number; notice?: string },
): ModalView {
  const today = localDateOf(services.clock(), services.config.timeZone);
  const until = addDays(today, 365);
  const year = Number(today.slice(0, 4));
  const national = [
    ...nationalHolidays(year, params.locale),
    ...nationalHolidays(year + 1, params.locale),
  ].filter((h) => h.date >= today && h.date <= until);
  const extra = listExtraHolidays(services.db, { teamId: params.teamId, from: today }).map((h) => ({
    id: h.id,
    date: h.date,
    name: h.name,
  }));
  return buildHolidaysModal({
    locale: params.locale,
    national,
    extra,
    generation: params.generation,
    ...(params.notice ? { notice: params.notice } : {}),
  });
}
