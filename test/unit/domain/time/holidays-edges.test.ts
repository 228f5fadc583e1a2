/** Admin-added holidays at their edges: repeats, blank names, a name equal to the national one. */
import { describe, expect, it } from 'vitest';
import { makeHolidayChecker, nationalHolidays } from '../../../../src/domain/time/holidays.js';
import { t } from '../../../../src/i18n/index.js';

describe('admin-added holidays', () => {
  it('keeps the first entry of a date given twice', () => {
    const isHoliday = makeHolidayChecker({
      extraDates: [
        { date: '2026-12-24', name: 'Cuti bersama Natal' },
        '2026-12-24',
        { date: '2026-12-24', name: 'Lain' },
      ],
    });
    expect(isHoliday('2026-12-24')).toEqual({ holiday: true, name: 'Cuti bersama Natal' });
  });

  it('trims a name, and calls a blank or missing name the additional holiday', () => {
    const additional = t('id', 'cadence.holiday.additional');
    const isHoliday = makeHolidayChecker({
      extraDates: [
        { date: '2026-12-23', name: '  Cuti bersama  ' },
        { date: '2026-12-24', name: '   ' },
        { date: '2026-12-28', name: null },
      ],
    });
    expect(isHoliday('2026-12-23')).toEqual({ holiday: true, name: 'Cuti bersama' });
    expect(isHoliday('2026-12-24')).toEqual({ holiday: true, name: additional });
    expect(isHoliday('2026-12-28')).toEqual({ holiday: true, name: additional });
  });

  it('names a date once when the admin gave it the national holiday’s own name', () => {
    const national = nationalHolidays(2026).find((h) => h.date === '2026-08-17')?.name ?? '';
    const isHoliday = makeHolidayChecker({ extraDates: [{ date: '2026-08-17', name: national }] });
    expect(isHoliday('2026-08-17')).toEqual({ holiday: true, name: national });
  });

  it('asks about the year of the date it is given', () => {
    const isHoliday = makeHolidayChecker({ extraDates: [] });
    expect(isHoliday('2027-08-17').holiday).toBe(true);
    expect(isHoliday('2027-08-18').holiday).toBe(false);
  });

  it('keeps only public holidays, each with a date and a name, in the language asked', () => {
    const english = nationalHolidays(2026, 'en');
    const indonesian = nationalHolidays(2026, 'id');
    expect(english.map((h) => h.date)).toEqual(indonesian.map((h) => h.date));
    expect(english.find((h) => h.date === '2026-01-01')?.name).not.toBe(
      indonesian.find((h) => h.date === '2026-01-01')?.name,
    );
    expect(indonesian.find((h) => h.date === '2026-01-01')?.name).toBe('Tahun Baru Masehi');
    expect(nationalHolidays(2026, 'en')).toBe(english);
  });
});
