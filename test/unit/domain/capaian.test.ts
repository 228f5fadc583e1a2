import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNUAL,
  annualTarget,
  averageCapaian,
  type Capaian,
  capaian,
  capCapaian,
  type GoalTarget,
  type IndicatorDirection,
  quarterRealisation,
  targetForQuarter,
  updatesOfQuarter,
} from '../../../src/domain/capaian.js';

const direction = fc.constantFrom<IndicatorDirection>('higher', 'lower');
const positive = fc.double({ min: 0.001, max: 1e9, noNaN: true });

describe('capaian by direction', () => {
  it('divides realisation by target when higher is better', () => {
    expect(capaian(60, 80, 'higher')).toEqual({ ok: true, percent: 75 });
    expect(capaian(100, 80, 'higher')).toEqual({ ok: true, percent: 125 });
  });

  it('divides target by realisation when lower is better (processing days)', () => {
    // Target 5 days, 10 taken: half achieved; 4 taken: beaten.
    expect(capaian(10, 5, 'lower')).toEqual({ ok: true, percent: 50 });
    expect(capaian(4, 5, 'lower')).toEqual({ ok: true, percent: 125 });
  });

  it('is 100% when realisation equals target, zero included, in both directions', () => {
    expect(capaian(0, 0, 'higher')).toEqual({ ok: true, percent: 100 });
    expect(capaian(0, 0, 'lower')).toEqual({ ok: true, percent: 100 });
    expect(capaian(7.5, 7.5, 'lower')).toEqual({ ok: true, percent: 100 });
  });

  it('is 0% when nothing of a positive target is realised, or a lower target of 0 is missed', () => {
    expect(capaian(0, 80, 'higher')).toEqual({ ok: true, percent: 0 });
    expect(capaian(3, 0, 'lower')).toEqual({ ok: true, percent: 0 });
  });

  it('gives no number when the divisor is 0 and the target is beaten (unbounded)', () => {
    expect(capaian(5, 0, 'higher')).toEqual({ ok: false, reason: 'unbounded' });
    expect(capaian(0, 5, 'lower')).toEqual({ ok: false, reason: 'unbounded' });
  });

  it('gives no number when target or realisation is missing or not finite', () => {
    for (const [r, t] of [
      [null, 80],
      [50, null],
      [undefined, 80],
      [Number.NaN, 80],
      [50, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(capaian(r, t, 'higher')).toEqual({ ok: false, reason: 'missing' });
      expect(capaian(r, t, 'lower')).toEqual({ ok: false, reason: 'missing' });
    }
  });

  it('gives no number for negative values, whose ratios mislead', () => {
    expect(capaian(-5, -10, 'higher')).toEqual({ ok: false, reason: 'negative' });
    expect(capaian(5, -10, 'lower')).toEqual({ ok: false, reason: 'negative' });
    expect(capaian(-1, 10, 'higher')).toEqual({ ok: false, reason: 'negative' });
  });

  it('mirrors: lower-is-better capaian is the higher-is-better one with the values swapped (property)', () => {
    fc.assert(
      fc.property(positive, positive, (r, t) => {
        expect(capaian(r, t, 'lower')).toEqual(capaian(t, r, 'higher'));
      }),
    );
  });

  it('reaches 100% exactly when the target is met, in the direction that counts (property)', () => {
    fc.assert(
      fc.property(positive, positive, direction, (r, t, d) => {
        const result = capaian(r, t, d);
        if (!result.ok) throw new Error(`no capaian for ${r}, ${t}`);
        const met = d === 'higher' ? r >= t : r <= t;
        expect(result.percent >= 100).toBe(met);
        expect(result.percent).toBeGreaterThan(0);
      }),
    );
  });

  it('rises as the realisation improves (property)', () => {
    fc.assert(
      fc.property(positive, positive, positive, direction, (r, better, t, d) => {
        const improved = d === 'higher' ? r + better : r / (1 + better);
        const before = capaian(r, t, d);
        const after = capaian(improved, t, d);
        if (!before.ok || !after.ok) throw new Error('no capaian');
        expect(after.percent).toBeGreaterThanOrEqual(before.percent);
      }),
    );
  });

  it('never throws and is either a finite percentage or a reason (property)', () => {
    const anyValue = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(anyValue, anyValue, direction, (r, t, d) => {
        const result = capaian(r, t, d);
        if (result.ok) expect(Number.isFinite(result.percent) && result.percent >= 0).toBe(true);
        else expect(['missing', 'unbounded', 'negative']).toContain(result.reason);
      }),
    );
  });

  it('caps on request only', () => {
    expect(capCapaian(150, 120)).toBe(120);
    expect(capCapaian(95.5, 120)).toBe(95.5);
  });
});

describe('targets by quarter and year', () => {
  const targets: GoalTarget[] = [
    { year: 2026, quarter: ANNUAL, value: 100 },
    { year: 2026, quarter: 1, value: 20 },
    { year: 2026, quarter: 3, value: 70 },
    { year: 2027, quarter: 2, value: 30 },
  ];

  it('takes the quarter’s own target where there is one', () => {
    expect(targetForQuarter(targets, { year: 2026, quarter: 3 })).toEqual({ value: 70, kind: 'quarterly' });
  });

  it('falls back to the annual target of the same year when the quarter has none', () => {
    expect(targetForQuarter(targets, { year: 2026, quarter: 2 })).toEqual({ value: 100, kind: 'annual' });
  });

  it('has no target for a year with neither (another year’s annual target does not count)', () => {
    expect(targetForQuarter(targets, { year: 2027, quarter: 1 })).toBeNull();
    expect(targetForQuarter(targets, { year: 2025, quarter: 4 })).toBeNull();
    expect(targetForQuarter([], { year: 2026, quarter: 1 })).toBeNull();
  });

  it('reads the annual target of a year', () => {
    expect(annualTarget(targets, 2026)).toBe(100);
    expect(annualTarget(targets, 2027)).toBeNull();
  });
});

describe('averageCapaian', () => {
  it('averages the capaian that could be computed and counts them', () => {
    const results: Capaian[] = [
      { ok: true, percent: 80 },
      { ok: false, reason: 'missing' },
      { ok: true, percent: 110 },
      { ok: false, reason: 'unbounded' },
    ];
    expect(averageCapaian(results)).toEqual({ mean: 95, counted: 2 });
  });

  it('has no mean when nothing could be computed', () => {
    expect(averageCapaian([])).toEqual({ mean: null, counted: 0 });
    expect(averageCapaian([{ ok: false, reason: 'negative' }])).toEqual({ mean: null, counted: 0 });
  });

  it('lies between the smallest and largest capaian counted (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1 }), (percents) => {
        const { mean, counted } = averageCapaian(percents.map((percent) => ({ ok: true, percent })));
        expect(counted).toBe(percents.length);
        expect(mean).toBeGreaterThanOrEqual(Math.min(...percents) - 1e-9);
        expect(mean).toBeLessThanOrEqual(Math.max(...percents) + 1e-9);
      }),
    );
  });
});

describe('the quarter’s updates and realisation', () => {
  const at = (iso: string) => new Date(iso);
  const updates = [
    { id: 1, year: 2026, quarter: 3, value: 40, createdAt: at('2026-07-10T02:00:00Z') },
    { id: 2, year: 2026, quarter: 3, value: 55, createdAt: at('2026-08-20T02:00:00Z') },
    { id: 3, year: 2026, quarter: 3, value: null, createdAt: at('2026-09-25T02:00:00Z') },
    { id: 4, year: 2026, quarter: 4, value: 70, createdAt: at('2026-10-02T02:00:00Z') },
    { id: 5, year: null, quarter: null, value: 99, createdAt: at('2026-08-01T02:00:00Z') },
  ];

  it('lists the quarter’s updates latest first, leaving out other quarters and unplaced rows', () => {
    expect(updatesOfQuarter(updates, { year: 2026, quarter: 3 }).map((u) => u.id)).toEqual([3, 2, 1]);
  });

  it('takes the latest value of the quarter; a status-only update does not erase it', () => {
    expect(quarterRealisation(updates, { year: 2026, quarter: 3 })).toBe(55);
    expect(quarterRealisation(updates, { year: 2026, quarter: 4 })).toBe(70);
    expect(quarterRealisation(updates, { year: 2026, quarter: 2 })).toBeNull();
  });

  it('breaks a tie in time by the later row', () => {
    const same = at('2026-07-10T02:00:00Z');
    const tied = [
      { year: 2026, quarter: 3, value: 1, createdAt: same },
      { year: 2026, quarter: 3, value: 2, createdAt: same },
    ];
    expect(quarterRealisation(tied, { year: 2026, quarter: 3 })).toBe(2);
  });
});
