import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  daysInMonth,
  instantOfLocal,
  isValidLocalDate,
  isValidTimeOfDay,
  isValidTimeZone,
  localDateOf,
  localDateTimeOf,
  weekdayOf,
  zoneOffsetMs,
} from '../../../../src/domain/time/calendar.js';

const HOUR = 3_600_000;

describe('local date and time of an instant', () => {
  it('gives the date a wall clock shows in WIB, WITA and WIT', () => {
    const at = new Date('2026-03-05T16:30:00Z');
    expect(localDateTimeOf(at, 'Asia/Jakarta')).toEqual({ date: '2026-03-05', time: '23:30', weekday: 4 });
    expect(localDateTimeOf(at, 'Asia/Makassar')).toEqual({ date: '2026-03-06', time: '00:30', weekday: 5 });
    expect(localDateTimeOf(at, 'Asia/Jayapura')).toEqual({ date: '2026-03-06', time: '01:30', weekday: 5 });
  });

  it('crosses the year boundary in a zone ahead of UTC', () => {
    expect(localDateOf(new Date('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
    expect(localDateOf(new Date('2026-12-31T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-31');
  });

  it('knows the offsets of the Indonesian zones and of a DST zone in both seasons', () => {
    const winter = Date.parse('2026-01-15T12:00:00Z');
    const summer = Date.parse('2026-07-15T12:00:00Z');
    expect(zoneOffsetMs(winter, 'Asia/Jakarta')).toBe(7 * HOUR);
    expect(zoneOffsetMs(winter, 'Asia/Makassar')).toBe(8 * HOUR);
    expect(zoneOffsetMs(winter, 'Asia/Jayapura')).toBe(9 * HOUR);
    expect(zoneOffsetMs(winter, 'Europe/Berlin')).toBe(1 * HOUR);
    expect(zoneOffsetMs(summer, 'Europe/Berlin')).toBe(2 * HOUR);
    expect(zoneOffsetMs(summer, 'America/New_York')).toBe(-4 * HOUR);
  });
});

describe('instant of a local date and time', () => {
  it('puts 09:00 in WIB, WITA and WIT at 02:00, 01:00 and 00:00 UTC', () => {
    expect(instantOfLocal('2026-12-07', '09:00', 'Asia/Jakarta').toISOString()).toBe(
      '2026-12-07T02:00:00.000Z',
    );
    expect(instantOfLocal('2026-12-07', '09:00', 'Asia/Makassar').toISOString()).toBe(
      '2026-12-07T01:00:00.000Z',
    );
    expect(instantOfLocal('2026-12-07', '09:00', 'Asia/Jayapura').toISOString()).toBe(
      '2026-12-07T00:00:00.000Z',
    );
  });

  it('moves a time that does not exist on the spring-forward night later by the gap', () => {
    // Berlin goes from 02:00 CET to 03:00 CEST on 29 March 2026: 02:30 is shown as 03:30.
    const at = instantOfLocal('2026-03-29', '02:30', 'Europe/Berlin');
    expect(at.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localDateTimeOf(at, 'Europe/Berlin').time).toBe('03:30');
  });

  it('takes the first of the two instants of a time repeated on the fall-back night', () => {
    // Berlin goes from 03:00 CEST back to 02:00 CET on 25 October 2026: 02:30 happens twice.
    expect(instantOfLocal('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('is unaffected by DST on the days either side of a change', () => {
    expect(instantOfLocal('2026-03-28', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T01:30:00.000Z',
    );
    expect(instantOfLocal('2026-03-30', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-30T00:30:00.000Z',
    );
  });

  it('handles a zone that springs forward at midnight', () => {
    // Santiago skips 00:00–01:00 on 6 September 2026; the date itself still exists.
    const at = instantOfLocal('2026-09-06', '00:30', 'America/Santiago');
    expect(localDateTimeOf(at, 'America/Santiago')).toMatchObject({ date: '2026-09-06', time: '01:30' });
  });

  it('round-trips every half hour of a DST-change day, except the missing hour which shows one hour later', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      for (const minute of ['00', '30']) {
        const wall = `${String(hour).padStart(2, '0')}:${minute}`;
        const shown = localDateTimeOf(instantOfLocal('2026-03-29', wall, 'Europe/Berlin'), 'Europe/Berlin');
        expect(shown.date).toBe('2026-03-29');
        expect(shown.time).toBe(hour === 2 ? `03:${minute}` : wall);
      }
    }
  });
});

describe('calendar dates', () => {
  it('adds days across month ends, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('gives weekdays with 0 for Sunday', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2026-08-17')).toBe(1);
    expect(weekdayOf('2026-03-29')).toBe(0);
    expect(weekdayOf('2026-01-03')).toBe(6);
  });

  it('counts the days of February in leap and common years', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isValidLocalDate('2028-02-29')).toBe(true);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(isValidLocalDate('2026-1-5')).toBe(false);
    expect(isValidLocalDate('5 Januari 2026')).toBe(false);
  });

  it('accepts only 24-hour HH:MM times', () => {
    expect(isValidTimeOfDay('00:00')).toBe(true);
    expect(isValidTimeOfDay('23:59')).toBe(true);
    expect(isValidTimeOfDay('24:00')).toBe(false);
    expect(isValidTimeOfDay('9:00')).toBe(false);
    expect(isValidTimeOfDay('09.00')).toBe(false);
  });
});

describe('time zone names', () => {
  it('accepts IANA zones, including the three Indonesian ones and UTC', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Berlin', 'UTC']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  });

  it('refuses unknown zones, bare offsets and abbreviations like WIB', () => {
    for (const zone of ['Asia/Bandung', '+07:00', 'WIB', '', 'Asia/Jakarta; DROP']) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });

  it('spells a zone the way the runtime does', () => {
    expect(canonicalTimeZone('asia/jakarta')).toBe('Asia/Jakarta');
  });
});
