/** The edges of reading typed numbers and of goal status, beyond the everyday cases in goals.test.ts. */
import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  goalProgressPercent,
  isGoalAssessed,
  isGoalOverdue,
  parseDecimal,
} from '../../../src/domain/goals.js';

describe('parseDecimal: thousands groups', () => {
  it.each([
    ['1.2345', 'id', 1.2345], // four digits after the only separator: no group, a decimal point
    ['1.23.456', 'id', null],
    ['0.123.456', 'id', null], // a grouped number does not start with 0
    ['1234.567.890', 'id', null], // nor with four digits
    ['1,23.5', 'id', null], // mixed separators: the part before the decimal must be grouped
    ['1,234,56.7', 'en', null],
    ['1.234.56,7', 'id', null],
    ['1.234,5.6', 'id', null], // the decimal separator appears only once
    ['12.345.678,25', 'id', 12_345_678.25],
    ['12,345,678.25', 'en', 12_345_678.25],
    ['1,234,567', 'en', 1_234_567],
    ['1,234,567', 'id', 1_234_567], // several groups are thousands in either language
    ['1.234.567', 'en', 1_234_567],
    ['123.456', 'id', 123_456],
    ['123.4567', 'id', 123.4567], // not a group: four digits after the only separator
    ['1.50', 'id', 1.5], // two digits: a decimal point even for an Indonesian user
    ['0.500', 'id', 0.5], // 0 cannot start a group
    ['1234.500', 'id', 1234.5],
  ] as const)('reads %j (%s) as %s', (typed, locale, value) => {
    expect(parseDecimal(typed, locale)).toBe(value);
  });
});

describe('parseDecimal: signs, spaces and bounds', () => {
  it('reads a minus, a plus, spaces and no-break spaces', () => {
    expect(parseDecimal('-12', 'en')).toBe(-12);
    expect(parseDecimal('+12', 'en')).toBe(12);
    expect(parseDecimal('1\u00a0500', 'id')).toBe(1500);
    expect(parseDecimal('5.', 'en')).toBe(5);
    expect(parseDecimal('.5', 'en')).toBe(0.5);
  });

  it('refuses two signs, a sign inside, and text around the number', () => {
    for (const typed of ['--5', '+-5', '5-', '1-2', 'a5', '5a', '$5', '-', '+', ',']) {
      expect(parseDecimal(typed, 'en')).toBeNull();
    }
  });

  it('gives plain zero for minus zero', () => {
    expect(Object.is(parseDecimal('-0', 'en'), 0)).toBe(true);
  });

  it('accepts a trillion exactly and refuses anything beyond', () => {
    expect(parseDecimal('1000000000000', 'en')).toBe(1e12);
    expect(parseDecimal('-1000000000000', 'en')).toBe(-1e12);
    expect(parseDecimal('1000000000000.5', 'en')).toBeNull();
  });
});

describe('formatDecimal', () => {
  it('keeps four decimals at most', () => {
    expect(formatDecimal(1.23456, 'en')).toBe('1.2346');
    expect(formatDecimal(12345.5, 'en')).toBe('12345.5');
  });
});

describe('goal status', () => {
  it('counts a goal as assessed once it has a value, or a status other than the default', () => {
    expect(isGoalAssessed({ currentValue: null, status: 'on_track' })).toBe(false);
    expect(isGoalAssessed({ currentValue: 0, status: 'on_track' })).toBe(true);
    expect(isGoalAssessed({ currentValue: null, status: 'done' })).toBe(true);
  });

  it('is overdue a day late across a month and a year end', () => {
    expect(isGoalOverdue({ dueDate: '2026-12-31', status: 'on_track' }, '2027-01-01')).toBe(true);
    expect(isGoalOverdue({ dueDate: '2026-01-31', status: 'at_risk' }, '2026-02-01')).toBe(true);
  });

  it('has no progress without a target or a value, whatever the baseline', () => {
    expect(goalProgressPercent({ baseline: 2, target: null, currentValue: 5 })).toBeNull();
    expect(goalProgressPercent({ baseline: 2, target: 10, currentValue: null })).toBeNull();
  });

  it('rounds progress to whole percent, half up', () => {
    expect(goalProgressPercent({ baseline: 0, target: 200, currentValue: 1 })).toBe(1);
    expect(goalProgressPercent({ baseline: 0, target: 3, currentValue: 1 })).toBe(33);
    expect(goalProgressPercent({ baseline: 0, target: 3, currentValue: 2 })).toBe(67);
    expect(goalProgressPercent({ baseline: 0, target: 100, currentValue: 100 })).toBe(100);
    expect(goalProgressPercent({ baseline: 0, target: 100, currentValue: 0 })).toBe(0);
  });
});
