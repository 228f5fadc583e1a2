/**
 * Five-field cron expressions (`minute hour day-of-month month day-of-week`), read the way Vixie
 * cron and node-cron read them: numbers, `*`, ranges `a-b`, steps `/n`, lists `a,b`, English month
 * and weekday names, 7 = Sunday. Seconds fields and Quartz extensions (`L`, `W`, `#`, `?`) are not
 * accepted: the monthly cadences cover "last Friday" and the like in words.
 *
 * Our own matcher rather than a library's, because due times of every cadence — cron included —
 * must come from one calendar walk with one DST rule (see `instantOfLocal`).
 */
import { daysInMonth, type LocalDate, parseLocalDate, weekdayOf } from './calendar.js';

export interface CronSchedule {
  /** Times of day the expression fires on a matching date, `HH:MM`, ascending. */
  timesOfDay: readonly string[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /**
   * Cron's old rule: when both day fields are restricted, a date matches if *either* does
   * (`0 9 1 * 1` is the 1st and every Monday). A field is unrestricted when it starts with `*`.
   */
  dayOfMonthRestricted: boolean;
  weekdayRestricted: boolean;
}

interface FieldRule {
  min: number;
  max: number;
  /** Upper end of `*`; day-of-week accepts 7 for Sunday but `*` stops at 6. */
  starMax?: number;
  names?: readonly string[];
  /** Value of `names[0]`. */
  namesFrom?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS = {
  minute: { min: 0, max: 59 },
  hour: { min: 0, max: 23 },
  dayOfMonth: { min: 1, max: 31 },
  month: { min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  weekday: { min: 0, max: 7, starMax: 6, names: WEEKDAY_NAMES, namesFrom: 0 },
} satisfies Record<string, FieldRule>;

const ITEM_RE = /^(?:(\*)|([a-z0-9]+)(?:-([a-z0-9]+))?)(?:\/(\d+))?$/;

function fieldValue(token: string, rule: FieldRule): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const index = rule.names?.indexOf(token) ?? -1;
  return index >= 0 ? index + (rule.namesFrom ?? 0) : undefined;
}

/** The values one field selects, or undefined when the field is malformed or out of range. */
function parseField(text: string, rule: FieldRule): number[] | undefined {
  const values = new Set<number>();
  for (const item of text.toLowerCase().split(',')) {
    const match = ITEM_RE.exec(item);
    if (!match) return undefined;
    const [, star, fromToken, toToken, stepToken] = match;
    const step = stepToken === undefined ? 1 : Number(stepToken);
    let from: number | undefined;
    let to: number | undefined;
    if (star) {
      from = rule.min;
      to = rule.starMax ?? rule.max;
    } else if (fromToken !== undefined) {
      from = fieldValue(fromToken, rule);
      // `5/15` means "from 5 to the end, every 15", as in Vixie cron.
      to = toToken !== undefined ? fieldValue(toToken, rule) : stepToken !== undefined ? rule.max : from;
    }
    if (from === undefined || to === undefined || step < 1) return undefined;
    if (from < rule.min || to > rule.max || from > to) return undefined;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export type CronField = keyof typeof FIELDS;
const FIELD_ORDER: readonly CronField[] = ['minute', 'hour', 'dayOfMonth', 'month', 'weekday'];

/**
 * What is wrong with an expression that {@link parseCron} refuses: the wrong number of parts, or
 * the first field that is malformed or out of range — so the person is told which part to fix.
 * Undefined when the expression parses.
 */
export function cronSyntaxProblem(expression: string): 'parts' | CronField | undefined {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return 'parts';
  return FIELD_ORDER.find((field, index) => !parseField(parts[index] ?? '', FIELDS[field]));
}

/** Parses a five-field cron expression; undefined when it is not one. */
export function parseCron(expression: string): CronSchedule | undefined {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return undefined;
  const [minuteText = '', hourText = '', domText = '', monthText = '', dowText = ''] = parts;
  const minutes = parseField(minuteText, FIELDS.minute);
  const hours = parseField(hourText, FIELDS.hour);
  const daysOfMonth = parseField(domText, FIELDS.dayOfMonth);
  const months = parseField(monthText, FIELDS.month);
  const weekdays = parseField(dowText, FIELDS.weekday);
  if (!minutes || !hours || !daysOfMonth || !months || !weekdays) return undefined;
  return {
    timesOfDay: hours.flatMap((h) => minutes.map((m) => `${pad2(h)}:${pad2(m)}`)),
    daysOfMonth: new Set(daysOfMonth),
    months: new Set(months),
    weekdays: new Set(weekdays.map((d) => d % 7)),
    dayOfMonthRestricted: !domText.startsWith('*'),
    weekdayRestricted: !dowText.startsWith('*'),
  };
}

/** Whether the expression fires on some time of `date`. */
export function cronMatchesDate(cron: CronSchedule, date: LocalDate): boolean {
  const { month, day } = parseLocalDate(date);
  if (!cron.months.has(month)) return false;
  const domMatches = cron.daysOfMonth.has(day);
  const dowMatches = cron.weekdays.has(weekdayOf(date));
  if (cron.dayOfMonthRestricted && cron.weekdayRestricted) return domMatches || dowMatches;
  return domMatches && dowMatches;
}

/**
 * False for an expression no date can ever match, such as `0 9 31 2 *` or `0 9 30 2 *`: only a
 * day-of-month that no chosen month has makes a valid expression impossible. February counts its
 * 29th, so a leap-day cron is possible (it fires every four years).
 */
export function cronCanEverFire(cron: CronSchedule): boolean {
  if (cron.weekdayRestricted) return true;
  const leapYear = 2028;
  return [...cron.months].some((month) =>
    [...cron.daysOfMonth].some((day) => day <= daysInMonth(leapYear, month)),
  );
}
