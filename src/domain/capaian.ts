/**
 * Capaian (achievement, %) of a performance indicator, as SAKIP reports it each quarter and in the
 * annual Laporan Kinerja. Pure functions; the enum constants here are the schema's too (the schema
 * imports them, never the reverse).
 *
 * Formula by the indicator's direction:
 * - higher is better (documents issued, budget absorbed): realisasi ÷ target × 100;
 * - lower is better (processing days, complaints): target ÷ realisasi × 100.
 *
 * Edge cases, decided once:
 * - **Missing**: no target or no realisation (null, undefined, NaN, ±∞) — no capaian (`missing`).
 * - **Equal values**, zero included: 100% in both directions. A target of 0 complaints met with 0
 *   complaints is the target met, not a division by zero.
 * - **Zero in the divisor** with unequal values — higher is better with target 0 and some
 *   realisation, lower is better with realisation 0 and a positive target — the target is beaten
 *   by a margin no ratio can express: no number (`unbounded`); the report says why instead.
 *   A zero in the dividend is an ordinary 0% (nothing of a positive target realised; a lower-is-
 *   better target of 0 missed). A ratio too large for a double is `unbounded` too.
 * - **Negative** target or realisation: ratios of signed numbers mislead (−5 ÷ −10 reads as 50%
 *   though −5 beats −10), so no capaian (`negative`). Indicators with signed values are reported
 *   by their realisation alone.
 * - No cap: 130% is reported as 130%. A ministry that caps capaian (often at 120%) caps the
 *   figure it writes, and an average over goals should say whether it was capped; {@link capCapaian}
 *   does it where asked.
 */

export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
/** Whether a larger realisation is better (`higher`) or a smaller one (`lower`, e.g. processing days). */
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** The quarter number that marks an annual target in a list of targets (quarters are 1–4). */
export const ANNUAL = 0;

export type CapaianGap = 'missing' | 'unbounded' | 'negative';

export type Capaian = { ok: true; percent: number } | { ok: false; reason: CapaianGap };

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Capaian in percent (not rounded) of a realisation against a target, by the indicator's direction. */
export function capaian(
  realisation: number | null | undefined,
  target: number | null | undefined,
  direction: IndicatorDirection,
): Capaian {
  if (!isNumber(realisation) || !isNumber(target)) return { ok: false, reason: 'missing' };
  if (realisation < 0 || target < 0) return { ok: false, reason: 'negative' };
  if (realisation === target) return { ok: true, percent: 100 };
  const [dividend, divisor] = direction === 'higher' ? [realisation, target] : [target, realisation];
  const percent = (dividend / divisor) * 100;
  // A zero divisor — or one so small next to the dividend that the ratio overflows a double.
  if (!Number.isFinite(percent)) return { ok: false, reason: 'unbounded' };
  return { ok: true, percent };
}

/** A capaian limited to `cap` percent (e.g. 120), for ministries whose reports cap it. */
export function capCapaian(percent: number, cap: number): number {
  return Math.min(percent, cap);
}

/** One stored target: quarter 1–4, or {@link ANNUAL} (0) for the year as a whole. */
export interface GoalTarget {
  year: number;
  quarter: number;
  value: number;
}

/** The target a quarter's realisation is measured against, and whether it is the quarter's own. */
export interface QuarterTarget {
  value: number;
  kind: 'quarterly' | 'annual';
}

/**
 * The target for one quarter: the quarter's own where the goal has one, else the annual target of
 * that year (a goal may carry only the annual target — the realisation so far is then measured
 * against the year's target, as a cumulative indicator is). Null when the year has neither.
 */
export function targetForQuarter(
  targets: readonly GoalTarget[],
  period: { year: number; quarter: number },
): QuarterTarget | null {
  const quarterly = targets.find((t) => t.year === period.year && t.quarter === period.quarter);
  if (quarterly) return { value: quarterly.value, kind: 'quarterly' };
  const annual = annualTarget(targets, period.year);
  return annual === null ? null : { value: annual, kind: 'annual' };
}

/** The annual target of a year, or null when the goal has none for it. */
export function annualTarget(targets: readonly GoalTarget[], year: number): number | null {
  return targets.find((t) => t.year === year && t.quarter === ANNUAL)?.value ?? null;
}

/**
 * The mean of the capaian that could be computed, or null when none could. Goals without a
 * capaian (missing, unbounded, negative) are left out rather than counted as 0 or 100: the
 * average then speaks for the goals it covers, and `counted` says how many that is.
 */
export function averageCapaian(results: readonly Capaian[]): { mean: number | null; counted: number } {
  const values = results.flatMap((r) => (r.ok ? [r.percent] : []));
  if (values.length === 0) return { mean: null, counted: 0 };
  return { mean: values.reduce((sum, v) => sum + v, 0) / values.length, counted: values.length };
}

/** A progress update as far as the quarter's figures need it. */
export interface QuarterUpdate {
  year: number | null;
  quarter: number | null;
  value: number | null;
  createdAt: Date;
}

/** The updates of one quarter, latest first (ties: later in the list first). */
export function updatesOfQuarter<T extends QuarterUpdate>(
  updates: readonly T[],
  period: { year: number; quarter: number },
): T[] {
  return updates
    .map((update, index) => ({ update, index }))
    .filter(({ update }) => update.year === period.year && update.quarter === period.quarter)
    .sort((a, b) => b.update.createdAt.getTime() - a.update.createdAt.getTime() || b.index - a.index)
    .map(({ update }) => update);
}

/**
 * The quarter's realisation: the value of its latest update that carries one. Realisation is
 * reported as it stands at the time (to date), as SAKIP's quarterly forms ask, so the latest value
 * speaks for the quarter; an update that only changed the status does not erase it. Null when the
 * quarter has no value.
 */
export function quarterRealisation(
  updates: readonly QuarterUpdate[],
  period: { year: number; quarter: number },
): number | null {
  return updatesOfQuarter(updates, period).find((update) => update.value !== null)?.value ?? null;
}
