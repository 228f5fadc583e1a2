import { createRequire } from 'node:module';
import { type Locale, t } from '../../i18n/index.js';
import type { CadenceSpec, TimeMessageKey } from './cadence.js';
import { type LocalDate, localDateTimeOf, parseLocalDate, weekdayOf } from './calendar.js';

interface CronDescriber {
  toString(expression: string, options: { locale: string; use24HourTimeFormat: boolean }): string;
}
// cronstrue is CommonJS with a default-only typing; Node and vitest hand its default import over in
// different shapes, so it is required directly. `cronstrue/i18n` (not the plain entry) has every
// locale, Indonesian included. The cast is to the one method we use.
const cronstrue = createRequire(import.meta.url)('cronstrue/i18n') as CronDescriber;

const WEEKDAY_KEYS = [
  'weekday.sunday',
  'weekday.monday',
  'weekday.tuesday',
  'weekday.wednesday',
  'weekday.thursday',
  'weekday.friday',
  'weekday.saturday',
] as const satisfies readonly TimeMessageKey[];

/** The catalog keys of the month names, January first. */
export const MONTH_KEYS = [
  'month.january',
  'month.february',
  'month.march',
  'month.april',
  'month.may',
  'month.june',
  'month.july',
  'month.august',
  'month.september',
  'month.october',
  'month.november',
  'month.december',
] as const satisfies readonly TimeMessageKey[];

const NTH_KEYS = {
  1: 'cadence.nth.first',
  2: 'cadence.nth.second',
  3: 'cadence.nth.third',
  4: 'cadence.nth.fourth',
  [-1]: 'cadence.nth.last',
} as const satisfies Record<number, TimeMessageKey>;

/** Indonesia's zones by their everyday names; any other zone is shown by its IANA name. */
const ZONE_LABEL_KEYS: Readonly<Record<string, TimeMessageKey>> = {
  'Asia/Jakarta': 'tz.wib',
  'Asia/Pontianak': 'tz.wib',
  'Asia/Makassar': 'tz.wita',
  'Asia/Ujung_Pandang': 'tz.wita',
  'Asia/Jayapura': 'tz.wit',
};

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/** `WIB`, `WITA` or `WIT` for Indonesia's zones; the IANA name for any other. */
export function zoneLabel(timeZone: string, locale: Locale): string {
  const key = ZONE_LABEL_KEYS[timeZone];
  return key ? t(locale, key) : timeZone;
}

/** A `HH:MM` time of day as people write it: `09.00` in Indonesian, `09:00` in English. */
export function formatTimeOfDay(timeOfDay: string, locale: Locale): string {
  const [hours = '00', minutes = '00'] = timeOfDay.split(':');
  return t(locale, 'datetime.time', { hours, minutes });
}

/** The name of a weekday, 0 = Sunday. */
export function weekdayName(weekday: number, locale: Locale): string {
  const key = WEEKDAY_KEYS[weekday];
  return key ? t(locale, key) : String(weekday);
}

/** "Senin, Rabu, dan Jumat": `Intl.ListFormat` knows each language's "and". */
function weekdayList(weekdays: readonly number[], locale: Locale): string {
  const names = weekdays.map((day) => weekdayName(day, locale));
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(names);
}

/**
 * cronstrue's Indonesian, brought to the way Mitra writes: a time of day after "pukul" and with
 * the dot (09.00), "antara" as one standard word, and months and weeks "setiap bulan".
 */
const CRONSTRUE_ID_FIXES: readonly [RegExp, string][] = [
  [/\b(\d{2}):(\d{2})\b/g, '$1.$2'],
  [/\bPada (\d{2}\.\d{2})/g, 'Pukul $1'],
  [/\bpada (\d{2}\.\d{2})/g, 'pukul $1'],
  [/\bdiantara (\d{2}\.\d{2})/g, 'antara pukul $1'],
  [/\bdiantara\b/g, 'antara'],
  [/\bdalam sebulan\b/g, 'setiap bulan'],
  [/\bpada hari (\d+) setiap bulan\b/g, 'pada tanggal $1 setiap bulan'],
  [/\bbulan ini\b/g, 'setiap bulan'],
];

/** Cron's own times are in the description, on the 24-hour clock as everywhere else in Mitra. */
function describeCron(expression: string, locale: Locale): string {
  let words: string;
  try {
    words = cronstrue.toString(expression, { locale, use24HourTimeFormat: true });
  } catch {
    return expression;
  }
  if (locale !== 'id') return words;
  return CRONSTRUE_ID_FIXES.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    words,
  );
}

/**
 * A cadence in words, in `locale`: "Setiap Senin pukul 09.00 WIB", "Every month on the last Friday
 * at 14:00 WIB", and for cron, cronstrue's words followed by the zone.
 */
export function describeCadence(spec: CadenceSpec, locale: Locale): string {
  const zone = zoneLabel(spec.timeZone, locale);
  if (spec.cadence === 'cron') {
    return t(locale, 'cadence.describe.cron', {
      description: describeCron(spec.cronExpression, locale),
      zone,
    });
  }
  const at = { time: formatTimeOfDay(spec.timeOfDay, locale), zone };
  switch (spec.cadence) {
    case 'workdays':
      return t(locale, 'cadence.describe.workdays', at);
    case 'weekly':
      return spec.weekdays.length === 7
        ? t(locale, 'cadence.describe.daily', at)
        : t(locale, 'cadence.describe.weekly', { ...at, weekdays: weekdayList(spec.weekdays, locale) });
    case 'biweekly':
      return t(locale, 'cadence.describe.biweekly', { ...at, weekdays: weekdayList(spec.weekdays, locale) });
    case 'monthly_day':
      return t(
        locale,
        spec.dayOfMonth > 28 ? 'cadence.describe.monthlyDayClamped' : 'cadence.describe.monthlyDay',
        { ...at, day: spec.dayOfMonth },
      );
    case 'monthly_nth':
      return t(locale, 'cadence.describe.monthlyNth', {
        ...at,
        weekday: weekdayName(spec.nthWeekday, locale),
        nth: t(locale, NTH_KEYS[spec.nth as keyof typeof NTH_KEYS] ?? 'cadence.nth.last'),
      });
  }
}

/** A calendar date in words: "Senin, 7 Desember 2026" / "Monday, 7 December 2026". */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  const { year, month, day } = parseLocalDate(date);
  return t(locale, 'datetime.date', {
    weekday: weekdayName(weekdayOf(date), locale),
    day,
    month: t(locale, MONTH_KEYS[month - 1] ?? 'month.january'),
    year,
  });
}

/**
 * An instant as the wall clock in `timeZone` shows it — the one date-time format of Mitra:
 * "Senin, 7 Desember 2026 pukul 09.00 WIB" / "Monday, 7 December 2026 at 09:00 WIB".
 */
export function formatLocalDateTime(at: Date, timeZone: string, locale: Locale): string {
  const local = localDateTimeOf(at, timeZone);
  return t(locale, 'datetime.dateTime', {
    date: formatLocalDate(local.date, locale),
    time: formatTimeOfDay(local.time, locale),
    zone: zoneLabel(timeZone, locale),
  });
}
