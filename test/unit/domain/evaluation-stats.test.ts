import { describe, expect, it } from 'vitest';
import { EVALUATION_DIMENSIONS, type EvaluationDimension } from '../../../src/domain/enums.js';
import {
  type CycleSummary,
  dimensionLabelKey,
  questionKey,
  type SurveyAnswer,
  scaleLabelKey,
  suggestionKey,
  summariseCycle,
} from '../../../src/domain/evaluation-stats.js';
import {
  changeDirection,
  formatChange,
  formatPercent,
  formatScore,
  trend,
} from '../../../src/domain/evaluation-trend.js';
import { placeholderNames, t } from '../../../src/i18n/index.js';
import { evaluations } from '../../../src/i18n/messages/evaluations.js';

/** A response scoring 4 everywhere unless told otherwise. */
function answer(
  overrides: Partial<Record<EvaluationDimension, number>> = {},
  extra: Partial<Omit<SurveyAnswer, 'scores'>> = {},
): SurveyAnswer {
  const scores = Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, overrides[d] ?? 4])) as Record<
    EvaluationDimension,
    number
  >;
  return { unitId: null, ...extra, scores };
}

/** `count` responses from one unit, all scoring `score` everywhere. */
function fromUnit(unitId: number | null, count: number, score = 4): SurveyAnswer[] {
  return Array.from({ length: count }, () =>
    answer(Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, score])), { unitId }),
  );
}

describe('summariseCycle', () => {
  it('computes mean, sample standard deviation, min, max and distribution of each dimension', () => {
    const summary = summariseCycle({
      invitedCount: 5,
      responses: [
        answer({ coordination: 4 }),
        answer({ coordination: 2 }),
        answer({ coordination: 5 }),
        answer({ coordination: 3 }),
      ],
    });
    const coordination = summary.dimensions.coordination;
    expect(coordination.n).toBe(4);
    expect(coordination.mean).toBe(3.5);
    // Deviations ±0.5, ±1.5 → squares sum to 5; sample variance 5/3, not the population's 5/4.
    expect(coordination.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(coordination.sd).toBeCloseTo(1.291, 3);
    expect(coordination.min).toBe(2);
    expect(coordination.max).toBe(5);
    expect(coordination.distribution).toEqual([0, 1, 1, 1, 1]);
    expect(summary.dimensions.trust).toMatchObject({ mean: 4, sd: 0, min: 4, max: 4 });
    expect(summary.dimensions.trust.distribution).toEqual([0, 0, 0, 4, 0]);
  });

  it('gives the overall mean as the mean of the dimension means', () => {
    // coordination 3.5, the other six 4 → (3.5 + 6 × 4) / 7.
    const summary = summariseCycle({
      invitedCount: 2,
      responses: [answer({ coordination: 3 }), answer({ coordination: 4 })],
    });
    expect(summary.overallMean).toBeCloseTo(27.5 / 7, 12);
  });

  it('has no spread with a single response and no figures at all with none', () => {
    const one = summariseCycle({ invitedCount: 3, responses: [answer()] });
    expect(one.dimensions.communication).toMatchObject({ n: 1, mean: 4, sd: null });

    const none = summariseCycle({ invitedCount: 3, responses: [] });
    expect(none.dimensions.communication).toEqual({
      dimension: 'communication',
      n: 0,
      mean: null,
      sd: null,
      min: null,
      max: null,
      distribution: [0, 0, 0, 0, 0],
      change: null,
    });
    expect(none.overallMean).toBeNull();
    expect(none.weakest).toEqual([]);
    expect(none.responseRate).toBe(0);
  });

  it('reports the response rate, with no rate when nobody was invited', () => {
    expect(summariseCycle({ invitedCount: 4, responses: fromUnit(null, 3) }).responseRate).toBe(0.75);
    const nobody = summariseCycle({ invitedCount: 0, responses: [] });
    expect(nobody.responseRate).toBeNull();
    expect(nobody.respondedCount).toBe(0);
  });

  it('never reports more than 100% when a responder was later dropped from the invitation', () => {
    expect(summariseCycle({ invitedCount: 2, responses: fromUnit(null, 3) }).responseRate).toBe(1);
  });

  it('shows the change against the previous cycle, and none where either cycle has no responses', () => {
    const previous = summariseCycle({
      invitedCount: 2,
      responses: [answer({ communication: 2 }), answer({ communication: 3 })],
    });
    const current = summariseCycle({
      invitedCount: 2,
      responses: [answer({ communication: 4 }), answer({ communication: 4 })],
      previous,
    });
    expect(current.dimensions.communication.change).toBeCloseTo(1.5, 12);
    expect(current.dimensions.trust.change).toBe(0);
    expect(current.overallChange).toBeCloseTo(1.5 / 7, 12);

    const empty = summariseCycle({ invitedCount: 2, responses: [] });
    expect(
      summariseCycle({ invitedCount: 2, responses: [answer()], previous: empty }).dimensions.trust.change,
    ).toBeNull();
    expect(summariseCycle({ invitedCount: 2, responses: [], previous }).dimensions.trust.change).toBeNull();
    expect(summariseCycle({ invitedCount: 2, responses: [answer()] }).overallChange).toBeNull();
  });

  it('names the two weakest dimensions with a suggestion for each', () => {
    const summary = summariseCycle({
      invitedCount: 2,
      responses: [
        answer({ communication: 2, roleClarity: 3, efficiency: 3 }),
        answer({ communication: 2, roleClarity: 2, efficiency: 4 }),
      ],
    });
    // communication 2.0, roleClarity 2.5, efficiency 3.5.
    expect(summary.weakest.map((w) => w.dimension)).toEqual(['communication', 'roleClarity']);
    expect(summary.weakest[0]).toMatchObject({
      mean: 2,
      suggestionKey: 'evaluation.suggestion.communication',
    });
  });

  it('breaks ties between equal means by the larger spread, then by survey order', () => {
    const summary = summariseCycle({
      invitedCount: 2,
      responses: [
        // trust 1 and 5 (mean 3, wide spread); efficiency and coordination 3 and 3 (mean 3, no spread).
        answer({ coordination: 3, efficiency: 3, trust: 1 }),
        answer({ coordination: 3, efficiency: 3, trust: 5 }),
      ],
    });
    expect(summary.weakest.map((w) => w.dimension)).toEqual(['trust', 'coordination']);
  });

  it('ranks the weakest dimensions the same whatever order the responses arrive in', () => {
    const responses = [
      answer({ coordination: 3, efficiency: 3, trust: 1 }),
      answer({ coordination: 3, efficiency: 3, trust: 5 }),
      answer({ coordination: 2, efficiency: 4 }),
    ];
    const forward = summariseCycle({ invitedCount: 3, responses });
    const backward = summariseCycle({ invitedCount: 3, responses: [...responses].reverse() });
    expect(backward.weakest).toEqual(forward.weakest);
  });

  it('lists the free-text answers trimmed, without empty ones, and not in submission order', () => {
    const responses = [
      answer({}, { whatToImprove: '  Rapat terlalu sering  ', whatWorks: 'Data dibagikan tepat waktu' }),
      answer({}, { whatToImprove: '', whatWorks: null }),
      answer({}, { whatToImprove: 'Anggaran terlambat dicairkan', whatWorks: '   ' }),
      answer({}, { whatToImprove: 'koordinasi jadwal', whatWorks: undefined }),
    ];
    const summary = summariseCycle({ invitedCount: 4, responses });
    expect(summary.whatToImprove).toEqual([
      'Anggaran terlambat dicairkan',
      'koordinasi jadwal',
      'Rapat terlalu sering',
    ]);
    expect(summary.whatWorks).toEqual(['Data dibagikan tepat waktu']);

    const reversed = summariseCycle({ invitedCount: 4, responses: [...responses].reverse() });
    expect(reversed.whatToImprove).toEqual(summary.whatToImprove);
  });

  it('refuses scores outside the 1–5 scale rather than skewing the figures', () => {
    expect(() => summariseCycle({ invitedCount: 1, responses: [answer({ trust: 6 })] })).toThrow(RangeError);
    expect(() => summariseCycle({ invitedCount: 1, responses: [answer({ trust: 2.5 })] })).toThrow(
      RangeError,
    );
    expect(() => summariseCycle({ invitedCount: 1, responses: [], minGroupSize: 0 })).toThrow(RangeError);
  });

  it('flags a cycle with fewer responses than the privacy threshold as a small sample', () => {
    expect(summariseCycle({ invitedCount: 4, responses: fromUnit(null, 2) }).smallSample).toBe(true);
    expect(summariseCycle({ invitedCount: 4, responses: fromUnit(null, 3) }).smallSample).toBe(false);
  });
});

describe('per-unit breakdown', () => {
  const breakdown = (responses: SurveyAnswer[], minGroupSize?: number) =>
    summariseCycle({ invitedCount: responses.length, responses, minGroupSize }).unitBreakdown;

  it('hides a unit with two responses', () => {
    expect(breakdown([...fromUnit(1, 2), ...fromUnit(2, 2)])).toEqual({
      status: 'withheld',
      reason: 'tooFewPerUnit',
    });
  });

  it('shows units with three responses each, with their own figures', () => {
    const result = breakdown([...fromUnit(2, 3, 2), ...fromUnit(1, 3, 5)]);
    expect(result.status).toBe('shown');
    if (result.status !== 'shown') return;
    expect(result.someHidden).toBe(false);
    expect(result.units.map((u) => [u.unitId, u.respondedCount, u.overallMean])).toEqual([
      [1, 3, 5],
      [2, 3, 2],
    ]);
    expect(result.units[1]?.dimensions.trust).toEqual({ mean: 2, sd: 0 });
  });

  it('withholds every unit when a single small unit could be computed from the overall figures', () => {
    // Overall (6×4 + 2×1) minus unit 1 (3×4) minus unit 2 (3×4) would give unit 3's two answers.
    const result = breakdown([...fromUnit(1, 3), ...fromUnit(2, 3), ...fromUnit(3, 2, 1)]);
    expect(result).toEqual({ status: 'withheld', reason: 'differenceRisk' });
  });

  it('withholds the breakdown when the only hidden response is one without a unit', () => {
    expect(breakdown([...fromUnit(1, 3), ...fromUnit(2, 3), ...fromUnit(null, 1)])).toEqual({
      status: 'withheld',
      reason: 'differenceRisk',
    });
  });

  it('shows the large units when the hidden remainder is itself big enough to stay anonymous', () => {
    const result = breakdown([...fromUnit(1, 3), ...fromUnit(2, 2, 1), ...fromUnit(3, 1, 2)]);
    expect(result.status).toBe('shown');
    if (result.status !== 'shown') return;
    expect(result.someHidden).toBe(true);
    expect(result.units.map((u) => u.unitId)).toEqual([1]);
    // Nothing of the hidden units leaks into the breakdown.
    expect(JSON.stringify(result)).not.toMatch(/"unitId":[23]\b/);
  });

  it('follows a custom threshold', () => {
    expect(breakdown([...fromUnit(1, 5), ...fromUnit(2, 5)], 5).status).toBe('shown');
    expect(breakdown([...fromUnit(1, 4), ...fromUnit(2, 5)], 5)).toMatchObject({ status: 'withheld' });
  });

  it('has nothing to break down when no response carries a unit', () => {
    expect(breakdown(fromUnit(null, 4))).toEqual({ status: 'none' });
  });
});

describe('trend', () => {
  const cycle = (communication: number, trust = 4): CycleSummary =>
    summariseCycle({ invitedCount: 1, responses: [answer({ communication, trust })] });
  const noResponses = summariseCycle({ invitedCount: 2, responses: [] });

  it('gives each dimension a series over all cycles, oldest first', () => {
    const result = trend([cycle(2), cycle(3), cycle(5)]);
    expect(result.cycles).toBe(3);
    expect(result.dimensions.communication.series).toEqual([2, 3, 5]);
    expect(result.responseRate).toEqual([1, 1, 1]);
  });

  it('calls the latest change up, down or flat', () => {
    const result = trend([cycle(2, 5), cycle(4, 4), cycle(3, 4)]);
    expect(result.dimensions.communication).toMatchObject({ latestChange: -1, direction: 'down' });
    expect(result.dimensions.trust).toMatchObject({ latestChange: 0, direction: 'flat' });
    expect(trend([cycle(2), cycle(3)]).dimensions.communication.direction).toBe('up');
  });

  it('treats a change below 0.1 as flat and a change of 0.1 as a change', () => {
    expect(changeDirection(0.09)).toBe('flat');
    expect(changeDirection(-0.05)).toBe('flat');
    expect(changeDirection(3.1 - 3.0)).toBe('up');
    expect(changeDirection(2.9 - 3.0)).toBe('down');
    expect(changeDirection(null)).toBeNull();
    expect(changeDirection(0.3, 0.5)).toBe('flat');
  });

  it('compares with the last earlier cycle that had responses', () => {
    const result = trend([cycle(2), noResponses, cycle(4)]);
    expect(result.dimensions.communication.series).toEqual([2, null, 4]);
    expect(result.dimensions.communication).toMatchObject({ latestChange: 2, direction: 'up' });
  });

  it('has no latest change with a single cycle or when the last cycle had no responses', () => {
    expect(trend([cycle(3)]).dimensions.communication.direction).toBeNull();
    expect(trend([cycle(3), noResponses]).dimensions.communication).toMatchObject({
      latestChange: null,
      direction: null,
    });
    expect(trend([]).overall.series).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes scores with a decimal comma in Indonesian and a decimal point in English', () => {
    expect(formatScore(3.8, 'id')).toBe('3,8');
    expect(formatScore(3.8, 'en')).toBe('3.8');
    expect(formatScore(4, 'id')).toBe('4,0');
    expect(formatScore(27.5 / 7, 'id')).toBe('3,9');
    expect(formatScore(null, 'id')).toBe('–');
  });

  it('writes changes with their sign', () => {
    expect(formatChange(0.26, 'id')).toBe('+0,3');
    expect(formatChange(-0.26, 'en')).toBe('-0.3');
    expect(formatChange(0, 'en')).toBe('0.0');
    expect(formatChange(null, 'en')).toBe('–');
  });

  it('writes response rates as whole percentages', () => {
    expect(formatPercent(2 / 3, 'id')).toBe('67%');
    expect(formatPercent(0.75, 'en')).toBe('75%');
    expect(formatPercent(null, 'en')).toBe('–');
  });
});

describe('catalog keys', () => {
  it('has a name, a question and a suggestion for every dimension in both languages', () => {
    for (const dimension of EVALUATION_DIMENSIONS) {
      for (const key of [dimensionLabelKey(dimension), questionKey(dimension), suggestionKey(dimension)]) {
        expect(evaluations.id).toHaveProperty([key]);
        expect(evaluations.en).toHaveProperty([key]);
      }
    }
  });

  it('suggests the Mitra command that helps, with the partnership code filled in', () => {
    expect(t('id', suggestionKey('communication'), { code: 'PK-3' })).toContain('`/mitra jadwal PK-3`');
    expect(t('en', suggestionKey('communication'), { code: 'PK-3' })).toContain('`/mitra schedule PK-3`');
    expect(t('id', suggestionKey('roleClarity'), { code: 'PK-3' })).toContain('`/mitra peran PK-3`');
    expect(t('id', suggestionKey('coordination'), { code: 'PK-3' })).toContain('`/mitra sasaran PK-3`');
    for (const dimension of EVALUATION_DIMENSIONS) {
      expect(t('id', suggestionKey(dimension), { code: 'PK-3' })).toMatch(/`\/mitra \w+ PK-3`/);
      expect(t('en', suggestionKey(dimension), { code: 'PK-3' })).toMatch(/`\/mitra \w+ PK-3`/);
    }
  });

  it('labels both ends of the scale', () => {
    expect(t('id', scaleLabelKey(1))).toBe('1 — Sangat kurang');
    expect(t('id', scaleLabelKey(5))).toBe('5 — Sangat baik');
    expect(t('en', scaleLabelKey(3))).toBe('3 — Fair');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = placeholderNames;
    for (const [key, text] of Object.entries(evaluations.id)) {
      expect(placeholders(evaluations.en[key as keyof typeof evaluations.en]), key).toEqual(
        placeholders(text),
      );
    }
  });
});
