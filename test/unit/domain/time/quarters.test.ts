import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/domain/time/calendar.js';
import {
  compareQuarters,
  isInQuarter,
  lastClosedQuarter,
  nextQuarter,
  type PeriodParse,
  parseReportPeriod,
  previousQuarter,
  type Quarter,
  quarterEnd,
  quarterOfDate,
  quarterStart,
  romanQuarter,
} from '../../../../src/domain/time/quarters.js';

/** Any calendar date from 2000 to 2099, as `YYYY-MM-DD`. */
const localDate = fc.integer({ min: 0, max: 36_524 }).map((days) => addDays('2000-01-01', days));
const quarter = fc.constantFrom<Quarter>(1, 2, 3, 4);
const yearQuarter = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), quarter });

describe('quarterOfDate', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-06-30', 2],
    ['2026-07-01', 3],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ] as const)('puts %s in triwulan %i', (date, q) => {
    expect(quarterOfDate(date)).toEqual({ year: 2026, quarter: q });
  });

  it('refuses what is not a calendar date', () => {
    expect(() => quarterOfDate('2026-13-01')).toThrow(RangeError);
    expect(() => quarterOfDate('2026-00-10')).toThrow(RangeError);
    expect(() => quarterOfDate('1 Juli 2026')).toThrow(RangeError);
  });

  it('agrees with the quarter’s first and last day for every date (property)', () => {
    fc.assert(
      fc.property(localDate, (date) => {
        const period = quarterOfDate(date);
        expect(quarterStart(period) <= date && date <= quarterEnd(period)).toBe(true);
        expect(isInQuarter(date, period)).toBe(true);
      }),
    );
  });
});

describe('quarter boundaries', () => {
  it('gives each quarter’s first and last day', () => {
    expect([1, 2, 3, 4].map((q) => quarterStart({ year: 2026, quarter: q as Quarter }))).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
    expect([1, 2, 3, 4].map((q) => quarterEnd({ year: 2028, quarter: q as Quarter }))).toEqual([
      '2028-03-31',
      '2028-06-30',
      '2028-09-30',
      '2028-12-31',
    ]);
  });

  it('tiles the year: each quarter starts the day after the previous one ends (property)', () => {
    fc.assert(
      fc.property(yearQuarter, (period) => {
        expect(quarterStart(nextQuarter(period))).toBe(addDays(quarterEnd(period), 1));
        expect(quarterOfDate(quarterEnd(period))).toEqual(period);
        expect(quarterOfDate(addDays(quarterStart(period), -1))).toEqual(previousQuarter(period));
      }),
    );
  });

  it('steps across the year: TW IV is followed by TW I of the next year', () => {
    expect(nextQuarter({ year: 2026, quarter: 4 })).toEqual({ year: 2027, quarter: 1 });
    expect(previousQuarter({ year: 2026, quarter: 1 })).toEqual({ year: 2025, quarter: 4 });
  });

  it('orders quarters, and next and previous undo each other (property)', () => {
    fc.assert(
      fc.property(yearQuarter, yearQuarter, (a, b) => {
        expect(previousQuarter(nextQuarter(a))).toEqual(a);
        expect(compareQuarters(nextQuarter(a), a)).toBe(1);
        expect(Math.sign(compareQuarters(a, b))).toBe(
          Math.sign(quarterStart(a).localeCompare(quarterStart(b))),
        );
      }),
    );
  });
});

describe('lastClosedQuarter', () => {
  it('is the previous quarter until the day after a quarter ends', () => {
    expect(lastClosedQuarter('2026-09-30')).toEqual({ year: 2026, quarter: 2 });
    expect(lastClosedQuarter('2026-10-01')).toEqual({ year: 2026, quarter: 3 });
    expect(lastClosedQuarter('2026-02-10')).toEqual({ year: 2025, quarter: 4 });
  });

  it('has always ended before the date, and no later quarter has (property)', () => {
    fc.assert(
      fc.property(localDate, (date) => {
        const closed = lastClosedQuarter(date);
        expect(quarterEnd(closed) < date).toBe(true);
        expect(quarterEnd(nextQuarter(closed)) >= date).toBe(true);
      }),
    );
  });
});

describe('romanQuarter', () => {
  it('writes triwulan I–IV', () => {
    expect([1, 2, 3, 4].map((q) => romanQuarter(q as Quarter))).toEqual(['I', 'II', 'III', 'IV']);
  });
});

describe('parseReportPeriod', () => {
  const today = '2026-02-10'; // in TW I 2026; the last closed quarter is TW IV 2025
  const parse = (text: string): PeriodParse => parseReportPeriod(text.split(' '), today);
  const period = (year: number, q: Quarter) => ({ ok: true, period: { year, quarter: q }, defaulted: false });

  it.each([
    ['tw3 2026', 2026, 3],
    ['TW3 2026', 2026, 3],
    ['tw 3 2026', 2026, 3],
    ['triwulan 3 2026', 2026, 3],
    ['Triwulan III 2026', 2026, 3],
    ['quarter 3 2026', 2026, 3],
    ['q3 2026', 2026, 3],
    ['Q4 2025', 2025, 4],
    ['tw III 2026', 2026, 3],
    ['tw iv 2024', 2024, 4],
    ['q03 2026', 2026, 3],
  ] as const)('reads `%s`', (text, year, q) => {
    expect(parse(text)).toEqual(period(year, q));
  });

  it('takes the latest year in which the quarter has begun when the year is left out', () => {
    expect(parse('q1')).toEqual(period(2026, 1)); // in progress
    expect(parse('q3')).toEqual(period(2025, 3)); // TW III 2026 has not begun
    expect(parse('tw IV')).toEqual(period(2025, 4));
    expect(parseReportPeriod(['q4'], '2026-12-31')).toEqual(period(2026, 4));
  });

  it('defaults to the last closed quarter when nothing is typed', () => {
    expect(parseReportPeriod([], today)).toEqual({
      ok: true,
      period: { year: 2025, quarter: 4 },
      defaulted: true,
    });
    expect(parseReportPeriod(['', '  '], '2026-10-01')).toEqual({
      ok: true,
      period: { year: 2026, quarter: 3 },
      defaulted: true,
    });
  });

  it.each([
    ['tw5 2026', 'badQuarter'],
    ['q0', 'badQuarter'],
    ['tw V 2026', 'badQuarter'],
    ['tw3 26', 'badYear'],
    ['tw3 1999', 'badYear'],
    ['tw3 2101', 'badYear'],
    ['tw3 02026', 'badYear'],
    ['besok', 'unrecognised'],
    ['tw', 'unrecognised'],
    ['twelve', 'unrecognised'],
    ['tw3 2026 extra', 'unrecognised'],
    ['tw3 tahun', 'unrecognised'],
    ['2026 tw3', 'unrecognised'],
    ['triwulan x', 'unrecognised'],
  ] as const)('refuses `%s` (%s)', (text, error) => {
    expect(parse(text)).toEqual({ ok: false, error });
  });

  it('reads back every quarter written in each accepted form (property)', () => {
    const forms = [
      (q: number, y: number) => `tw${q} ${y}`,
      (q: number, y: number) => `triwulan ${q} ${y}`,
      (q: number, y: number) => `quarter ${q} ${y}`,
      (q: number, y: number) => `Q${q} ${y}`,
      (q: number, y: number) => `tw ${romanQuarter(q as Quarter)} ${y}`,
    ];
    fc.assert(
      fc.property(yearQuarter, fc.constantFrom(...forms), localDate, (p, form, date) => {
        expect(parseReportPeriod(form(p.quarter, p.year).split(' '), date)).toEqual({
          ok: true,
          period: p,
          defaulted: false,
        });
      }),
    );
  });

  it('never defaults to a quarter that has not begun, nor to one a year or more ago (property)', () => {
    fc.assert(
      fc.property(quarter, localDate, (q, date) => {
        const parsed = parseReportPeriod([`q${q}`], date);
        if (!parsed.ok) throw new Error('refused');
        expect(quarterStart(parsed.period) <= date).toBe(true);
        expect(compareQuarters(quarterOfDate(date), parsed.period)).toBeLessThan(4);
      }),
    );
  });

  it('answers any words without throwing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), localDate, (words, date) => {
        const parsed = parseReportPeriod(words, date);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });
});
