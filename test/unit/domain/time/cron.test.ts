import { describe, expect, it } from 'vitest';
import {
  cronCanEverFire,
  cronMatchesDate,
  cronSyntaxProblem,
  parseCron,
} from '../../../../src/domain/time/cron.js';

const parse = (expression: string) => {
  const cron = parseCron(expression);
  if (!cron) throw new Error(`refused: ${expression}`);
  return cron;
};
const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

describe('parseCron', () => {
  it('lists the times of day, every hour with every minute, ascending', () => {
    expect(parse('15,0 9,8 * * *').timesOfDay).toEqual(['08:00', '08:15', '09:00', '09:15']);
    expect(parse('0 0 * * *').timesOfDay).toEqual(['00:00']);
    expect(parse('59 23 * * *').timesOfDay).toEqual(['23:59']);
  });

  it('reads ranges, steps, steps of ranges and a start with a step', () => {
    expect(parse('0 9 1-5 * *').daysOfMonth).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(parse('*/20 9 * * *').timesOfDay).toEqual(['09:00', '09:20', '09:40']);
    expect(sorted(parse('0 9 1-10/3 * *').daysOfMonth)).toEqual([1, 4, 7, 10]);
    expect(sorted(parse('0 9 25/3 * *').daysOfMonth)).toEqual([25, 28, 31]);
    expect(sorted(parse('0 9 * 10/1 *').months)).toEqual([10, 11, 12]);
    expect(sorted(parse('0 9 * * 5-5').weekdays)).toEqual([5]);
  });

  it('reads month and weekday names in any case, and 7 as Sunday', () => {
    expect(sorted(parse('0 9 * JAN,dec *').months)).toEqual([1, 12]);
    expect(sorted(parse('0 9 * jan-mar *').months)).toEqual([1, 2, 3]);
    expect(sorted(parse('0 9 * * Sun,SAT').weekdays)).toEqual([0, 6]);
    expect(sorted(parse('0 9 * * mon-fri').weekdays)).toEqual([1, 2, 3, 4, 5]);
    expect(sorted(parse('0 9 * * 7').weekdays)).toEqual([0]);
    expect(sorted(parse('0 9 * * 5-7').weekdays)).toEqual([0, 5, 6]);
  });

  it('takes every weekday for a star, Sunday once', () => {
    expect(sorted(parse('0 9 * * *').weekdays)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sorted(parse('0 9 * * *').months)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(parse('0 9 * * *').daysOfMonth.size).toBe(31);
  });

  it('counts a day field as restricted unless it starts with a star', () => {
    expect(parse('0 9 * * 1')).toMatchObject({ dayOfMonthRestricted: false, weekdayRestricted: true });
    expect(parse('0 9 1 * *')).toMatchObject({ dayOfMonthRestricted: true, weekdayRestricted: false });
    expect(parse('0 9 */2 * *')).toMatchObject({ dayOfMonthRestricted: false });
  });

  it('accepts spaces around and between the fields', () => {
    expect(parse('  0   9 * *  1 ').timesOfDay).toEqual(['09:00']);
  });

  it.each([
    '0 9 * *',
    '0 9 * * * *',
    '',
    '60 9 * * *',
    '0 24 * * *',
    '0 9 0 * *',
    '0 9 32 * *',
    '0 9 * 0 *',
    '0 9 * 13 *',
    '0 9 * * 8',
    '0 9 5-1 * *',
    '0 9 */0 * *',
    '0 9 1-5/0 * *',
    '0 9 L * *',
    '0 9 * * 1#2',
    '0 9 ? * *',
    '0 9 * foo *',
    '0 9 * * mon-foo',
    '0 9 * * sun-',
    '0 9 1,,2 * *',
    '0 9 *1 * *',
    '0 9 1* * *',
    '0 9 1/ * *',
    '0 9 /2 * *',
    '0 9 * jan2 *',
  ])('refuses %j', (expression) => {
    expect(parseCron(expression)).toBeUndefined();
  });
});

describe('cronSyntaxProblem', () => {
  it('names the wrong number of parts, or the first field that is wrong', () => {
    expect(cronSyntaxProblem('0 9 * *')).toBe('parts');
    expect(cronSyntaxProblem('0 9 * * * *')).toBe('parts');
    expect(cronSyntaxProblem('60 24 * * *')).toBe('minute');
    expect(cronSyntaxProblem('0 24 0 * *')).toBe('hour');
    expect(cronSyntaxProblem('0 9 0 13 *')).toBe('dayOfMonth');
    expect(cronSyntaxProblem('0 9 * 13 8')).toBe('month');
    expect(cronSyntaxProblem('0 9 * * 8')).toBe('weekday');
    expect(cronSyntaxProblem(' 0 9 * * 1 ')).toBeUndefined();
  });
});

describe('cronMatchesDate', () => {
  it('needs the month and both day fields when at most one is restricted', () => {
    const mondays = parse('0 9 * * 1');
    expect(cronMatchesDate(mondays, '2026-03-02')).toBe(true);
    expect(cronMatchesDate(mondays, '2026-03-03')).toBe(false);
    const firsts = parse('0 9 1 * *');
    expect(cronMatchesDate(firsts, '2026-03-01')).toBe(true);
    expect(cronMatchesDate(firsts, '2026-03-02')).toBe(false);
    const marchFirsts = parse('0 9 1 3 *');
    expect(cronMatchesDate(marchFirsts, '2026-04-01')).toBe(false);
  });

  it('takes either day field when both are restricted, within the chosen months only', () => {
    const cron = parse('0 9 1 3 1');
    expect(cronMatchesDate(cron, '2026-03-01')).toBe(true); // the 1st, a Sunday
    expect(cronMatchesDate(cron, '2026-03-09')).toBe(true); // a Monday
    expect(cronMatchesDate(cron, '2026-03-10')).toBe(false);
    expect(cronMatchesDate(cron, '2026-04-06')).toBe(false); // a Monday in April
  });
});

describe('cronCanEverFire', () => {
  it('is false only when no chosen month has any chosen day', () => {
    expect(cronCanEverFire(parse('0 9 31 2 *'))).toBe(false);
    expect(cronCanEverFire(parse('0 9 30 2 *'))).toBe(false);
    expect(cronCanEverFire(parse('0 9 31 4,6,9,11 *'))).toBe(false);
    expect(cronCanEverFire(parse('0 9 29 2 *'))).toBe(true);
    expect(cronCanEverFire(parse('0 9 31 4,5 *'))).toBe(true);
    expect(cronCanEverFire(parse('0 9 30,31 1 *'))).toBe(true);
  });

  it('is true when a weekday is named, whatever the day of the month', () => {
    expect(cronCanEverFire(parse('0 9 31 2 1'))).toBe(true);
  });
});
