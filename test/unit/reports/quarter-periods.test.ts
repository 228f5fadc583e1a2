import { describe, expect, it } from 'vitest';
import { realisationPromptOf } from '../../../src/domain/time/quarters.js';
import {
  parsePeriodValue,
  periodValue,
  quarterChoices,
} from '../../../src/slack/features/progress/quarter-view.js';
import { periodOf } from '../../../src/slack/features/reports/command.js';

describe('realisationPromptOf: the quarter-end prompt’s window', () => {
  it.each([
    ['2026-09-23', null],
    ['2026-09-24', { round: 'closing', period: { year: 2026, quarter: 3 } }],
    ['2026-09-30', { round: 'closing', period: { year: 2026, quarter: 3 } }],
    ['2026-10-01', { round: 'reminder', period: { year: 2026, quarter: 3 } }],
    ['2026-10-07', { round: 'reminder', period: { year: 2026, quarter: 3 } }],
    ['2026-10-08', null],
    ['2026-03-25', { round: 'closing', period: { year: 2026, quarter: 1 } }],
    ['2026-03-24', null],
    ['2027-01-01', { round: 'reminder', period: { year: 2026, quarter: 4 } }],
    ['2026-12-25', { round: 'closing', period: { year: 2026, quarter: 4 } }],
    ['2026-06-24', { round: 'closing', period: { year: 2026, quarter: 2 } }],
    ['2026-06-23', null],
  ])('%s → %j', (date, expected) => {
    expect(realisationPromptOf(date)).toEqual(expected);
  });
});

describe('the progress modal’s quarters', () => {
  it('offers the current quarter and the three before it, across a year', () => {
    expect(quarterChoices({ year: 2026, quarter: 2 }).map(periodValue)).toEqual([
      '2026-2',
      '2026-1',
      '2025-4',
      '2025-3',
    ]);
  });

  it('adds an older quarter asked for, never a later one', () => {
    expect(quarterChoices({ year: 2026, quarter: 2 }, { year: 2025, quarter: 1 }).map(periodValue)).toContain(
      '2025-1',
    );
    expect(
      quarterChoices({ year: 2026, quarter: 2 }, { year: 2026, quarter: 3 }).map(periodValue),
    ).not.toContain('2026-3');
  });

  it.each([
    ['2026-3', { year: 2026, quarter: 3 }],
    ['2026-0', null],
    ['2026-5', null],
    ['26-3', null],
    ['', null],
    [undefined, null],
  ])('reads %j as %j', (value, expected) => {
    expect(parsePeriodValue(value)).toEqual(expected);
  });
});

describe('the report command’s period', () => {
  it('reads a bare quarter keyword as the last quarter that has ended', () => {
    for (const word of ['triwulan', 'TW', 'q', 'quarter']) {
      expect(periodOf([word], '2026-10-05')).toEqual({
        ok: true,
        period: { year: 2026, quarter: 3 },
        defaulted: true,
      });
    }
  });

  it('passes everything else to the period parser', () => {
    expect(periodOf(['q2'], '2026-10-05')).toMatchObject({ ok: true, period: { year: 2026, quarter: 2 } });
    expect(periodOf(['tw5'], '2026-10-05')).toEqual({ ok: false, error: 'badQuarter' });
  });
});
