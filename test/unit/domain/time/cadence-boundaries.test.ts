/**
 * The edges of the cadence rules: the last weekday of a month, the clamped month end, the planning
 * horizon, limits and counts, and the strings Slack sends. Wording is checked against the catalog
 * entries, not against phrasing.
 */
import { describe, expect, it } from 'vitest';
import {
  type CadenceSpec,
  dueTimesBetween,
  MAX_RUNS,
  nextRuns,
  validateCadence,
} from '../../../../src/domain/time/cadence.js';
import {
  describeCadence,
  formatLocalDate,
  formatTimeOfDay,
  weekdayName,
  zoneLabel,
} from '../../../../src/domain/time/cadence-text.js';
import { t } from '../../../../src/i18n/index.js';

function spec(input: Record<string, unknown>): CadenceSpec {
  const result = validateCadence(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.spec;
}

const at = { timeOfDay: '09:00', timeZone: 'Asia/Jakarta' };
const dates = (runs: ReadonlyArray<{ localDate: string }>) => runs.map((run) => run.localDate);
const next = (cadence: CadenceSpec, after: string, count = 5) =>
  nextRuns(cadence, { after: new Date(after), count });

describe('the last weekday of a month', () => {
  it('is the 31st when that weekday also falls on the 24th, never both', () => {
    // July 2026: Fridays on the 3rd, 10th, 17th, 24th and 31st.
    const lastFriday = spec({ cadence: 'monthly_nth', nth: -1, nthWeekday: 5, ...at });
    expect(dates(next(lastFriday, '2026-07-01T00:00:00Z', 2))).toEqual(['2026-07-31', '2026-08-28']);
  });

  it('is the 22nd in a 28-day February that has that weekday on the 1st', () => {
    // February 2026 starts on a Sunday: Sundays on the 1st, 8th, 15th and 22nd.
    const lastSunday = spec({ cadence: 'monthly_nth', nth: -1, nthWeekday: 0, ...at });
    expect(dates(next(lastSunday, '2026-02-01T00:00:00Z', 1))).toEqual(['2026-02-22']);
  });

  it('runs the n-th weekday in days 7n-6 to 7n only', () => {
    // March 2026: Sundays on the 1st, 8th, 15th, 22nd and 29th; Saturdays on the 7th, 14th ...
    const firstSunday = spec({ cadence: 'monthly_nth', nth: 1, nthWeekday: 0, ...at });
    expect(dates(next(firstSunday, '2026-02-28T00:00:00Z', 2))).toEqual(['2026-03-01', '2026-04-05']);
    const firstSaturday = spec({ cadence: 'monthly_nth', nth: 1, nthWeekday: 6, ...at });
    expect(dates(next(firstSaturday, '2026-02-28T00:00:00Z', 2))).toEqual(['2026-03-07', '2026-04-04']);
    const secondSaturday = spec({ cadence: 'monthly_nth', nth: 2, nthWeekday: 6, ...at });
    expect(dates(next(secondSaturday, '2026-02-28T00:00:00Z', 1))).toEqual(['2026-03-14']);
  });
});

describe('a day of the month', () => {
  it('runs day 28 on the 28th of every month and day 1 on the 1st', () => {
    const day28 = spec({ cadence: 'monthly_day', dayOfMonth: 28, ...at });
    expect(dates(next(day28, '2026-01-01T00:00:00Z', 3))).toEqual(['2026-01-28', '2026-02-28', '2026-03-28']);
    const day1 = spec({ cadence: 'monthly_day', dayOfMonth: 1, ...at });
    expect(dates(next(day1, '2026-01-15T00:00:00Z', 2))).toEqual(['2026-02-01', '2026-03-01']);
  });

  it('says that days 29 to 31 move to the month end, and days up to 28 do not', () => {
    const words = (day: number) =>
      describeCadence(spec({ cadence: 'monthly_day', dayOfMonth: day, ...at }), 'en');
    const vars = (day: number) => ({
      day,
      time: formatTimeOfDay('09:00', 'en'),
      zone: zoneLabel('Asia/Jakarta', 'en'),
    });
    expect(words(28)).toBe(t('en', 'cadence.describe.monthlyDay', vars(28)));
    expect(words(29)).toBe(t('en', 'cadence.describe.monthlyDayClamped', vars(29)));
  });
});

describe('strings as Slack sends them', () => {
  it('reads multi-digit numbers, with spaces around them', () => {
    expect(spec({ cadence: 'monthly_day', dayOfMonth: '15', ...at })).toMatchObject({ dayOfMonth: 15 });
    expect(spec({ cadence: 'monthly_day', dayOfMonth: ' 31 ', ...at })).toMatchObject({ dayOfMonth: 31 });
    expect(spec({ cadence: 'weekly', weekdays: ['1', '5'], ...at })).toMatchObject({ weekdays: [1, 5] });
  });

  it.each(['15x', 'x15', '1 5', '', '-', '1.5'])('refuses the day of month %j', (dayOfMonth) => {
    expect(validateCadence({ cadence: 'monthly_day', dayOfMonth, ...at })).toEqual({
      ok: false,
      errors: [{ field: 'dayOfMonth', key: 'cadence.error.dayOfMonth' }],
    });
  });

  it('trims the time, zone and anchor date it is given', () => {
    expect(
      spec({
        cadence: 'biweekly',
        weekdays: [1],
        anchorDate: ' 2026-03-02 ',
        timeOfDay: ' 09:00 ',
        timeZone: ' Asia/Jakarta ',
      }),
    ).toEqual({
      cadence: 'biweekly',
      weekdays: [1],
      anchorDate: '2026-03-02',
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    });
  });

  it('accepts the first and the last of each range, and the n-th weekday 1 to 4 or last', () => {
    for (const dayOfMonth of [1, 31]) {
      expect(validateCadence({ cadence: 'monthly_day', dayOfMonth, ...at }).ok).toBe(true);
    }
    for (const nth of [-1, 1, 4]) {
      for (const nthWeekday of [0, 6]) {
        expect(validateCadence({ cadence: 'monthly_nth', nth, nthWeekday, ...at }).ok).toBe(true);
      }
    }
    expect(validateCadence({ cadence: 'weekly', weekdays: [0, 6], ...at }).ok).toBe(true);
    expect(validateCadence({ cadence: 'monthly_nth', nth: 1, nthWeekday: 7, ...at })).toEqual({
      ok: false,
      errors: [{ field: 'nthWeekday', key: 'cadence.error.nthWeekday' }],
    });
    expect(validateCadence({ cadence: 'weekly', weekdays: [-1], ...at })).toEqual({
      ok: false,
      errors: [{ field: 'weekdays', key: 'cadence.error.weekdays' }],
    });
  });

  it('sorts weekdays and keeps each once', () => {
    expect(spec({ cadence: 'weekly', weekdays: [5, 1, 3, 1], ...at })).toMatchObject({ weekdays: [1, 3, 5] });
  });

  it('refuses weekdays that are not a list, and a cron without its expression', () => {
    expect(validateCadence({ cadence: 'weekly', weekdays: 1, ...at })).toEqual({
      ok: false,
      errors: [{ field: 'weekdays', key: 'cadence.error.weekdaysEmpty' }],
    });
    expect(validateCadence({ cadence: 'cron', timeZone: 'Asia/Jakarta' })).toEqual({
      ok: false,
      errors: [{ field: 'cronExpression', key: 'cadence.error.cronSyntax' }],
    });
  });

  it('accepts a cron with exactly 24 runs a day and refuses 25', () => {
    expect(
      validateCadence({ cadence: 'cron', cronExpression: '0 * * * *', timeZone: 'Asia/Jakarta' }).ok,
    ).toBe(true);
    expect(
      validateCadence({ cadence: 'cron', cronExpression: '0,30 0 * * *', timeZone: 'Asia/Jakarta' }).ok,
    ).toBe(true);
    expect(
      validateCadence({ cadence: 'cron', cronExpression: '0,30 0-12 * * *', timeZone: 'Asia/Jakarta' }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'cronExpression', key: 'cadence.error.cronTooFrequent' }],
    });
  });

  it('names the cadence field for an input that is no object', () => {
    expect(validateCadence('weekly')).toEqual({
      ok: false,
      errors: [{ field: 'cadence', key: 'cadence.error.cadence' }],
    });
  });
});

describe('counts, limits and the horizon', () => {
  const workdays = () => spec({ cadence: 'workdays', ...at });

  it('gives at most MAX_RUNS runs however many are asked for, and rounds a fractional count down', () => {
    expect(next(workdays(), '2026-01-01T00:00:00Z', MAX_RUNS + 500)).toHaveLength(MAX_RUNS);
    expect(next(workdays(), '2026-01-01T00:00:00Z', 2.9)).toHaveLength(2);
    expect(next(workdays(), '2026-01-01T00:00:00Z', -3)).toEqual([]);
    expect(MAX_RUNS).toBe(1000);
  });

  it('stops at MAX_RUNS even when the runs are skipped holidays', () => {
    const runs = nextRuns(workdays(), {
      after: new Date('2026-01-01T00:00:00Z'),
      count: 1,
      isHoliday: () => true,
      skipHolidays: true,
    });
    expect(runs).toHaveLength(MAX_RUNS);
  });

  it('returns nothing for a limit of zero or below, and at most MAX_RUNS for a larger one', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    expect(dueTimesBetween(workdays(), from, to, { limit: 0 })).toEqual([]);
    expect(dueTimesBetween(workdays(), from, to, { limit: -1 })).toEqual([]);
    expect(dueTimesBetween(workdays(), from, to, { limit: 1.5 })).toHaveLength(1);
    const hourly = spec({ cadence: 'cron', cronExpression: '0 * * * *', timeZone: 'Asia/Jakarta' });
    expect(dueTimesBetween(hourly, from, new Date('2026-06-01T00:00:00Z'), { limit: 5000 })).toHaveLength(
      MAX_RUNS,
    );
  });

  it('keeps a run a millisecond before the end of the window and leaves out one a millisecond after', () => {
    const from = new Date('2026-12-06T00:00:00Z');
    expect(dates(dueTimesBetween(workdays(), from, new Date('2026-12-07T02:00:00.001Z')))).toEqual([
      '2026-12-07',
    ]);
    expect(dueTimesBetween(workdays(), from, new Date('2026-12-07T01:59:59.999Z'))).toEqual([]);
  });

  it('cuts a window longer than nine years at nine years', () => {
    const newYear = spec({ cadence: 'cron', cronExpression: '0 9 1 1 *', timeZone: 'Asia/Jakarta' });
    const runs = dueTimesBetween(newYear, new Date('2026-06-01T00:00:00Z'), new Date('2046-06-01T00:00:00Z'));
    // 9 × 366 days from 1 June 2026 reach into 2035: the new years 2027 … 2035.
    expect(dates(runs)).toEqual(Array.from({ length: 9 }, (_, i) => `${2027 + i}-01-01`));
  });

  it('looks nine years ahead for the next run, and no further', () => {
    const leapDay = spec({ cadence: 'cron', cronExpression: '0 9 29 2 *', timeZone: 'Asia/Jakarta' });
    // 2100 is no leap year: after 2096 the next 29 February is in 2104, eight years on.
    expect(dates(next(leapDay, '2096-03-01T00:00:00Z', 1))).toEqual(['2104-02-29']);
    const newYear = spec({ cadence: 'cron', cronExpression: '0 9 1 1 *', timeZone: 'Asia/Jakarta' });
    expect(next(newYear, '2026-06-01T00:00:00Z', 20)).toHaveLength(9);
  });
});

describe('holiday answers', () => {
  const weekly = () => spec({ cadence: 'weekly', weekdays: [1], ...at });
  const after = new Date('2026-03-01T00:00:00Z');

  it('keeps a run on a day the lookup says is no holiday, with or without a name', () => {
    const runs = nextRuns(weekly(), {
      after,
      count: 1,
      skipHolidays: true,
      isHoliday: () => ({ holiday: false, name: 'x' }),
    });
    expect(runs).toEqual([{ at: new Date('2026-03-02T02:00:00Z'), localDate: '2026-03-02' }]);
  });

  it('marks a holiday without a name as skipped, with no name', () => {
    const runs = nextRuns(weekly(), {
      after,
      count: 1,
      skipHolidays: true,
      isHoliday: (d) => ({ holiday: d === '2026-03-02' }),
    });
    expect(runs[0]).toEqual({
      at: new Date('2026-03-02T02:00:00Z'),
      localDate: '2026-03-02',
      skipped: 'holiday',
    });
    expect(runs).toHaveLength(2);
  });

  it('ignores the lookup when holidays are not skipped, and skipping without a lookup skips nothing', () => {
    let asked = 0;
    const isHoliday = () => {
      asked += 1;
      return true;
    };
    expect(nextRuns(weekly(), { after, count: 2, isHoliday })).toHaveLength(2);
    expect(asked).toBe(0);
    expect(nextRuns(weekly(), { after, count: 2, skipHolidays: true })).toHaveLength(2);
  });
});

describe('words for dates and times', () => {
  it('names each weekday and each month from the catalog, and a number that is no weekday as itself', () => {
    const weekdays = [0, 1, 2, 3, 4, 5, 6].map((day) => weekdayName(day, 'id'));
    expect(new Set(weekdays).size).toBe(7);
    expect(weekdayName(7, 'id')).toBe('7');
    // 7 December 2026 was a Monday; every month's name is distinct.
    const months = Array.from({ length: 12 }, (_, i) =>
      formatLocalDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'en'),
    );
    expect(new Set(months).size).toBe(12);
    expect(formatLocalDate('2026-12-07', 'en')).toContain(weekdayName(1, 'en'));
  });

  it('gives Indonesia’s zones their short names and any other zone its IANA name', () => {
    expect(zoneLabel('Asia/Pontianak', 'id')).toBe(zoneLabel('Asia/Jakarta', 'id'));
    expect(zoneLabel('Asia/Ujung_Pandang', 'id')).toBe(zoneLabel('Asia/Makassar', 'id'));
    expect(zoneLabel('Asia/Jayapura', 'id')).not.toBe(zoneLabel('Asia/Makassar', 'id'));
    expect(zoneLabel('Europe/Berlin', 'id')).toBe('Europe/Berlin');
  });

  it('keeps a cron description that cronstrue cannot read as the expression itself', () => {
    const odd: CadenceSpec = { cadence: 'cron', cronExpression: 'not cron', timeZone: 'Asia/Jakarta' };
    expect(describeCadence(odd, 'en')).toBe(
      t('en', 'cadence.describe.cron', { description: 'not cron', zone: 'WIB' }),
    );
  });
});
