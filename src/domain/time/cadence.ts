import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.js';
import { time } from '../../i18n/messages/time.js';
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

export type TimeMessageKey = keyof (typeof time)['id'] & MessageKey;

/** More runs a day than this is a mistake (`* * * * *`), not a communication plan. */
export const MAX_CRON_RUNS_PER_DAY = 24;
/** Most runs one call returns; a caller that needs more continues from the last one. */
export const MAX_RUNS = 1000;
/** How far ahead a walk looks: nine years covers a leap-day cron even across 2100. */
const HORIZON_DAYS = 9 * 366;
const WORKDAYS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

// ---------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------

const issue = (key: TimeMessageKey) => ({ error: key });

/** Slack's select and checkbox values arrive as strings; the database gives numbers. */
const numericText = (value: unknown): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

const intField = (key: TimeMessageKey, min: number, max: number) =>
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
} as const satisfies Record<'parts' | CronField, TimeMessageKey>;

/** Why a cron expression cannot be a schedule, or undefined when it can. */
function cronProblem(expression: string): TimeMessageKey | undefined {
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
      key: isTimeMessageKey(problem.message) ? problem.message : 'cadence.error.invalid',
    });
  }
  return { ok: false, errors };
}

function isTimeMessageKey(value: string): value is TimeMessageKey {
  return Object.hasOwn(time.id, value);
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
