/**
 * Cadences of communication schedules: what a schedule's columns mean, which ones are valid, when
 * the schedule is due, and how to say it in words. Pure: the clock, the holidays and the locale are
 * passed in.
 *
 * Rules the scheduler and the modal rely on:
 * - Due times are walked day by day in the schedule's own time zone; a local time is turned into an
 *   instant by `instantOfLocal` (a DST gap moves it later, a repeated hour takes the first), so one
 *   local date never yields two runs of a fixed-time cadence.
 * - `monthly_day` on the 29th–31st runs on the last day of shorter months: "day 31" means "month
 *   end" to the people who pick it, and skipping February would silently drop a month's reminder.
 * - Holidays do not move a run; the run is kept and marked `skipped: 'holiday'`, so the scheduler
 *   records a skipped delivery on the day it would have posted.
 * - Every walk over the calendar is bounded, so a spec that never fires cannot spin.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { type Locale, type MessageKey, t } from '../../i18n/index.js';
import { schedules } from '../../i18n/messages/schedules.js';
import {
  addDays,
  canonicalTimeZone,
  daysInMonth,
  epochDay,
  instantOfLocal,
  isValidLocalDate,
  isValidTimeOfDay,
  isValidTimeZone,
  type LocalDate,
  localDateOf,
  localDateTimeOf,
  parseLocalDate,
  type Weekday,
  weekdayOf,
} from './calendar.js';
import {
  type CronField,
  type CronSchedule,
  cronCanEverFire,
  cronMatchesDate,
  cronSyntaxProblem,
  parseCron,
} from './cron.js';

/** The input fields a validation error can point at; the modal maps each to its block. */
export const CADENCE_FIELDS = [
  'cadence',
  'weekdays',
  'anchorDate',
  'dayOfMonth',
  'nth',
  'nthWeekday',
  'cronExpression',
  'timeOfDay',
  'timeZone',
] as const;
export type CadenceField = (typeof CADENCE_FIELDS)[number];

interface CronDescriber {
  toString(expression: string, options: { locale: string; use24HourTimeFormat: boolean }): string;
}
// cronstrue is CommonJS with a default-only typing; Node and vitest hand its default import over in
// different shapes, so it is required directly. `cronstrue/i18n` (not the plain entry) has every
// locale, Indonesian included. The cast is to the one method we use.
const cronstrue = createRequire(import.meta.url)('cronstrue/i18n') as CronDescriber;

type ScheduleMessageKey = keyof (typeof schedules)['id'] & MessageKey;

/** More runs a day than this is a mistake (`* * * * *`), not a communication plan. */
export const MAX_CRON_RUNS_PER_DAY = 24;
/** Most runs one call returns; a caller that needs more continues from the last one. */
export const MAX_RUNS = 1000;
/** How far ahead a walk looks: nine years covers a leap-day cron even across 2100. */
const HORIZON_DAYS = 9 * 366;
const WORKDAYS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

const WEEKDAY_KEYS = [
  'weekday.sunday',
  'weekday.monday',
  'weekday.tuesday',
  'weekday.wednesday',
  'weekday.thursday',
  'weekday.friday',
  'weekday.saturday',
] as const satisfies readonly ScheduleMessageKey[];

const MONTH_KEYS = [
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
] as const satisfies readonly ScheduleMessageKey[];

const NTH_KEYS = {
  1: 'cadence.nth.first',
  2: 'cadence.nth.second',
  3: 'cadence.nth.third',
  4: 'cadence.nth.fourth',
  [-1]: 'cadence.nth.last',
} as const satisfies Record<number, ScheduleMessageKey>;

/** Indonesia's zones by their everyday names; any other zone is shown by its IANA name. */
const ZONE_LABEL_KEYS: Readonly<Record<string, ScheduleMessageKey>> = {
  'Asia/Jakarta': 'tz.wib',
  'Asia/Pontianak': 'tz.wib',
  'Asia/Makassar': 'tz.wita',
  'Asia/Ujung_Pandang': 'tz.wita',
  'Asia/Jayapura': 'tz.wit',
};

// ---------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------

const issue = (key: ScheduleMessageKey) => ({ error: key });

/** Slack's select and checkbox values arrive as strings; the database gives numbers. */
const numericText = (value: unknown): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

const intField = (key: ScheduleMessageKey, min: number, max: number) =>
  z.preprocess(numericText, z.number(issue(key)).int(issue(key)).min(min, issue(key)).max(max, issue(key)));

const timeOfDayField = z
  .string(issue('cadence.error.timeOfDay'))
  .trim()
  .refine(isValidTimeOfDay, issue('cadence.error.timeOfDay'));

const timeZoneField = z
  .string(issue('cadence.error.timeZone'))
  .trim()
  .refine(isValidTimeZone, issue('cadence.error.timeZone'))
  .transform(canonicalTimeZone);

const weekdaysField = z
  .array(intField('cadence.error.weekdays', 0, 6), issue('cadence.error.weekdaysEmpty'))
  .min(1, issue('cadence.error.weekdaysEmpty'))
  .transform((days) => [...new Set(days)].sort((a, b) => a - b) as Weekday[]);

const cronField = z
  .string(issue('cadence.error.cronSyntax'))
  .transform((expression) => expression.trim().split(/\s+/).join(' '))
  .superRefine((expression, ctx) => {
    const key = cronProblem(expression);
    if (key) ctx.addIssue({ code: 'custom', message: key });
  });

const CRON_SYNTAX_KEYS = {
  parts: 'cadence.error.cronSyntax',
  minute: 'cadence.error.cronMinute',
  hour: 'cadence.error.cronHour',
  dayOfMonth: 'cadence.error.cronDayOfMonth',
  month: 'cadence.error.cronMonth',
  weekday: 'cadence.error.cronWeekday',
} as const satisfies Record<'parts' | CronField, ScheduleMessageKey>;

/** Why a cron expression cannot be a schedule, or undefined when it can. */
function cronProblem(expression: string): ScheduleMessageKey | undefined {
  const cron = parseCron(expression);
  if (!cron) return CRON_SYNTAX_KEYS[cronSyntaxProblem(expression) ?? 'parts'];
  if (!cronCanEverFire(cron)) return 'cadence.error.cronNeverFires';
  if (cron.timesOfDay.length > MAX_CRON_RUNS_PER_DAY) return 'cadence.error.cronTooFrequent';
  return undefined;
}

const atTime = { timeOfDay: timeOfDayField, timeZone: timeZoneField };

/**
 * A cadence as the schedule modal submits it and the schedules table stores it. Unused columns
 * (null in a database row) are dropped, so a row can be parsed as it is. Every error message is a
 * catalog key; {@link validateCadence} turns them into field errors.
 */
export const cadenceSpecSchema = z.discriminatedUnion(
  'cadence',
  [
    z.object({ cadence: z.literal('workdays'), ...atTime }),
    z.object({ cadence: z.literal('weekly'), weekdays: weekdaysField, ...atTime }),
    z.object({
      cadence: z.literal('biweekly'),
      weekdays: weekdaysField,
      /** Any date in the first week; runs fall in weeks an even number of weeks from it. */
      anchorDate: z
        .string(issue('cadence.error.anchorDate'))
        .trim()
        .refine(isValidLocalDate, issue('cadence.error.anchorDate')),
      ...atTime,
    }),
    z.object({
      cadence: z.literal('monthly_day'),
      dayOfMonth: intField('cadence.error.dayOfMonth', 1, 31),
      ...atTime,
    }),
    z.object({
      cadence: z.literal('monthly_nth'),
      nth: intField('cadence.error.nth', -1, 4).refine((n) => n !== 0, issue('cadence.error.nth')),
      nthWeekday: intField('cadence.error.nthWeekday', 0, 6),
      ...atTime,
    }),
    // A cron expression carries its own times of day; a stored `timeOfDay` is ignored.
    z.object({ cadence: z.literal('cron'), cronExpression: cronField, timeZone: timeZoneField }),
  ],
  issue('cadence.error.cadence'),
);

export type CadenceSpec = z.output<typeof cadenceSpecSchema>;
export type CadenceInput = z.input<typeof cadenceSpecSchema>;

export interface CadenceError {
  field: CadenceField;
  key: MessageKey;
}

export type CadenceValidation = { ok: true; spec: CadenceSpec } | { ok: false; errors: CadenceError[] };

const isCadenceField = (value: unknown): value is CadenceField =>
  CADENCE_FIELDS.some((field) => field === value);

/**
 * Parses a cadence from modal input or a schedule row. Refuses, field by field: an unknown cadence,
 * a time that is not `HH:MM`, an unknown zone, no weekdays, a day outside 1–31, an n-th outside
 * 1–4/last, a bad anchor date, and a cron expression that is malformed, can never fire (`0 9 31 2 *`)
 * or fires more than {@link MAX_CRON_RUNS_PER_DAY} times a day. One error per field, the first found.
 */
export function validateCadence(input: unknown): CadenceValidation {
  const parsed = cadenceSpecSchema.safeParse(input);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const errors: CadenceError[] = [];
  for (const problem of parsed.error.issues) {
    const head = problem.path[0];
    const field: CadenceField = isCadenceField(head) ? head : 'cadence';
    if (errors.some((error) => error.field === field)) continue;
    errors.push({
      field,
      key: isScheduleMessageKey(problem.message) ? problem.message : 'cadence.error.invalid',
    });
  }
  return { ok: false, errors };
}

function isScheduleMessageKey(value: string): value is ScheduleMessageKey {
  return Object.hasOwn(schedules.id, value);
}

// ---------------------------------------------------------------------------------------------
// Due times
// ---------------------------------------------------------------------------------------------

/** What a holiday lookup answers: a plain flag, or the flag with the holiday's name. */
export type HolidayAnswer = boolean | { holiday: boolean; name?: string };

export interface RunOptions {
  /** Whether a local date (in the schedule's zone) is a holiday; see `makeHolidayChecker`. */
  isHoliday?: (localDate: LocalDate) => HolidayAnswer;
  /** The schedule's "skip public holidays" switch. */
  skipHolidays?: boolean;
}

export interface DueRun {
  at: Date;
  /** The run's calendar date in the schedule's zone. */
  localDate: LocalDate;
  /** Set when the run falls on a holiday and the schedule skips holidays: record it, do not post. */
  skipped?: 'holiday';
  holidayName?: string;
}

/** The times of day a cadence is due on one local date, `HH:MM`, ascending; empty when not due. */
type DayRule = (date: LocalDate) => readonly string[];

function dayRule(spec: CadenceSpec): DayRule {
  if (spec.cadence === 'cron') {
    // Validated specs always parse; a hand-built bad one simply never fires.
    const cron: CronSchedule | undefined = parseCron(spec.cronExpression);
    return (date) => (cron && cronMatchesDate(cron, date) ? cron.timesOfDay : []);
  }
  const times = [spec.timeOfDay];
  const on =
    (matches: (date: LocalDate) => boolean): DayRule =>
    (date) =>
      matches(date) ? times : [];
  switch (spec.cadence) {
    case 'workdays':
      return on((date) => WORKDAYS.has(weekdayOf(date)));
    case 'weekly':
      return on((date) => spec.weekdays.includes(weekdayOf(date)));
    case 'biweekly':
      return on((date) => spec.weekdays.includes(weekdayOf(date)) && isEvenWeekFrom(spec.anchorDate, date));
    case 'monthly_day':
      return on((date) => isMonthlyDay(date, spec.dayOfMonth));
    case 'monthly_nth':
      return on((date) => isNthWeekday(date, spec.nth, spec.nthWeekday));
  }
}

/** Monday-based week number since 1970 (1970-01-01 was a Thursday, 3 days after a Monday). */
const mondayWeek = (date: LocalDate): number => Math.floor((epochDay(date) + 3) / 7);

/**
 * Weeks start on Monday (the Indonesian and ISO working week), so a Sunday belongs to the week
 * before it. The anchor's week is the first week that runs — the modal calls it "starting week of" —
 * and every second week after it; nothing runs before it.
 */
function isEvenWeekFrom(anchorDate: LocalDate, date: LocalDate): boolean {
  const weeks = mondayWeek(date) - mondayWeek(anchorDate);
  return weeks >= 0 && weeks % 2 === 0;
}

function isMonthlyDay(date: LocalDate, dayOfMonth: number): boolean {
  const { year, month, day } = parseLocalDate(date);
  return day === Math.min(dayOfMonth, daysInMonth(year, month));
}

function isNthWeekday(date: LocalDate, nth: number, weekday: number): boolean {
  if (weekdayOf(date) !== weekday) return false;
  const { year, month, day } = parseLocalDate(date);
  if (nth === -1) return day + 7 > daysInMonth(year, month);
  return Math.ceil(day / 7) === nth;
}

/**
 * Walks local dates from the day before `after` (a zone ahead of UTC can put `after`'s date behind)
 * up to `lastDate`, yielding due instants strictly after `after`, ascending and never repeated.
 */
function* dueInstants(spec: CadenceSpec, after: Date, lastDate: LocalDate): Generator<DueRun> {
  const rule = dayRule(spec);
  let previous = after.getTime();
  for (let date = addDays(localDateOf(after, spec.timeZone), -1); date <= lastDate; date = addDays(date, 1)) {
    const instants = rule(date)
      .map((time) => instantOfLocal(date, time, spec.timeZone).getTime())
      .sort((a, b) => a - b);
    for (const instant of instants) {
      // Two wall times can meet in one instant (a cron at 02:00 and 03:00 across a DST gap).
      if (instant <= previous) continue;
      previous = instant;
      yield { at: new Date(instant), localDate: date };
    }
  }
}

function markHoliday(run: DueRun, options: RunOptions): DueRun {
  if (!options.skipHolidays || !options.isHoliday) return run;
  const answer = options.isHoliday(run.localDate);
  const holiday = typeof answer === 'boolean' ? answer : answer.holiday;
  if (!holiday) return run;
  const name = typeof answer === 'boolean' ? undefined : answer.name;
  return name === undefined
    ? { ...run, skipped: 'holiday' }
    : { ...run, skipped: 'holiday', holidayName: name };
}

/**
 * The next `count` runs strictly after `after` that will actually post, computed in the schedule's
 * zone. Runs skipped for a holiday in between are included too, marked `skipped: 'holiday'`, but do
 * not count: "the next five dates" are five reminders people will see, and the skips show why a
 * week is missing. So the result can be longer than `count` (never longer than {@link MAX_RUNS}), and
 * shorter when nothing fires within nine years.
 */
export function nextRuns(spec: CadenceSpec, options: RunOptions & { after: Date; count: number }): DueRun[] {
  const wanted = Math.min(Math.max(0, Math.floor(options.count)), MAX_RUNS);
  const runs: DueRun[] = [];
  if (wanted === 0) return runs;
  let posted = 0;
  const lastDate = addDays(localDateOf(options.after, spec.timeZone), HORIZON_DAYS);
  for (const due of dueInstants(spec, options.after, lastDate)) {
    const run = markHoliday(due, options);
    runs.push(run);
    if (!run.skipped) posted += 1;
    if (posted >= wanted || runs.length >= MAX_RUNS) break;
  }
  return runs;
}

/**
 * Every due time in `(from, to]`, skipped ones included and marked, oldest first: the runs missed
 * while the app was down. At most `limit` (default and ceiling {@link MAX_RUNS}); when the result is
 * full, call again with `from` set to the last run's `at` to go on. A window longer than nine years
 * is cut there.
 */
export function dueTimesBetween(
  spec: CadenceSpec,
  from: Date,
  to: Date,
  options: RunOptions & { limit?: number } = {},
): DueRun[] {
  const limit = Math.min(Math.max(0, Math.floor(options.limit ?? MAX_RUNS)), MAX_RUNS);
  const runs: DueRun[] = [];
  if (limit === 0 || to.getTime() <= from.getTime()) return runs;
  const fromDate = localDateOf(from, spec.timeZone);
  const toDate = localDateOf(to, spec.timeZone);
  const lastDate =
    epochDay(toDate) - epochDay(fromDate) > HORIZON_DAYS ? addDays(fromDate, HORIZON_DAYS) : toDate;
  for (const due of dueInstants(spec, from, lastDate)) {
    if (due.at.getTime() > to.getTime()) break;
    runs.push(markHoliday(due, options));
    if (runs.length >= limit) break;
  }
  return runs;
}

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
