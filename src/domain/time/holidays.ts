/**
 * Indonesian public holidays, from `date-holidays` (country `ID`), plus the dates admins add
 * (cuti bersama and the like). Holidays are calendar dates: a schedule asks about the local date of
 * its run in its own zone, so Idulfitri is a holiday on the same date in WIB, WITA and WIT.
 *
 * What `date-holidays` gives for Indonesia (v3.37): every entry has type `public` — New Year,
 * Imlek, Isra Mikraj, Nyepi, Idulfitri (two days), Good Friday, Labour Day, Ascension, Waisak,
 * Iduladha, Pancasila Day, Islamic New Year, 17 August, Maulid, Christmas. We keep `public` only,
 * so `observance` or `optional` entries a later data release may add do not silence reminders.
 * Its data for Nyepi and Waisak ends in 2027 and it knows no cuti bersama: admins add those.
 */
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { type Locale, t } from '../../i18n/index.js';
import { isValidLocalDate, type LocalDate } from './calendar.js';

export interface Holiday {
  date: LocalDate;
  name: string;
}

/** An admin-added date, bare or with a name ("Cuti bersama Idulfitri"). */
export type ExtraHoliday = LocalDate | { date: LocalDate; name?: string | null };

export interface HolidayCheck {
  holiday: boolean;
  name?: string;
}

export type HolidayChecker = (localDate: LocalDate) => HolidayCheck;

/**
 * date-holidays names 27 Rajab (Isra Mikraj) "Maulid Nabi Muhammad" in Indonesian, the name of
 * 12 Rabi al-awwal; people reading a skipped reminder would be told the wrong holiday. Its
 * "Hari tahun baru" is not the name the official holiday decree uses.
 */
const NAME_FIXES: Readonly<Record<string, Partial<Record<Locale, string>>>> = {
  '01-01': { id: 'Tahun Baru Masehi' },
  '27 Rajab': { id: 'Isra Mikraj Nabi Muhammad SAW' },
  // KBBI and the decree write Idulfitri and Iduladha as one word; date-holidays does not.
  '1 Shawwal': { id: 'Hari Raya Idulfitri' },
  '2 Shawwal': { id: 'Hari Raya Idulfitri' },
  '10 Dhu al-Hijjah': { id: 'Hari Raya Iduladha' },
};

/**
 * date-holidays carries every country's rules and its calendar libraries (about 20 MB resident), so
 * it is loaded on the first question about a national holiday, not with the app: a process that
 * never asks does not pay for it. Its CommonJS build is the same code, and `require` keeps the
 * lookup synchronous.
 */
let HolidaysClass: typeof Holidays | undefined;
function loadHolidays(): typeof Holidays {
  HolidaysClass ??= createRequire(import.meta.url)('date-holidays') as typeof Holidays;
  return HolidaysClass;
}

const calendars = new Map<Locale, Holidays>();
const byYear = new Map<string, readonly Holiday[]>();

function calendarFor(locale: Locale): Holidays {
  let calendar = calendars.get(locale);
  // Stryker disable next-line ConditionalExpression: a cache; a fresh calendar gives the same answers
  if (!calendar) {
    // Stryker disable next-line ObjectLiteral,ArrayDeclaration: getHolidays is asked in `locale` anyway
    calendar = new (loadHolidays())('ID', { languages: [locale] });
    calendars.set(locale, calendar);
  }
  return calendar;
}

/**
 * Indonesia's public holidays in `year`, oldest first, names in `locale`. Two holidays on one date
 * are two entries. Computed once per year and locale, then cached: the data does not change while
 * the app runs.
 */
export function nationalHolidays(year: number, locale: Locale = 'id'): readonly Holiday[] {
  const cacheKey = `${year}:${locale}`;
  const cached = byYear.get(cacheKey);
  if (cached) return cached;
  const holidays = calendarFor(locale)
    .getHolidays(year, locale)
    .filter((entry) => entry.type === 'public')
    .map((entry) => ({
      // `date` is the local calendar date followed by a time (and, for Islamic dates, an offset
      // for the evening before); only the date part is the holiday.
      date: entry.date.slice(0, 10),
      name: NAME_FIXES[entry.rule]?.[locale] ?? entry.name,
    }));
  byYear.set(cacheKey, holidays);
  return holidays;
}

/**
 * A lookup for "is this local date a holiday?" that combines national holidays with the dates
 * admins added. Invalid extra dates are ignored. The answer names the holiday, national names first;
 * an unnamed extra date is called "Libur tambahan" / "Additional holiday".
 */
export function makeHolidayChecker(options: {
  extraDates: readonly ExtraHoliday[];
  locale?: Locale;
}): HolidayChecker {
  const locale = options.locale ?? 'id';
  const extras = new Map<LocalDate, string>();
  for (const extra of options.extraDates) {
    const date = typeof extra === 'string' ? extra : extra.date;
    if (!isValidLocalDate(date) || extras.has(date)) continue;
    const name = typeof extra === 'string' ? undefined : extra.name?.trim();
    extras.set(date, name || t(locale, 'cadence.holiday.additional'));
  }
  return (localDate) => {
    if (!isValidLocalDate(localDate)) return { holiday: false };
    const year = Number(localDate.slice(0, 4));
    const names = nationalHolidays(year, locale)
      .filter((holiday) => holiday.date === localDate)
      .map((holiday) => holiday.name);
    const extra = extras.get(localDate);
    if (extra !== undefined) names.push(extra);
    return names.length > 0 ? { holiday: true, name: [...new Set(names)].join(', ') } : { holiday: false };
  };
}
