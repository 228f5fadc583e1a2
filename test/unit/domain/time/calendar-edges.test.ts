/** The edges of the calendar rules: first and last days, the anchors of the time pattern, zone names. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  epochDay,
  instantOfLocal,
  isValidLocalDate,
  isValidTimeOfDay,
  isValidTimeZone,
  localDateTimeOf,
  parseLocalDate,
  zoneOffsetMs,
} from '../../../../src/domain/time/calendar.js';

describe('calendar dates at their edges', () => {
  it('accepts the first and last day of every month and year', () => {
    for (const date of ['2026-01-01', '2026-01-31', '2026-02-28', '2026-04-30', '2026-12-01', '2026-12-31']) {
      expect(isValidLocalDate(date)).toBe(true);
    }
  });

  it('refuses day 0, month 0, a day past the month end, and text around a date', () => {
    for (const date of [
      '2026-01-00',
      '2026-00-10',
      '2026-04-31',
      '2026-12-32',
      ' 2026-01-01',
      '2026-01-01x',
      'x2026-01-01',
      '02026-01-01',
    ]) {
      expect(isValidLocalDate(date)).toBe(false);
    }
  });

  it('counts days from 1 January 1970 and splits a date into numbers', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1970-01-02')).toBe(1);
    expect(epochDay('2026-03-02')).toBe(20_514);
    expect(parseLocalDate('2026-03-02')).toEqual({ year: 2026, month: 3, day: 2 });
    expect(addDays('2026-03-02', -20_514)).toBe('1970-01-01');
    expect(addDays('0999-12-31', 1)).toBe('1000-01-01');
  });
});

describe('times of day at their edges', () => {
  it('accepts every hour from 00 to 23 and the minutes 00 and 59', () => {
    for (const time of ['00:00', '09:59', '10:00', '19:30', '20:00', '23:59']) {
      expect(isValidTimeOfDay(time)).toBe(true);
    }
  });

  it('refuses text before or after the time, and hours or minutes out of range', () => {
    for (const time of [
      '109:00',
      '09:00x',
      'x09:00',
      '09:000',
      '009:00',
      '24:00',
      '30:00',
      '09:60',
      '9:5',
      '',
    ]) {
      expect(isValidTimeOfDay(time)).toBe(false);
    }
  });
});

describe('time zone names at their edges', () => {
  it('accepts names with digits, signs and underscores, and a bare UTC', () => {
    for (const zone of [
      'Etc/GMT+7',
      'Etc/GMT-14',
      'America/Port_of_Spain',
      'America/Argentina/Buenos_Aires',
      'UTC',
    ]) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  });

  it('refuses a name that starts with a digit or a slash, or ends in one, or has spaces', () => {
    for (const zone of [
      '7Asia/Jakarta',
      '/Asia/Jakarta',
      'Asia/Jakarta/',
      'Asia/ Jakarta',
      'Asia//Jakarta',
    ]) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });
});

describe('instants and wall clocks', () => {
  it('shows seconds-precise instants on the minute they fall in', () => {
    expect(localDateTimeOf(new Date('2026-03-01T16:59:59.999Z'), 'Asia/Jakarta')).toEqual({
      date: '2026-03-01',
      time: '23:59',
      weekday: 0,
    });
    expect(localDateTimeOf(new Date('2026-03-01T17:00:00Z'), 'Asia/Jakarta')).toEqual({
      date: '2026-03-02',
      time: '00:00',
      weekday: 1,
    });
  });

  it('gives the offset of an instant that is not on a whole second', () => {
    expect(zoneOffsetMs(Date.parse('2026-03-01T12:00:00.500Z'), 'Asia/Jayapura')).toBe(9 * 3_600_000);
  });

  it('reads a time of day with minutes', () => {
    expect(instantOfLocal('2026-03-02', '07:45', 'Asia/Makassar').toISOString()).toBe(
      '2026-03-01T23:45:00.000Z',
    );
  });
});
