import type { Locale } from '../i18n/types.js';
import type { GoalStatus } from './enums.js';

/**
 * A goal is overdue when its due date has passed in the partnership's time zone and it is not done.
 * `today` is the calendar date (`YYYY-MM-DD`) in that zone; ISO dates compare correctly as strings.
 */
export function isGoalOverdue(goal: { dueDate: string | null; status: GoalStatus }, today: string): boolean {
  if (goal.dueDate === null || goal.status === 'done') return false;
  return goal.dueDate < today;
}

/**
 * Whether anyone has judged the goal yet. A new goal carries the schema's default status
 * (`on_track`) and no value; showing that as "on track" would claim an assessment nobody made.
 */
export function isGoalAssessed(goal: { currentValue: number | null; status: GoalStatus }): boolean {
  return goal.currentValue !== null || goal.status !== 'on_track';
}

/** The status a reader should see: overdue outranks the recorded status, unassessed is its own. */
export type GoalDisplayStatus = GoalStatus | 'overdue' | 'not_assessed';

export function goalDisplayStatus(
  goal: { dueDate: string | null; currentValue: number | null; status: GoalStatus },
  today: string,
): GoalDisplayStatus {
  if (isGoalOverdue(goal, today)) return 'overdue';
  if (!isGoalAssessed(goal)) return 'not_assessed';
  return goal.status;
}

/**
 * How far a goal has come from its baseline to its target, 0–100 (clamped), or null when it cannot be
 * said (no target, no current value, or a target equal to the baseline). Works for goals that go down
 * (e.g. reduce processing days from 14 to 7) as well as up. A missing baseline counts as 0.
 */
export function goalProgressPercent(goal: {
  baseline: number | null;
  target: number | null;
  currentValue: number | null;
}): number | null {
  const { target, currentValue } = goal;
  if (target === null || currentValue === null) return null;
  const baseline = goal.baseline ?? 0;
  const span = target - baseline;
  if (span === 0) return null;
  const percent = ((currentValue - baseline) / span) * 100;
  return Math.round(Math.min(100, Math.max(0, percent)));
}

/**
 * A formatted number with its unit of measure, as the glossary writes it: a percentage takes no
 * space ("82%"), any other unit one ("4 dokumen"); no unit, the number alone.
 */
export function withMeasureUnit(number: string, measureUnit: string | null | undefined): string {
  const unit = measureUnit?.trim() ?? '';
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** The decimal and grouping separators people type in each language. */
const SEPARATORS = {
  id: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
} as const satisfies Record<Locale, { decimal: string; group: string }>;

/** Largest magnitude accepted: well past any indicator, well inside a double's exact integers. */
const MAX_ABS = 1e12;

/**
 * Reads a number as people type it in a form: `75`, `12,5` (Indonesian decimal comma), `12.5`,
 * `1.250,5` or `1,250.5` (grouped thousands), `-3`. Either separator alone is a decimal point,
 * except the user's grouping separator followed by exactly three digits (`1.500` is fifteen
 * hundred to an Indonesian reader, `1,500` to an English one). Returns null when it is not a number.
 */
export function parseDecimal(text: string, locale: Locale): number | null {
  const compact = text.trim().replace(/[\s\u00a0]/g, '');
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (!match || !/\d/.test(compact)) return null;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2] ?? '';
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let whole: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal point, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (whole.includes(decimal) || !isGrouped(whole, group)) return null;
    whole = whole.split(group).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = body.split(separator);
    if (parts.length > 2) {
      if (!isGrouped(body, separator)) return null;
      whole = parts.join('');
    } else if (separator === SEPARATORS[locale].group && isGrouped(body, separator)) {
      whole = parts.join('');
    } else {
      whole = parts[0] ?? '';
      fraction = parts[1] ?? '';
    }
  } else {
    whole = body;
  }
  // Stryker disable next-line all: a safety net the branches above already guarantee (digits only, some digit); no input reaches it
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  // Stryker disable next-line StringLiteral: Number('.5') and Number('5.') read the same as with the '0's
  const value = sign * Number(`${whole || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS) return null;
  return value === 0 ? 0 : value;
}

/** `1.250.000` / `1,250,000`: a first group of one to three digits, then groups of exactly three. */
function isGrouped(text: string, separator: string): boolean {
  const [first, ...rest] = text.split(separator);
  return (
    rest.length > 0 && /^[1-9]\d{0,2}$/.test(first ?? '') && rest.every((group) => /^\d{3}$/.test(group))
  );
}

/**
 * A number as the user's language writes it (`12,5` / `12.5`). Without grouping, so a value put
 * back into a form field reads back as the same number.
 */
export function formatDecimal(value: number, locale: Locale, options: { grouping?: boolean } = {}): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', {
    maximumFractionDigits: 4,
    useGrouping: options.grouping ?? false,
  }).format(value);
}
