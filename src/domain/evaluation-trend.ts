import type { Locale } from '../i18n/index.js';
import type { EvaluationDimension } from './enums.js';
import {
  type CycleSummary,
  EPSILON,
  FLAT_THRESHOLD,
  mapDimensions,
  type TrendDirection,
} from './evaluation-stats.js';

/** Up, down or flat: flat when |change| is below `threshold`; `null` when there is no change to judge. */
export function changeDirection(change: number | null, threshold = FLAT_THRESHOLD): TrendDirection | null {
  if (change === null) return null;
  // The epsilon keeps a change of exactly the threshold (3.1 − 3.0 = 0.10000000000000009) from
  // depending on floating-point noise: it counts as a change either way.
  if (Math.abs(change) < threshold - EPSILON) return 'flat';
  // With a threshold of 0 only a change of exactly 0 is flat (it is neither up nor down).
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

/** One line of a trend: a value per cycle (`null` where a cycle had no responses) and its latest move. */
export interface TrendSeries {
  series: Array<number | null>;
  /** The last cycle's value minus that of the nearest earlier cycle with a value. */
  latestChange: number | null;
  direction: TrendDirection | null;
}

export interface Trend {
  cycles: number;
  dimensions: Record<EvaluationDimension, TrendSeries & { dimension: EvaluationDimension }>;
  overall: TrendSeries;
  responseRate: Array<number | null>;
}

/**
 * The trend over all cycles of a partnership, oldest first. The latest change compares the last
 * cycle with the nearest earlier cycle that has a value, so one cycle nobody answered does not
 * hide the trend; when the last cycle itself has no value there is no latest change.
 */
export function trend(summaries: readonly CycleSummary[], options: { flatThreshold?: number } = {}): Trend {
  const threshold = options.flatThreshold ?? FLAT_THRESHOLD;
  const line = (series: Array<number | null>): TrendSeries => {
    const latestChange = latestDifference(series);
    return { series, latestChange, direction: changeDirection(latestChange, threshold) };
  };
  return {
    cycles: summaries.length,
    dimensions: mapDimensions((dimension) => ({
      dimension,
      ...line(summaries.map((s) => s.dimensions[dimension]?.mean ?? null)),
    })),
    overall: line(summaries.map((s) => s.overallMean)),
    responseRate: summaries.map((s) => s.responseRate),
  };
}

const NO_VALUE = '–';

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Region-qualified tags pin the separators: id-ID writes "3,8", en-US "3.8".
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', options);
}

/** A score with one decimal: "3,8" in Indonesian, "3.8" in English; "–" for no value. */
export function formatScore(value: number | null, locale: Locale): string {
  if (value === null) return NO_VALUE;
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A change with its sign and one decimal: "+0,3", "-0,2", "0,0"; "–" for no value. */
export function formatChange(value: number | null, locale: Locale): string {
  if (value === null) return NO_VALUE;
  return numberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A ratio (0–1) as a whole percentage: "67%"; "–" for no value (e.g. nobody invited). */
export function formatPercent(ratio: number | null, locale: Locale): string {
  if (ratio === null) return NO_VALUE;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

function latestDifference(series: ReadonlyArray<number | null>): number | null {
  const last = series.at(-1) ?? null;
  if (last === null) return null;
  for (let i = series.length - 2; i >= 0; i--) {
    const earlier = series[i] ?? null;
    if (earlier !== null) return last - earlier;
  }
  return null;
}
