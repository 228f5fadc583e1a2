/**
 * Quarters (triwulan) of the Indonesian government's fiscal year, which runs January–December:
 * TW I is January–March, TW II April–June, TW III July–September, TW IV October–December.
 *
 * Pure functions over calendar dates (`YYYY-MM-DD`). A date has no zone of its own: callers pass
 * "today" as the date in the partnership's zone (`localDateOf(now, timeZone)`), so a quarter turns
 * over at midnight where the partnership works, not in UTC.
 */

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/** One quarter of one year: the period of a quarterly report. */
export interface YearQuarter {
  year: number;
  quarter: Quarter;
}

/** Years a report may name; outside them a typed year is a typo, not a period anyone reports on. */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(date: string): { year: number; month: number } {
  const match = DATE_RE.exec(date);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new RangeError(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month };
}

export function isQuarter(value: number): value is Quarter {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** The quarter a calendar date falls in. Throws a `RangeError` on anything but `YYYY-MM-DD`. */
export function quarterOfDate(date: string): YearQuarter {
  const { year, month } = dateParts(date);
  return { year, quarter: Math.ceil(month / 3) as Quarter };
}

import { addDays } from './calendar.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The first day of the quarter: `2026-07-01` for TW III 2026. */
export function quarterStart({ year, quarter }: YearQuarter): string {
  return `${String(year).padStart(4, '0')}-${pad2(quarter * 3 - 2)}-01`;
}

/** The last day of the quarter: `2026-09-30` for TW III 2026 (March and December have 31, June and September 30). */
export function quarterEnd({ year, quarter }: YearQuarter): string {
  const day = quarter === 1 || quarter === 4 ? 31 : 30;
  return `${String(year).padStart(4, '0')}-${pad2(quarter * 3)}-${day}`;
}

export function previousQuarter({ year, quarter }: YearQuarter): YearQuarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}

export function nextQuarter({ year, quarter }: YearQuarter): YearQuarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter };
}

/** Negative when `a` comes before `b`, 0 when they are the same quarter, positive after. */
export function compareQuarters(a: YearQuarter, b: YearQuarter): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

/** Whether a calendar date lies within the quarter (first and last day included). */
export function isInQuarter(date: string, period: YearQuarter): boolean {
  return compareQuarters(quarterOfDate(date), period) === 0;
}

/**
 * The latest quarter whose last day has passed: on 2026-10-01 that is TW III 2026, and on
 * 2026-09-30 — the last day of TW III, still open — TW II 2026. The default period of a report.
 */
export function lastClosedQuarter(today: string): YearQuarter {
  return previousQuarter(quarterOfDate(today));
}

/** `I`, `II`, `III`, `IV`: how reports write a quarter ("Triwulan III 2026"). */
export function romanQuarter(quarter: Quarter): string {
  return ROMAN[quarter - 1] ?? 'I';
}

/** Why a typed period was refused; the command turns each into a sentence of the catalog. */
export type PeriodError =
  /** The words are not a period at all (`laporan PK-1 besok`). */
  | 'unrecognised'
  /** A quarter number outside 1–4 (`tw5`, `q0`, `tw V`). */
  | 'badQuarter'
  /** A year outside {@link MIN_REPORT_YEAR}–{@link MAX_REPORT_YEAR} or not four digits (`tw3 26`). */
  | 'badYear';

export type PeriodParse =
  | {
      ok: true;
      period: YearQuarter /** True when nothing was typed and the default was taken. */;
      defaulted: boolean;
    }
  | { ok: false; error: PeriodError };

const KEYWORDS = ['triwulan', 'quarter', 'tw', 'q'] as const;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** `3`, `03` or a Roman numeral, as a number; null when it is neither. */
function quarterNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return ROMAN_VALUES[text] ?? null;
}

/**
 * Reads the period of `/mitra laporan CODE …` from the words after the code. Accepted, in any
 * letter case: `tw3 2026`, `tw 3 2026`, `tw III 2026`, `triwulan 3 2026`, `quarter 3 2026`,
 * `q3 2026`, and each of them without the year. Nothing typed is the last closed quarter.
 *
 * A missing year is the latest year in which that quarter has begun: typed in February 2026,
 * `q1` is TW I 2026 (in progress) and `q3` TW III 2025 — never a quarter that has not started,
 * which could only give an empty report.
 */
export function parseReportPeriod(words: readonly string[], today: string): PeriodParse {
  const tokens = words.join(' ').toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { ok: true, period: lastClosedQuarter(today), defaulted: true };

  const [first = '', ...rest] = tokens;
  const keyword = KEYWORDS.find((word) => first.startsWith(word));
  if (!keyword) return { ok: false, error: 'unrecognised' };
  // `tw3` carries its number; `tw 3` / `triwulan III` gives it as the next word.
  const glued = first.slice(keyword.length);
  const numberText = glued === '' ? rest.shift() : glued;
  if (numberText === undefined) return { ok: false, error: 'unrecognised' };
  const quarter = quarterNumber(numberText);
  if (quarter === null) return { ok: false, error: 'unrecognised' };
  if (!isQuarter(quarter)) return { ok: false, error: 'badQuarter' };

  if (rest.length > 1) return { ok: false, error: 'unrecognised' };
  const yearText = rest[0];
  if (yearText === undefined) {
    const current = quarterOfDate(today);
    const year = quarter <= current.quarter ? current.year : current.year - 1;
    return { ok: true, period: { year, quarter }, defaulted: false };
  }
  if (!/^\d+$/.test(yearText)) return { ok: false, error: 'unrecognised' };
  const year = Number(yearText);
  if (yearText.length !== 4 || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) {
    return { ok: false, error: 'badYear' };
  }
  return { ok: true, period: { year, quarter }, defaulted: false };
}

/** Which ask of the quarter-end prompt a day belongs to: the quarter's last week, or the next quarter's first. */
export type PromptRound = 'closing' | 'reminder';
/** Days at a quarter's end (and at the next one's start) in which its realisation is asked for. */
export const PROMPT_WINDOW_DAYS = 7;

/**
 * The quarter-end prompt of a day: in the last {@link PROMPT_WINDOW_DAYS} days of a quarter, the
 * `closing` ask for that quarter; in the first days of the next, the `reminder` for the quarter
 * just ended. Any other day: null (nothing to ask).
 */
export function realisationPromptOf(date: string): { round: PromptRound; period: YearQuarter } | null {
  const period = quarterOfDate(date);
  if (date > addDays(quarterEnd(period), -PROMPT_WINDOW_DAYS)) return { round: 'closing', period };
  if (date < addDays(quarterStart(period), PROMPT_WINDOW_DAYS)) {
    return { round: 'reminder', period: previousQuarter(period) };
  }
  return null;
}
