/** The edges of the evaluation statistics: argument checks, thresholds, ties, collation, privacy limits. */
import { describe, expect, it } from 'vitest';
import { EVALUATION_DIMENSIONS, type EvaluationDimension } from '../../../src/db/schema/evaluations.js';
import {
  anonymiseAnswers,
  breakdownByUnit,
  type CycleSummary,
  DEFAULT_MIN_GROUP_SIZE,
  FLAT_THRESHOLD,
  type SurveyAnswer,
  summariseCycle,
  weakestDimensions,
} from '../../../src/domain/evaluation-stats.js';
import { changeDirection, trend } from '../../../src/domain/evaluation-trend.js';

function answer(
  overrides: Partial<Record<EvaluationDimension, number>> = {},
  unitId: number | null = null,
): SurveyAnswer {
  const scores = Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, overrides[d] ?? 4])) as Record<
    EvaluationDimension,
    number
  >;
  return { unitId, scores };
}

const fromUnit = (unitId: number | null, count: number) =>
  Array.from({ length: count }, () => answer({}, unitId));

describe('argument checks', () => {
  it('accepts a group size of one and nobody invited', () => {
    expect(summariseCycle({ invitedCount: 0, responses: [answer()], minGroupSize: 1 })).toMatchObject({
      minGroupSize: 1,
      smallSample: false,
      responseRate: null,
    });
  });

  it('refuses a group size that is not a positive whole number, and a negative or fractional invitation count', () => {
    expect(() => summariseCycle({ invitedCount: 1, responses: [], minGroupSize: 1.5 })).toThrow(RangeError);
    expect(() => summariseCycle({ invitedCount: 1, responses: [], minGroupSize: -1 })).toThrow(RangeError);
    expect(() => summariseCycle({ invitedCount: -1, responses: [] })).toThrow(/invitedCount/);
    expect(() => summariseCycle({ invitedCount: 1.5, responses: [] })).toThrow(/invitedCount/);
  });

  it('accepts both ends of the scale and refuses 0, 6 and a missing score, naming the dimension', () => {
    expect(
      summariseCycle({ invitedCount: 2, responses: [answer({ trust: 1 }), answer({ trust: 5 })] }).dimensions
        .trust,
    ).toMatchObject({
      min: 1,
      max: 5,
      distribution: [1, 0, 0, 0, 1],
    });
    expect(() => summariseCycle({ invitedCount: 1, responses: [answer({ trust: 0 })] })).toThrow(/trust.*0/);
    expect(() => summariseCycle({ invitedCount: 1, responses: [answer({ efficiency: 6 })] })).toThrow(
      /efficiency.*6/,
    );
    const missing = answer();
    delete (missing.scores as Partial<Record<EvaluationDimension, number>>).roleClarity;
    expect(() => summariseCycle({ invitedCount: 1, responses: [missing] })).toThrow(RangeError);
  });

  it('uses a privacy threshold of three unless told otherwise', () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(3);
    expect(summariseCycle({ invitedCount: 3, responses: fromUnit(null, 2) })).toMatchObject({
      minGroupSize: 3,
      smallSample: true,
    });
  });
});

describe('changes against a previous cycle', () => {
  it('has no change for a dimension the stored previous summary does not have', () => {
    const previous = summariseCycle({ invitedCount: 1, responses: [answer({ trust: 2 })] });
    const older = structuredClone(previous) as CycleSummary;
    delete (older.dimensions as Partial<CycleSummary['dimensions']>).trust;
    const current = summariseCycle({ invitedCount: 1, responses: [answer({ trust: 5 })], previous: older });
    expect(current.dimensions.trust.change).toBeNull();
    expect(current.dimensions.coordination.change).toBe(0);
    expect(
      summariseCycle({ invitedCount: 1, responses: [answer({ trust: 5 })], previous }).dimensions.trust
        .change,
    ).toBe(3);
    expect(trend([older, current]).dimensions.trust.series).toEqual([null, 5]);
  });

  it('gives the overall change from the previous overall mean', () => {
    const previous = summariseCycle({ invitedCount: 1, responses: [answer()] });
    const current = summariseCycle({
      invitedCount: 1,
      responses: [answer({ trust: 5, coordination: 5 })],
      previous,
    });
    expect(current.overallChange).toBeCloseTo(2 / 7, 12);
    expect(summariseCycle({ invitedCount: 1, responses: [answer()] }).overallChange).toBeNull();
  });
});

describe('the flat threshold', () => {
  it('is one tenth of a point', () => {
    expect(FLAT_THRESHOLD).toBe(0.1);
  });

  it('counts a change just under the threshold as flat, either way, and a change at it as a move', () => {
    expect(changeDirection(0.0999)).toBe('flat');
    expect(changeDirection(-0.0999)).toBe('flat');
    expect(changeDirection(0.1)).toBe('up');
    expect(changeDirection(-0.1)).toBe('down');
    expect(changeDirection(0.5, 0.5)).toBe('up');
  });

  it('with a threshold of zero, calls every change up or down and no change flat', () => {
    expect(changeDirection(0.01, 0)).toBe('up');
    expect(changeDirection(-0.01, 0)).toBe('down');
    expect(changeDirection(0, 0)).toBe('flat');
    expect(changeDirection(0)).toBe('flat');
  });

  it('follows the trend’s own threshold', () => {
    const cycle = (trust: number) => summariseCycle({ invitedCount: 1, responses: [answer({ trust })] });
    expect(trend([cycle(3), cycle(4)], { flatThreshold: 2 }).dimensions.trust.direction).toBe('flat');
    expect(trend([cycle(3), cycle(4)]).dimensions.trust.direction).toBe('up');
    expect(trend([cycle(3), cycle(4)]).overall.latestChange).toBeCloseTo(1 / 7, 12);
  });
});

describe('the weakest dimensions', () => {
  const stats = (means: Partial<Record<EvaluationDimension, [number | null, number | null]>>) =>
    Object.fromEntries(
      EVALUATION_DIMENSIONS.map((d) => {
        const [mean, sd] = means[d] ?? [null, null];
        return [
          d,
          {
            dimension: d,
            n: mean === null ? 0 : 2,
            mean,
            sd,
            min: null,
            max: null,
            distribution: [0, 0, 0, 0, 0],
            change: null,
          },
        ];
      }),
    ) as Parameters<typeof weakestDimensions>[0];

  it('orders equal means by survey order when neither has a spread', () => {
    const result = weakestDimensions(
      stats({ trust: [3, null], efficiency: [3, null], coordination: [4, null] }),
      3,
    );
    expect(result.map((w) => w.dimension)).toEqual(['efficiency', 'trust', 'coordination']);
  });

  it('puts a dimension with a spread before an equal one without', () => {
    const result = weakestDimensions(stats({ coordination: [3, null], trust: [3, 0.5] }));
    expect(result.map((w) => w.dimension)).toEqual(['trust', 'coordination']);
  });

  it('takes means a rounding error apart as equal, and means a hundredth apart as different', () => {
    const equal = weakestDimensions(stats({ coordination: [0.1 + 0.2, 0], trust: [0.3, 1] }));
    expect(equal.map((w) => w.dimension)).toEqual(['trust', 'coordination']);
    const apart = weakestDimensions(stats({ coordination: [3, 0], trust: [3.01, 1] }));
    expect(apart.map((w) => w.dimension)).toEqual(['coordination', 'trust']);
  });

  it('leaves out dimensions without responses, and gives two unless asked', () => {
    expect(weakestDimensions(stats({ trust: [2, null] })).map((w) => w.dimension)).toEqual(['trust']);
    expect(
      weakestDimensions(stats({ trust: [2, null], coordination: [1, null], efficiency: [3, null] })),
    ).toHaveLength(2);
  });
});

describe('free-text answers', () => {
  it('sorts by Indonesian collation: case and accents aside, numbers by value', () => {
    expect(anonymiseAnswers(['rapat 10', 'Rapat 9', 'Évaluasi', 'anggaran', 'Rapat'])).toEqual([
      'anggaran',
      'Évaluasi',
      'Rapat',
      'Rapat 9',
      'rapat 10',
    ]);
  });

  it('orders answers equal under collation by their code units, so the order never depends on input order', () => {
    expect(anonymiseAnswers(['rapat', 'Rapat'])).toEqual(['Rapat', 'rapat']);
    expect(anonymiseAnswers(['Rapat', 'rapat'])).toEqual(['Rapat', 'rapat']);
    expect(anonymiseAnswers(['rapat', 'rapat'])).toEqual(['rapat', 'rapat']);
  });
});

describe('per-unit breakdown at the edges', () => {
  it('shows the units when the hidden remainder is exactly the group size', () => {
    const result = breakdownByUnit([...fromUnit(1, 3), ...fromUnit(null, 3)]);
    expect(result).toMatchObject({ status: 'shown', someHidden: true });
  });

  it('shows every unit, in order of id, with nothing hidden when all are large enough', () => {
    const result = breakdownByUnit([...fromUnit(7, 3), ...fromUnit(3, 4)]);
    expect(result).toMatchObject({ status: 'shown', someHidden: false });
    if (result.status !== 'shown') return;
    expect(result.units.map((u) => [u.unitId, u.respondedCount])).toEqual([
      [3, 4],
      [7, 3],
    ]);
  });

  it('uses a group size of three when none is given', () => {
    expect(breakdownByUnit(fromUnit(1, 2))).toEqual({ status: 'withheld', reason: 'tooFewPerUnit' });
    expect(breakdownByUnit(fromUnit(1, 3))).toMatchObject({ status: 'shown' });
  });
});
