import { describe, expect, it } from 'vitest';
import {
  type CadenceSpec,
  dueTimesBetween,
  MAX_RUNS,
  nextRuns,
  validateCadence,
} from '../../../../src/domain/time/cadence.js';
import { describeCadence, formatLocalDateTime } from '../../../../src/domain/time/cadence-text.js';
import { localDateTimeOf } from '../../../../src/domain/time/calendar.js';
import { makeHolidayChecker } from '../../../../src/domain/time/holidays.js';
import { placeholderNames } from '../../../../src/i18n/index.js';
import { schedules } from '../../../../src/i18n/messages/schedules.js';
import { time } from '../../../../src/i18n/messages/time.js';

/** Parses a cadence the way the modal and the scheduler do; fails the test when it is refused. */
function spec(input: Record<string, unknown>): CadenceSpec {
  const result = validateCadence(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.spec;
}

const iso = (runs: ReadonlyArray<{ at: Date }>) => runs.map((run) => run.at.toISOString());
const dates = (runs: ReadonlyArray<{ localDate: string }>) => runs.map((run) => run.localDate);
const next = (cadence: CadenceSpec, after: string, count = 5) =>
  nextRuns(cadence, { after: new Date(after), count });

describe('validateCadence', () => {
  it('accepts a schedule row as stored, with null in the columns its cadence does not use', () => {
    const row = {
      cadence: 'weekly',
      weekdays: [4, 1, 1],
      dayOfMonth: null,
      nth: null,
      nthWeekday: null,
      cronExpression: null,
      anchorDate: null,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    };
    expect(validateCadence(row)).toEqual({
      ok: true,
      spec: { cadence: 'weekly', weekdays: [1, 4], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' },
    });
  });

  it('accepts the string values Slack selects and checkboxes send', () => {
    expect(
      spec({
        cadence: 'monthly_nth',
        nth: '-1',
        nthWeekday: '5',
        timeOfDay: '14:00',
        timeZone: 'Asia/Jakarta',
      }),
    ).toMatchObject({ nth: -1, nthWeekday: 5 });
  });

  it('refuses each bad field with its own catalog key', () => {
    expect(
      validateCadence({ cadence: 'weekly', weekdays: [], timeOfDay: '25:00', timeZone: 'Asia/Bandung' }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'weekdays', key: 'cadence.error.weekdaysEmpty' },
        { field: 'timeOfDay', key: 'cadence.error.timeOfDay' },
        { field: 'timeZone', key: 'cadence.error.timeZone' },
      ],
    });
  });

  it('refuses a weekly cadence with no weekdays given at all', () => {
    expect(validateCadence({ cadence: 'weekly', timeOfDay: '09:00', timeZone: 'Asia/Jakarta' })).toEqual({
      ok: false,
      errors: [{ field: 'weekdays', key: 'cadence.error.weekdaysEmpty' }],
    });
  });

  it('refuses a weekday outside 0–6', () => {
    expect(
      validateCadence({ cadence: 'weekly', weekdays: [1, 7], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' }),
    ).toEqual({ ok: false, errors: [{ field: 'weekdays', key: 'cadence.error.weekdays' }] });
  });

  it.each([0, 32, 1.5, 'lima'])('refuses day of month %s', (dayOfMonth) => {
    expect(
      validateCadence({ cadence: 'monthly_day', dayOfMonth, timeOfDay: '09:00', timeZone: 'Asia/Jakarta' }),
    ).toEqual({ ok: false, errors: [{ field: 'dayOfMonth', key: 'cadence.error.dayOfMonth' }] });
  });

  it.each([0, 5, -2])('refuses n-th week %s', (nth) => {
    expect(
      validateCadence({
        cadence: 'monthly_nth',
        nth,
        nthWeekday: 1,
        timeOfDay: '09:00',
        timeZone: 'Asia/Jakarta',
      }),
    ).toEqual({ ok: false, errors: [{ field: 'nth', key: 'cadence.error.nth' }] });
  });

  it('refuses a biweekly cadence without a real anchor date', () => {
    expect(
      validateCadence({
        cadence: 'biweekly',
        weekdays: [1],
        anchorDate: '2026-02-30',
        timeOfDay: '09:00',
        timeZone: 'Asia/Jakarta',
      }),
    ).toEqual({ ok: false, errors: [{ field: 'anchorDate', key: 'cadence.error.anchorDate' }] });
  });

  it('refuses an unknown or missing cadence kind', () => {
    const refused = { ok: false, errors: [{ field: 'cadence', key: 'cadence.error.cadence' }] };
    expect(validateCadence({ cadence: 'hourly', timeOfDay: '09:00', timeZone: 'Asia/Jakarta' })).toEqual(
      refused,
    );
    expect(validateCadence({})).toEqual(refused);
    expect(validateCadence(null)).toEqual(refused);
  });

  it.each([
    ['0 9 * *', 'cadence.error.cronSyntax'],
    ['0 0 9 * * 1', 'cadence.error.cronSyntax'],
    ['61 9 * * *', 'cadence.error.cronMinute'],
    ['0 25 * * 1', 'cadence.error.cronHour'],
    ['0 9 * * 1#2', 'cadence.error.cronWeekday'],
    ['0 9 L * *', 'cadence.error.cronDayOfMonth'],
    ['0 9 5-1 * *', 'cadence.error.cronDayOfMonth'],
    ['0 9 */0 * *', 'cadence.error.cronDayOfMonth'],
    ['0 9 * 13 *', 'cadence.error.cronMonth'],
    ['0 9 31 2 *', 'cadence.error.cronNeverFires'],
    ['0 9 30,31 2 *', 'cadence.error.cronNeverFires'],
    ['0 9 31 4,6,9,11 *', 'cadence.error.cronNeverFires'],
    ['* * * * *', 'cadence.error.cronTooFrequent'],
    ['*/30 * * * *', 'cadence.error.cronTooFrequent'],
  ])('refuses cron %j with %s', (cronExpression, key) => {
    expect(validateCadence({ cadence: 'cron', cronExpression, timeZone: 'Asia/Jakarta' })).toEqual({
      ok: false,
      errors: [{ field: 'cronExpression', key }],
    });
  });

  it.each([
    '0 9 * * 1',
    '30 8 * * 1-5',
    '0 9 * * mon,THU',
    '0 9 1,15 * *',
    '0 */2 * * *',
    '0 9 29 2 *',
    '0 9 31 2 1',
    '0 9 * * 7',
  ])('accepts cron %j', (cronExpression) => {
    expect(validateCadence({ cadence: 'cron', cronExpression, timeZone: 'Asia/Jakarta' }).ok).toBe(true);
  });

  it('normalises the spacing of a cron expression and the spelling of its zone', () => {
    expect(spec({ cadence: 'cron', cronExpression: '  0   9 * *  1 ', timeZone: 'asia/jayapura' })).toEqual({
      cadence: 'cron',
      cronExpression: '0 9 * * 1',
      timeZone: 'Asia/Jayapura',
    });
  });

  it('uses only keys that exist in both languages of the catalog', () => {
    const result = validateCadence({
      cadence: 'monthly_nth',
      nth: 9,
      nthWeekday: 9,
      timeOfDay: 'x',
      timeZone: 'x',
    });
    expect(result.ok).toBe(false);
    for (const error of result.ok ? [] : result.errors) {
      expect(Object.keys(time.id)).toContain(error.key);
      expect(Object.keys(time.en)).toContain(error.key);
    }
  });
});

describe('nextRuns for each cadence', () => {
  it('runs on workdays only, at the local time in WITA', () => {
    const workdays = spec({ cadence: 'workdays', timeOfDay: '08:30', timeZone: 'Asia/Makassar' });
    // Thursday 5 March 2026, 20:00 WITA.
    expect(iso(next(workdays, '2026-03-05T12:00:00Z'))).toEqual([
      '2026-03-06T00:30:00.000Z',
      '2026-03-09T00:30:00.000Z',
      '2026-03-10T00:30:00.000Z',
      '2026-03-11T00:30:00.000Z',
      '2026-03-12T00:30:00.000Z',
    ]);
  });

  it('runs weekly on the chosen weekday in WIT', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jayapura' });
    expect(iso(next(weekly, '2026-11-30T00:00:00Z', 3))).toEqual([
      '2026-12-07T00:00:00.000Z',
      '2026-12-14T00:00:00.000Z',
      '2026-12-21T00:00:00.000Z',
    ]);
  });

  it('returns only runs strictly after the given instant', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    expect(iso(next(weekly, '2026-12-07T02:00:00Z', 1))).toEqual(['2026-12-14T02:00:00.000Z']);
    expect(iso(next(weekly, '2026-12-07T01:59:59Z', 1))).toEqual(['2026-12-07T02:00:00.000Z']);
  });

  it('finds a run early in the local day when the instant is still the previous UTC day', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '06:00', timeZone: 'Asia/Jayapura' });
    // 06:00 WIT Monday is 21:00 UTC on Sunday.
    expect(iso(next(weekly, '2026-12-06T20:00:00Z', 1))).toEqual(['2026-12-06T21:00:00.000Z']);
  });

  it('runs several weekdays a week in order', () => {
    const weekly = spec({
      cadence: 'weekly',
      weekdays: [5, 1, 3],
      timeOfDay: '10:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(weekly, '2026-12-06T00:00:00Z', 4))).toEqual([
      '2026-12-07',
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
    ]);
  });

  it('runs biweekly only in weeks an even number of weeks from the anchor week', () => {
    const biweekly = spec({
      cadence: 'biweekly',
      weekdays: [1, 4],
      anchorDate: '2026-01-05',
      timeOfDay: '10:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(biweekly, '2026-01-01T00:00:00Z', 6))).toEqual([
      '2026-01-05',
      '2026-01-08',
      '2026-01-19',
      '2026-01-22',
      '2026-02-02',
      '2026-02-05',
    ]);
    expect(iso(next(biweekly, '2026-01-01T00:00:00Z', 1))).toEqual(['2026-01-05T03:00:00.000Z']);
  });

  it('starts biweekly runs in the anchor week: nothing runs in the weeks before it', () => {
    const fromDecember = spec({
      cadence: 'biweekly',
      weekdays: [1],
      anchorDate: '2026-12-07',
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    });
    // 23 November is an even number of weeks before the anchor, but before it: not a run.
    expect(dates(next(fromDecember, '2026-11-20T00:00:00Z', 3))).toEqual([
      '2026-12-07',
      '2026-12-21',
      '2027-01-04',
    ]);
  });

  it('counts biweekly parity by Monday-based weeks, whatever weekday the anchor is', () => {
    const fromWednesday = spec({
      cadence: 'biweekly',
      weekdays: [1, 4],
      anchorDate: '2026-01-07',
      timeOfDay: '10:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(fromWednesday, '2026-01-01T00:00:00Z', 4))).toEqual([
      '2026-01-05',
      '2026-01-08',
      '2026-01-19',
      '2026-01-22',
    ]);
    // Sunday ends the anchor's week, so the Sunday of that week is a run, the next Sunday is not.
    const sundays = spec({
      cadence: 'biweekly',
      weekdays: [0],
      anchorDate: '2026-01-05',
      timeOfDay: '10:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(sundays, '2026-01-01T00:00:00Z', 3))).toEqual([
      '2026-01-11',
      '2026-01-25',
      '2026-02-08',
    ]);
  });

  it('keeps biweekly parity across a year boundary', () => {
    const biweekly = spec({
      cadence: 'biweekly',
      weekdays: [2],
      anchorDate: '2026-12-15',
      timeOfDay: '09:00',
      timeZone: 'Asia/Makassar',
    });
    expect(dates(next(biweekly, '2026-12-14T00:00:00Z', 4))).toEqual([
      '2026-12-15',
      '2026-12-29',
      '2027-01-12',
      '2027-01-26',
    ]);
  });

  it('runs monthly on the chosen day', () => {
    const monthly = spec({
      cadence: 'monthly_day',
      dayOfMonth: 5,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jayapura',
    });
    expect(iso(next(monthly, '2026-01-05T00:00:00Z', 3))).toEqual([
      '2026-02-05T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
      '2026-04-05T00:00:00.000Z',
    ]);
  });

  it('runs "day 31" on the last day of shorter months, February included', () => {
    const monthEnd = spec({
      cadence: 'monthly_day',
      dayOfMonth: 31,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(monthEnd, '2026-01-01T00:00:00Z', 6))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
  });

  it('runs "day 30" on 29 February in a leap year and on 28 February otherwise', () => {
    const day30 = spec({
      cadence: 'monthly_day',
      dayOfMonth: 30,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(day30, '2028-01-31T00:00:00Z', 2))).toEqual(['2028-02-29', '2028-03-30']);
    expect(dates(next(day30, '2027-01-31T00:00:00Z', 2))).toEqual(['2027-02-28', '2027-03-30']);
  });

  it('runs on the last Friday of each month', () => {
    const lastFriday = spec({
      cadence: 'monthly_nth',
      nth: -1,
      nthWeekday: 5,
      timeOfDay: '14:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(lastFriday, '2026-01-01T00:00:00Z'))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ]);
  });

  it('runs on the first Monday and on the fourth Thursday of a month', () => {
    const firstMonday = spec({
      cadence: 'monthly_nth',
      nth: 1,
      nthWeekday: 1,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(firstMonday, '2026-01-01T00:00:00Z'))).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
      '2026-05-04',
    ]);
    const fourthThursday = spec({
      cadence: 'monthly_nth',
      nth: 4,
      nthWeekday: 4,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
    });
    expect(dates(next(fourthThursday, '2026-11-01T00:00:00Z', 2))).toEqual(['2026-11-26', '2026-12-24']);
  });

  it('runs a cron expression in the schedule zone, not in UTC', () => {
    const cron = spec({ cadence: 'cron', cronExpression: '0 9 * * 1-5', timeZone: 'Asia/Jayapura' });
    expect(iso(next(cron, '2026-12-04T00:00:00Z', 3))).toEqual([
      '2026-12-07T00:00:00.000Z',
      '2026-12-08T00:00:00.000Z',
      '2026-12-09T00:00:00.000Z',
    ]);
  });

  it('runs a cron expression with several times a day in order', () => {
    const cron = spec({ cadence: 'cron', cronExpression: '0,30 9 * * 1', timeZone: 'Asia/Jakarta' });
    expect(iso(next(cron, '2026-12-07T00:00:00Z', 3))).toEqual([
      '2026-12-07T02:00:00.000Z',
      '2026-12-07T02:30:00.000Z',
      '2026-12-14T02:00:00.000Z',
    ]);
  });

  it('matches either day field when a cron restricts both, as cron does', () => {
    const cron = spec({ cadence: 'cron', cronExpression: '0 9 1 * 1', timeZone: 'Asia/Jakarta' });
    expect(dates(next(cron, '2026-06-01T00:00:00Z', 6))).toEqual([
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
      '2026-06-22',
      '2026-06-29',
      '2026-07-01',
    ]);
  });

  it('runs a leap-day cron only on 29 February', () => {
    const leapDay = spec({ cadence: 'cron', cronExpression: '0 9 29 2 *', timeZone: 'Asia/Jakarta' });
    expect(dates(next(leapDay, '2026-03-01T00:00:00Z', 2))).toEqual(['2028-02-29', '2032-02-29']);
  });

  it('returns nothing for a count of zero', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    expect(next(weekly, '2026-01-01T00:00:00Z', 0)).toEqual([]);
  });
});

describe('nextRuns across daylight saving time', () => {
  const berlinSundays = () =>
    spec({ cadence: 'weekly', weekdays: [0], timeOfDay: '02:30', timeZone: 'Europe/Berlin' });

  it('runs a time that does not exist on the spring-forward day once, an hour later by the wall clock', () => {
    const runs = next(berlinSundays(), '2026-03-20T00:00:00Z', 3);
    expect(iso(runs)).toEqual([
      '2026-03-22T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-04-05T00:30:00.000Z',
    ]);
    expect(runs.map((run) => localDateTimeOf(run.at, 'Europe/Berlin').time)).toEqual([
      '02:30',
      '03:30',
      '02:30',
    ]);
  });

  it('runs a time that happens twice on the fall-back day only once, at the first', () => {
    expect(iso(next(berlinSundays(), '2026-10-20T00:00:00Z', 2))).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-11-01T01:30:00.000Z',
    ]);
  });

  it('keeps 09:00 local on workdays across the change in spring', () => {
    const workdays = spec({ cadence: 'workdays', timeOfDay: '09:00', timeZone: 'Europe/Berlin' });
    expect(iso(next(workdays, '2026-03-27T00:00:00Z', 2))).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('never gives one instant twice when two cron times meet in the DST gap', () => {
    const cron = spec({ cadence: 'cron', cronExpression: '0 2,3 * * *', timeZone: 'Europe/Berlin' });
    expect(iso(next(cron, '2026-03-28T12:00:00Z', 3))).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
      '2026-03-30T01:00:00.000Z',
    ]);
  });

  it('runs a cron once on the fall-back day even though its hour happens twice', () => {
    const cron = spec({ cadence: 'cron', cronExpression: '30 2 * * *', timeZone: 'Europe/Berlin' });
    expect(iso(next(cron, '2026-10-24T12:00:00Z', 2))).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });
});

describe('holidays', () => {
  const checker = makeHolidayChecker({
    extraDates: [{ date: '2026-03-23', name: 'Cuti bersama Idul Fitri' }],
  });

  it('keeps 17 August in the list, marked skipped, and does not count it', () => {
    const workdays = spec({ cadence: 'workdays', timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    const runs = nextRuns(workdays, {
      after: new Date('2026-08-14T03:00:00Z'),
      count: 3,
      isHoliday: checker,
      skipHolidays: true,
    });
    expect(runs).toEqual([
      {
        at: new Date('2026-08-17T02:00:00Z'),
        localDate: '2026-08-17',
        skipped: 'holiday',
        holidayName: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia',
      },
      { at: new Date('2026-08-18T02:00:00Z'), localDate: '2026-08-18' },
      { at: new Date('2026-08-19T02:00:00Z'), localDate: '2026-08-19' },
      { at: new Date('2026-08-20T02:00:00Z'), localDate: '2026-08-20' },
    ]);
  });

  it('skips Nyepi, Idul Fitri and an admin-added cuti bersama day in March 2026', () => {
    const workdays = spec({ cadence: 'workdays', timeOfDay: '08:00', timeZone: 'Asia/Makassar' });
    const runs = nextRuns(workdays, {
      after: new Date('2026-03-17T12:00:00Z'),
      count: 2,
      isHoliday: checker,
      skipHolidays: true,
    });
    expect(runs.map((run) => [run.localDate, run.skipped ?? 'post', run.holidayName ?? ''])).toEqual([
      ['2026-03-18', 'post', ''],
      ['2026-03-19', 'holiday', 'Hari Raya Nyepi'],
      ['2026-03-20', 'holiday', 'Hari Raya Idulfitri'],
      ['2026-03-23', 'holiday', 'Cuti bersama Idul Fitri'],
      ['2026-03-24', 'post', ''],
    ]);
  });

  it('posts on holidays when the schedule does not skip them', () => {
    const workdays = spec({ cadence: 'workdays', timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    const runs = nextRuns(workdays, {
      after: new Date('2026-08-16T00:00:00Z'),
      count: 1,
      isHoliday: checker,
      skipHolidays: false,
    });
    expect(runs).toEqual([{ at: new Date('2026-08-17T02:00:00Z'), localDate: '2026-08-17' }]);
  });

  it('accepts a plain yes/no holiday lookup', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    const runs = nextRuns(weekly, {
      after: new Date('2026-12-01T00:00:00Z'),
      count: 1,
      isHoliday: (date) => date === '2026-12-07',
      skipHolidays: true,
    });
    expect(runs).toEqual([
      { at: new Date('2026-12-07T02:00:00Z'), localDate: '2026-12-07', skipped: 'holiday' },
      { at: new Date('2026-12-14T02:00:00Z'), localDate: '2026-12-14' },
    ]);
  });

  it('judges the holiday by the local date in the schedule zone, not the UTC date', () => {
    // 06:00 WIT on 17 August is still 16 August in UTC.
    const daily = spec({ cadence: 'workdays', timeOfDay: '06:00', timeZone: 'Asia/Jayapura' });
    const [first] = nextRuns(daily, {
      after: new Date('2026-08-16T00:00:00Z'),
      count: 1,
      isHoliday: checker,
      skipHolidays: true,
    });
    expect(first).toMatchObject({ localDate: '2026-08-17', skipped: 'holiday' });
    expect(first?.at.toISOString()).toBe('2026-08-16T21:00:00.000Z');
  });
});

describe('dueTimesBetween', () => {
  const workdays = () => spec({ cadence: 'workdays', timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });

  it('finds every run missed while the app was down, with holidays marked', () => {
    const runs = dueTimesBetween(
      workdays(),
      new Date('2026-08-14T00:00:00Z'),
      new Date('2026-08-19T00:00:00Z'),
      {
        isHoliday: makeHolidayChecker({ extraDates: [] }),
        skipHolidays: true,
      },
    );
    expect(runs.map((run) => [run.localDate, run.skipped ?? 'post'])).toEqual([
      ['2026-08-14', 'post'],
      ['2026-08-17', 'holiday'],
      ['2026-08-18', 'post'],
    ]);
  });

  it('leaves out a run exactly at the start and keeps one exactly at the end', () => {
    const runs = dueTimesBetween(
      workdays(),
      new Date('2026-12-07T02:00:00Z'),
      new Date('2026-12-08T02:00:00Z'),
    );
    expect(iso(runs)).toEqual(['2026-12-08T02:00:00.000Z']);
  });

  it('returns nothing for an empty or reversed window', () => {
    const at = new Date('2026-12-07T02:00:00Z');
    expect(dueTimesBetween(workdays(), at, at)).toEqual([]);
    expect(dueTimesBetween(workdays(), at, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
  });

  it('stops at the limit, oldest first, so the caller can go on from the last run', () => {
    const hourly = spec({ cadence: 'cron', cronExpression: '0 * * * *', timeZone: 'Asia/Jakarta' });
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-03-01T00:00:00Z');
    const first = dueTimesBetween(hourly, from, to);
    expect(first).toHaveLength(MAX_RUNS);
    expect(first[0]?.at.toISOString()).toBe('2026-01-01T01:00:00.000Z');
    const last = first.at(-1)?.at ?? from;
    const rest = dueTimesBetween(hourly, last, to);
    expect(first.length + rest.length).toBe(59 * 24);
    expect(rest.at(-1)?.at.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(dueTimesBetween(hourly, from, to, { limit: 10 })).toHaveLength(10);
  });
});

describe('bounded walks', () => {
  it('returns no runs, quickly, for a cron that can never fire', () => {
    // Built by hand, as validation would refuse it.
    const never: CadenceSpec = { cadence: 'cron', cronExpression: '0 9 31 2 *', timeZone: 'Asia/Jakarta' };
    const started = performance.now();
    expect(next(never, '2026-01-01T00:00:00Z', 5)).toEqual([]);
    expect(
      dueTimesBetween(never, new Date('2000-01-01T00:00:00Z'), new Date('2999-01-01T00:00:00Z')),
    ).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('returns no runs for a cron expression that does not parse', () => {
    const broken: CadenceSpec = { cadence: 'cron', cronExpression: 'not cron', timeZone: 'Asia/Jakarta' };
    expect(next(broken, '2026-01-01T00:00:00Z', 5)).toEqual([]);
  });

  it('stops when every date is a holiday instead of looking for a run forever', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    const runs = nextRuns(weekly, {
      after: new Date('2026-01-01T00:00:00Z'),
      count: 5,
      isHoliday: () => true,
      skipHolidays: true,
    });
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.length).toBeLessThanOrEqual(MAX_RUNS);
    expect(runs.every((run) => run.skipped === 'holiday')).toBe(true);
  });
});

describe('describeCadence', () => {
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [
      { cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' },
      'Setiap Senin pukul 09.00 WIB',
      'Every Monday at 09:00 WIB',
    ],
    [
      { cadence: 'weekly', weekdays: [1, 3, 5], timeOfDay: '07:45', timeZone: 'Asia/Pontianak' },
      'Setiap Senin, Rabu, dan Jumat pukul 07.45 WIB',
      'Every Monday, Wednesday, and Friday at 07:45 WIB',
    ],
    [
      { cadence: 'weekly', weekdays: [0, 1, 2, 3, 4, 5, 6], timeOfDay: '07:00', timeZone: 'Asia/Jakarta' },
      'Setiap hari pukul 07.00 WIB',
      'Every day at 07:00 WIB',
    ],
    [
      { cadence: 'workdays', timeOfDay: '08:30', timeZone: 'Asia/Makassar' },
      'Setiap hari kerja (Senin–Jumat) pukul 08.30 WITA',
      'Every workday (Monday–Friday) at 08:30 WITA',
    ],
    [
      {
        cadence: 'biweekly',
        weekdays: [1, 4],
        anchorDate: '2026-01-05',
        timeOfDay: '10:00',
        timeZone: 'Asia/Jakarta',
      },
      'Setiap dua minggu pada hari Senin dan Kamis pukul 10.00 WIB',
      'Every two weeks on Monday and Thursday at 10:00 WIB',
    ],
    [
      { cadence: 'monthly_day', dayOfMonth: 5, timeOfDay: '09:00', timeZone: 'Asia/Jayapura' },
      'Setiap bulan pada tanggal 5 pukul 09.00 WIT',
      'Every month on day 5 at 09:00 WIT',
    ],
    [
      { cadence: 'monthly_day', dayOfMonth: 31, timeOfDay: '09:00', timeZone: 'Asia/Jakarta' },
      'Setiap bulan pada tanggal 31 (atau hari terakhir bulan itu bila lebih pendek) pukul 09.00 WIB',
      'Every month on day 31 (or the last day of shorter months) at 09:00 WIB',
    ],
    [
      { cadence: 'monthly_nth', nth: -1, nthWeekday: 5, timeOfDay: '14:00', timeZone: 'Asia/Jakarta' },
      'Setiap bulan pada hari Jumat terakhir pukul 14.00 WIB',
      'Every month on the last Friday at 14:00 WIB',
    ],
    [
      { cadence: 'monthly_nth', nth: 2, nthWeekday: 2, timeOfDay: '13:00', timeZone: 'Europe/Berlin' },
      'Setiap bulan pada hari Selasa kedua pukul 13.00 Europe/Berlin',
      'Every month on the second Tuesday at 13:00 Europe/Berlin',
    ],
    [
      { cadence: 'cron', cronExpression: '30 8 * * 1-5', timeZone: 'Asia/Makassar' },
      'Pukul 08.30, Senin sampai Jumat (WITA)',
      'At 08:30, Monday through Friday (WITA)',
    ],
  ];

  it.each(cases)('describes %j in Indonesian and English', (input, indonesian, english) => {
    const cadence = spec(input);
    expect(describeCadence(cadence, 'id')).toBe(indonesian);
    expect(describeCadence(cadence, 'en')).toBe(english);
  });
});

describe('formatLocalDateTime', () => {
  const at = new Date('2026-12-07T02:00:00Z');

  it('shows a run as the wall clock of its zone shows it, in both languages', () => {
    expect(formatLocalDateTime(at, 'Asia/Jakarta', 'id')).toBe('Senin, 7 Desember 2026 pukul 09.00 WIB');
    expect(formatLocalDateTime(at, 'Asia/Jakarta', 'en')).toBe('Monday, 7 December 2026 at 09:00 WIB');
  });

  it('shows the same instant in WITA, WIT and a zone without an Indonesian name', () => {
    expect(formatLocalDateTime(at, 'Asia/Makassar', 'id')).toBe('Senin, 7 Desember 2026 pukul 10.00 WITA');
    expect(formatLocalDateTime(at, 'Asia/Jayapura', 'id')).toBe('Senin, 7 Desember 2026 pukul 11.00 WIT');
    expect(formatLocalDateTime(at, 'Europe/Berlin', 'en')).toBe(
      'Monday, 7 December 2026 at 03:00 Europe/Berlin',
    );
  });

  it('shows the next five runs of a schedule the way the modal lists them', () => {
    const weekly = spec({ cadence: 'weekly', weekdays: [1], timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
    const lines = next(weekly, '2026-12-01T00:00:00Z').map((run) =>
      formatLocalDateTime(run.at, 'Asia/Jakarta', 'id'),
    );
    expect(lines).toEqual([
      'Senin, 7 Desember 2026 pukul 09.00 WIB',
      'Senin, 14 Desember 2026 pukul 09.00 WIB',
      'Senin, 21 Desember 2026 pukul 09.00 WIB',
      'Senin, 28 Desember 2026 pukul 09.00 WIB',
      'Senin, 4 Januari 2027 pukul 09.00 WIB',
    ]);
  });
});

describe('schedules message bundle', () => {
  it('has the same keys and placeholders in Indonesian and English', () => {
    const placeholders = placeholderNames;
    expect(Object.keys(schedules.en).sort()).toEqual(Object.keys(schedules.id).sort());
    for (const [key, text] of Object.entries(schedules.id)) {
      expect(placeholders(schedules.en[key as keyof typeof schedules.en]), key).toEqual(placeholders(text));
    }
  });
});
