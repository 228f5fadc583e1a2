import type { MessageKey } from '../i18n/index.js';
import { EVALUATION_DIMENSIONS, type EvaluationDimension } from './enums.js';

/** Units with fewer responses than this are never shown on their own. */
export const DEFAULT_MIN_GROUP_SIZE = 3;
/** A change smaller than this (in absolute value, on the 1–5 scale) counts as flat. */
export const FLAT_THRESHOLD = 0.1;

/** The lowest and highest score of the survey's scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

// Means that differ by less than this are equal: they come from different sums of the same integers.
export const EPSILON = 1e-9;

export type Score = 1 | 2 | 3 | 4 | 5;
/** Counts of the scores 1, 2, 3, 4 and 5, in that order. */
export type Distribution = [number, number, number, number, number];
export type TrendDirection = 'up' | 'down' | 'flat';

/** One manager's answers, without who gave them: the statistics never need the person. */
export interface SurveyAnswer {
  unitId: number | null;
  scores: Record<EvaluationDimension, number>;
  whatWorks?: string | null;
  whatToImprove?: string | null;
}

/** Everything the summary shows about one dimension. `null` where there are no responses. */
export interface DimensionStats {
  dimension: EvaluationDimension;
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); `null` below two responses. */
  sd: number | null;
  min: number | null;
  max: number | null;
  distribution: Distribution;
  /** This mean minus the previous cycle's; `null` when either cycle has no responses. */
  change: number | null;
}

/** A dimension among the two weakest, with the catalog key of what to do about it. */
export interface WeakDimension {
  dimension: EvaluationDimension;
  mean: number;
  sd: number | null;
  /** `evaluation.suggestion.<dimension>`; fill `{code}` with the partnership's code. */
  suggestionKey: MessageKey;
}

/** One unit's figures; only ever built for units that meet the privacy threshold. */
export interface UnitSummary {
  unitId: number;
  respondedCount: number;
  overallMean: number;
  dimensions: Record<EvaluationDimension, { mean: number; sd: number | null }>;
}

/**
 * The per-unit part of a summary.
 * - `shown`: `units` met the threshold; `someHidden` says smaller units (or answers with no unit)
 *   exist and were left out, so the view can say so without saying how many.
 * - `withheld`: nothing is shown — no unit reached the threshold (`tooFewPerUnit`), or the hidden
 *   remainder would be small enough to compute from the overall figures (`differenceRisk`).
 * - `none`: no response carries a unit.
 */
export type UnitBreakdown =
  | { status: 'shown'; units: UnitSummary[]; someHidden: boolean }
  | { status: 'withheld'; reason: 'tooFewPerUnit' | 'differenceRisk' }
  | { status: 'none' };

/**
 * The summary of one cycle. Plain JSON data (no `Map`, no `undefined`), so it can be stored and
 * handed back later as `previous` or to {@link trend}.
 */
export interface CycleSummary {
  invitedCount: number;
  respondedCount: number;
  /** responded / invited, capped at 1; `null` when nobody was invited. */
  responseRate: number | null;
  dimensions: Record<EvaluationDimension, DimensionStats>;
  /** The mean of the dimension means (each dimension weighs the same); `null` with no responses. */
  overallMean: number | null;
  overallChange: number | null;
  /** Up to two dimensions, weakest first. Empty with no responses. */
  weakest: WeakDimension[];
  /** Anonymised free-text answers: trimmed, empties dropped, sorted. */
  whatWorks: string[];
  whatToImprove: string[];
  unitBreakdown: UnitBreakdown;
  /**
   * Fewer responses than `minGroupSize` overall: the overall figures and texts may be traceable to
   * a person (one response *is* that person's answer). They are still shown — the cycle would be
   * pointless otherwise — but the view should say that the group is small.
   */
  smallSample: boolean;
  minGroupSize: number;
}

export interface SummariseCycleInput {
  invitedCount: number;
  responses: readonly SurveyAnswer[];
  /** The previous cycle of the same partnership, for the change per dimension. */
  previous?: CycleSummary | null;
  minGroupSize?: number;
}

/** `evaluation.dimension.<dimension>`: the dimension's name. */
export function dimensionLabelKey(dimension: EvaluationDimension): MessageKey {
  return `evaluation.dimension.${dimension}` as const satisfies MessageKey;
}

/** `evaluation.question.<dimension>`: the survey question for the dimension. */
export function questionKey(dimension: EvaluationDimension): MessageKey {
  return `evaluation.question.${dimension}` as const satisfies MessageKey;
}

/** `evaluation.suggestion.<dimension>`: what to do when the dimension is weak; takes `{code}`. */
export function suggestionKey(dimension: EvaluationDimension): MessageKey {
  return `evaluation.suggestion.${dimension}` as const satisfies MessageKey;
}

const SCALE_KEYS = {
  1: 'evaluation.scale.low',
  2: 'evaluation.scale.2',
  3: 'evaluation.scale.3',
  4: 'evaluation.scale.4',
  5: 'evaluation.scale.high',
} as const satisfies Record<Score, MessageKey>;

/** The label of a point on the 1–5 scale, e.g. "1 — Sangat kurang". */
export function scaleLabelKey(score: Score): MessageKey {
  return SCALE_KEYS[score];
}

/**
 * Summarises one cycle's responses. Scores must be integers from 1 to 5 (the survey's zod schema
 * guarantees it); anything else is a bug upstream and throws a `RangeError` rather than skewing
 * the figures silently.
 */
export function summariseCycle(input: SummariseCycleInput): CycleSummary {
  const { invitedCount, responses, previous = null } = input;
  const minGroupSize = input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    throw new RangeError(`minGroupSize must be a positive integer, got ${minGroupSize}`);
  }
  if (!Number.isInteger(invitedCount) || invitedCount < 0) {
    throw new RangeError(`invitedCount must be a non-negative integer, got ${invitedCount}`);
  }
  for (const response of responses) assertValidScores(response.scores);

  const respondedCount = responses.length;
  const dimensions = mapDimensions((dimension) => {
    const stats = describe(responses.map((r) => r.scores[dimension]));
    const before = previous?.dimensions[dimension]?.mean ?? null;
    return { dimension, ...stats, change: difference(stats.mean, before) };
  });
  const overallMean = meanOfMeans(EVALUATION_DIMENSIONS.map((d) => dimensions[d].mean));

  return {
    invitedCount,
    respondedCount,
    // Capped: someone who answered and was later dropped from the invitation must not make 110%.
    responseRate: invitedCount === 0 ? null : Math.min(1, respondedCount / invitedCount),
    dimensions,
    overallMean,
    overallChange: difference(overallMean, previous?.overallMean ?? null),
    weakest: weakestDimensions(dimensions, 2),
    whatWorks: anonymiseAnswers(responses.map((r) => r.whatWorks)),
    whatToImprove: anonymiseAnswers(responses.map((r) => r.whatToImprove)),
    unitBreakdown: breakdownByUnit(responses, minGroupSize),
    smallSample: respondedCount < minGroupSize,
    minGroupSize,
  };
}

/**
 * The `count` weakest dimensions that have responses: lowest mean first, ties broken by larger
 * spread (no spread counts as 0), then by survey order.
 */
export function weakestDimensions(
  dimensions: Record<EvaluationDimension, DimensionStats>,
  count = 2,
): WeakDimension[] {
  const rated: WeakDimension[] = [];
  for (const dimension of EVALUATION_DIMENSIONS) {
    const { mean, sd } = dimensions[dimension];
    if (mean !== null) rated.push({ dimension, mean, sd, suggestionKey: suggestionKey(dimension) });
  }
  const order = (d: EvaluationDimension) => EVALUATION_DIMENSIONS.indexOf(d);
  rated.sort((a, b) => {
    if (Math.abs(a.mean - b.mean) > EPSILON) return a.mean - b.mean;
    const spread = (b.sd ?? 0) - (a.sd ?? 0);
    if (Math.abs(spread) > EPSILON) return spread;
    return order(a.dimension) - order(b.dimension);
  });
  return rated.slice(0, count);
}

// Indonesian collation so "Rapat" sorts next to "rapat"; the code-unit fallback makes it total.
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * Free-text answers without their authors: trimmed, empty ones dropped, sorted so the order says
 * nothing about who answered or when.
 */
export function anonymiseAnswers(answers: ReadonlyArray<string | null | undefined>): string[] {
  return answers
    .map((a) => (a ?? '').trim())
    .filter((a) => a.length > 0)
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Per-unit figures under the privacy rule described at the top of this file. */
export function breakdownByUnit(
  responses: readonly SurveyAnswer[],
  minGroupSize = DEFAULT_MIN_GROUP_SIZE,
): UnitBreakdown {
  const byUnit = new Map<number, SurveyAnswer[]>();
  for (const response of responses) {
    if (response.unitId === null) continue;
    const group = byUnit.get(response.unitId) ?? [];
    group.push(response);
    byUnit.set(response.unitId, group);
  }
  if (byUnit.size === 0) return { status: 'none' };

  const shown = [...byUnit.entries()]
    .filter(([, group]) => group.length >= minGroupSize)
    .sort(([a], [b]) => a - b);
  if (shown.length === 0) return { status: 'withheld', reason: 'tooFewPerUnit' };

  // Everything not shown — small units and answers without a unit — is overall minus the shown units.
  const remainder = responses.length - shown.reduce((sum, [, group]) => sum + group.length, 0);
  if (remainder > 0 && remainder < minGroupSize) return { status: 'withheld', reason: 'differenceRisk' };

  const units = shown.map(([unitId, group]): UnitSummary => {
    const dimensions = mapDimensions((dimension) => {
      const { mean, sd } = describe(group.map((r) => r.scores[dimension]));
      // A shown unit has at least one response, so every mean exists.
      return { mean: mean ?? 0, sd };
    });
    const overallMean = meanOfMeans(EVALUATION_DIMENSIONS.map((d) => dimensions[d].mean)) ?? 0;
    return { unitId, respondedCount: group.length, overallMean, dimensions };
  });
  return { status: 'shown', units, someHidden: remainder > 0 };
}

export function mapDimensions<T>(fn: (dimension: EvaluationDimension) => T): Record<EvaluationDimension, T> {
  return Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, fn(d)])) as Record<EvaluationDimension, T>;
}

function assertValidScores(scores: Record<EvaluationDimension, number>): void {
  for (const dimension of EVALUATION_DIMENSIONS) {
    const score = scores[dimension];
    if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
      throw new RangeError(`score for ${dimension} must be an integer from 1 to 5, got ${score}`);
    }
  }
}

function describe(values: readonly number[]): Omit<DimensionStats, 'dimension' | 'change'> {
  const distribution: Distribution = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - SCORE_MIN] = (distribution[v - SCORE_MIN] ?? 0) + 1;
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null, distribution };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  // Two-pass (deviations from the mean) rather than Σx² − n·mean², which loses precision.
  const sd = n < 2 ? null : Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, min: Math.min(...values), max: Math.max(...values), distribution };
}

function meanOfMeans(means: ReadonlyArray<number | null>): number | null {
  const present = means.filter((m): m is number => m !== null);
  return present.length === 0 ? null : present.reduce((sum, m) => sum + m, 0) / present.length;
}

function difference(current: number | null, before: number | null): number | null {
  return current === null || before === null ? null : current - before;
}

/**
 * Closed cycles, oldest first, each with its summary: the one stored when it closed, else one
 * computed from its responses and chained to the cycle before it, exactly as the close job would
 * have. A cycle imported or closed by an older version still counts — skipping it would make the
 * report claim there was no evaluation at all.
 */
export function chainSummaries<C extends { id: number; summaryJson: CycleSummary | null }>(
  cycles: readonly C[],
  answersOf: (cycleId: number) => { invitedCount: number; responses: readonly SurveyAnswer[] },
): (C & { summaryJson: CycleSummary })[] {
  let previous: CycleSummary | null = null;
  return cycles.map((cycle) => {
    const summaryJson: CycleSummary =
      cycle.summaryJson ?? summariseCycle({ ...answersOf(cycle.id), previous });
    previous = summaryJson;
    return { ...cycle, summaryJson };
  });
}
