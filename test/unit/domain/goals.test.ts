import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  goalDisplayStatus,
  goalProgressPercent,
  isGoalOverdue,
  parseDecimal,
} from '../../../src/domain/goals.js';

describe('isGoalOverdue', () => {
  it('is overdue the day after the due date when not done', () => {
    expect(isGoalOverdue({ dueDate: '2026-03-09', status: 'on_track' }, '2026-03-10')).toBe(true);
    expect(isGoalOverdue({ dueDate: '2026-03-09', status: 'off_track' }, '2027-01-01')).toBe(true);
  });

  it('is not overdue on the due date itself, nor before', () => {
    expect(isGoalOverdue({ dueDate: '2026-03-10', status: 'at_risk' }, '2026-03-10')).toBe(false);
    expect(isGoalOverdue({ dueDate: '2026-03-11', status: 'at_risk' }, '2026-03-10')).toBe(false);
  });

  it('is never overdue when done or without a due date', () => {
    expect(isGoalOverdue({ dueDate: '2020-01-01', status: 'done' }, '2026-03-10')).toBe(false);
    expect(isGoalOverdue({ dueDate: null, status: 'off_track' }, '2026-03-10')).toBe(false);
  });
});

describe('goalProgressPercent', () => {
  it('measures the way from baseline to target', () => {
    expect(goalProgressPercent({ baseline: 0, target: 100, currentValue: 40 })).toBe(40);
    expect(goalProgressPercent({ baseline: 20, target: 70, currentValue: 45 })).toBe(50);
  });

  it('works for goals that go down', () => {
    expect(goalProgressPercent({ baseline: 14, target: 7, currentValue: 10.5 })).toBe(50);
  });

  it('counts a missing baseline as zero and clamps to 0–100', () => {
    expect(goalProgressPercent({ baseline: null, target: 8, currentValue: 2 })).toBe(25);
    expect(goalProgressPercent({ baseline: 0, target: 10, currentValue: 15 })).toBe(100);
    expect(goalProgressPercent({ baseline: 5, target: 10, currentValue: 1 })).toBe(0);
  });

  it('has no answer without a target, a current value, or with target equal to baseline', () => {
    expect(goalProgressPercent({ baseline: 0, target: null, currentValue: 5 })).toBeNull();
    expect(goalProgressPercent({ baseline: 0, target: 10, currentValue: null })).toBeNull();
    expect(goalProgressPercent({ baseline: 10, target: 10, currentValue: 10 })).toBeNull();
  });
});

describe('parseDecimal', () => {
  it.each([
    ['75', 75],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' -3,25 ', -3.25],
    ['+4', 4],
    ['1.500', 1500],
    ['1.250.000', 1_250_000],
    ['1.250,5', 1250.5],
    ['1,250.5', 1250.5],
    ['0.125', 0.125],
    [',5', 0.5],
    ['1 500', 1500],
  ])('reads "%s" typed by an Indonesian user as %d', (typed, value) => {
    expect(parseDecimal(typed, 'id')).toBe(value);
  });

  it('reads the English grouping comma for English users, and either lone separator as a decimal point', () => {
    expect(parseDecimal('1,500', 'en')).toBe(1500);
    expect(parseDecimal('1,500', 'id')).toBe(1.5);
    expect(parseDecimal('1.500', 'en')).toBe(1.5);
    expect(parseDecimal('12,5', 'en')).toBe(12.5);
  });

  it.each(['', 'dua belas', '12,5,3', '1.2.3', '1,2.3,4', '12a', '-', '.', '1e5', '9999999999999'])(
    'refuses "%s"',
    (typed) => {
      expect(parseDecimal(typed, 'id')).toBeNull();
    },
  );
});

describe('formatDecimal', () => {
  it('writes numbers as each language does, without grouping unless asked', () => {
    expect(formatDecimal(12.5, 'id')).toBe('12,5');
    expect(formatDecimal(12.5, 'en')).toBe('12.5');
    expect(formatDecimal(1500, 'id')).toBe('1500');
    expect(formatDecimal(1500, 'id', { grouping: true })).toBe('1.500');
    expect(formatDecimal(1500, 'en', { grouping: true })).toBe('1,500');
  });

  it('reads back what it writes', () => {
    for (const value of [0, 7, 12.5, 1500.25, -3.125, 1_250_000]) {
      for (const locale of ['id', 'en'] as const) {
        expect(parseDecimal(formatDecimal(value, locale), locale)).toBe(value);
        expect(parseDecimal(formatDecimal(value, locale, { grouping: true }), locale)).toBe(value);
      }
    }
  });
});

describe('goalDisplayStatus', () => {
  const base = { dueDate: '2026-03-31', currentValue: null, status: 'on_track' as const };
  it('is "not assessed" before any progress update, not "on track"', () => {
    expect(goalDisplayStatus(base, '2026-03-02')).toBe('not_assessed');
    expect(goalDisplayStatus({ ...base, currentValue: 3 }, '2026-03-02')).toBe('on_track');
    expect(goalDisplayStatus({ ...base, status: 'at_risk' }, '2026-03-02')).toBe('at_risk');
  });

  it('says overdue over any recorded status, but not for a goal that is done', () => {
    expect(goalDisplayStatus({ ...base, currentValue: 3 }, '2026-04-01')).toBe('overdue');
    expect(goalDisplayStatus(base, '2026-04-01')).toBe('overdue');
    expect(goalDisplayStatus({ ...base, status: 'done' }, '2026-04-01')).toBe('done');
  });
});
