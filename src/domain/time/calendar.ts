/**
 * Time-zone arithmetic with `Intl` only. Calendar dates are `YYYY-MM-DD` strings and times of day
 * `HH:MM` strings: they have no zone of their own, so they never go through a `Date` in local time.
 * An instant is a `Date`; it becomes a local date and time only together with an IANA zone.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay` and cron. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface LocalDateTime {
  date: LocalDate;
  /** `HH:MM`, 24-hour. */
  time: string;
  weekday: Weekday;
}

const DAY_MS = 86_400_000;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
// IANA names only ("Asia/Jakarta", "UTC", "Etc/GMT+7"); Intl would also take offsets like "+07:00",
// which have no DST rules and no name a user recognises.
const IANA_NAME_RE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

// Building an Intl.DateTimeFormat is slow; one per zone is kept for the life of the process.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** True for an IANA zone name the runtime knows (`Asia/Jakarta`, `Europe/Berlin`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!IANA_NAME_RE.test(timeZone)) return false;
  try {
    canonicalTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

const canonicalZones = new Map<string, string>();

/**
 * The runtime's spelling of a zone (`asia/jakarta` → `Asia/Jakarta`), so stored zones compare
 * equal. Throws `RangeError` for an unknown zone; check with {@link isValidTimeZone} first.
 */
export function canonicalTimeZone(timeZone: string): string {
  // Every schedule is checked on every scheduler start, and a new Intl.DateTimeFormat costs about a
  // millisecond: known zones are remembered (only valid ones, and only so many, whatever users type).
  let canonical = canonicalZones.get(timeZone);
  if (canonical === undefined) {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    if (canonicalZones.size < 1000) canonicalZones.set(timeZone, canonical);
  }
  return canonical;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isValidLocalDate(value: string): boolean {
  const match = LOCAL_DATE_RE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** True for a 24-hour `HH:MM` time of day. */
export function isValidTimeOfDay(value: string): boolean {
  return TIME_OF_DAY_RE.test(value);
}

/** Splits a `YYYY-MM-DD` into numbers. The caller has validated it. */
export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days since 1970-01-01 for a calendar date: the zone-free way to count days and weeks. */
export function epochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `date` moved by `days` (negative goes back), across months and years. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date((epochDay(date) + days) * DAY_MS);
  return formatLocalDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** The weekday of a calendar date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): Weekday {
  return new Date(epochDay(date) * DAY_MS).getUTCDay() as Weekday;
}

/** The local date, time (`HH:MM`) and weekday that `at` shows on a wall clock in `timeZone`. */
export function localDateTimeOf(at: Date, timeZone: string): LocalDateTime {
  const wall = wallClockAt(at.getTime(), timeZone);
  const date = formatLocalDate(wall.year, wall.month, wall.day);
  return { date, time: `${pad2(wall.hour)}:${pad2(wall.minute)}`, weekday: weekdayOf(date) };
}

/** The calendar date of `at` in `timeZone`. */
export function localDateOf(at: Date, timeZone: string): LocalDate {
  return localDateTimeOf(at, timeZone).date;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instantMs`, in milliseconds. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const wall = wallClockAt(wholeSecond, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - wholeSecond;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `timeOfDay`.
 *
 * DST makes some wall times ambiguous or missing; a schedule must still get exactly one instant
 * for them, so this follows the rule of `Temporal`'s `disambiguation: 'compatible'` (and of cron
 * daemons): a time that occurs twice (clocks go back) is the earlier one; a time that does not
 * exist (clocks go forward) is moved later by the length of the gap — 02:30 on the night Berlin
 * springs forward is 03:30 CEST.
 */
export function instantOfLocal(date: LocalDate, timeOfDay: string, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const [hour = 0, minute = 0] = timeOfDay.split(':').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // A transition moves the offset at most once within a day either side of the wall time.
  const offsetBefore = zoneOffsetMs(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(wallAsUtc + DAY_MS, timeZone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter]
    .filter((instant) => zoneOffsetMs(instant, timeZone) === wallAsUtc - instant)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  // No candidate shows the wall time: it lies in a gap; keep the offset from before the gap.
  return new Date(earliest ?? wallAsUtc - offsetBefore);
}
