import { describe, expect, it } from 'vitest';
import { makeHolidayChecker, nationalHolidays } from '../../../../src/domain/time/holidays.js';

const datesOf = (year: number) => nationalHolidays(year).map((holiday) => holiday.date);

describe('nationalHolidays', () => {
  it('includes Independence Day on 17 August every year', () => {
    for (const year of [2026, 2027, 2030]) {
      expect(nationalHolidays(year)).toContainEqual({
        date: `${year}-08-17`,
        name: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia',
      });
    }
  });

  it('puts Idul Fitri 1447 H on 20 and 21 March 2026', () => {
    const idulFitri = nationalHolidays(2026).filter((holiday) => holiday.name === 'Hari Raya Idulfitri');
    expect(idulFitri.map((holiday) => holiday.date)).toEqual(['2026-03-20', '2026-03-21']);
  });

  it('puts Idul Fitri 1448 H on 9 and 10 March 2027', () => {
    const idulFitri = nationalHolidays(2027).filter((holiday) => holiday.name === 'Hari Raya Idulfitri');
    expect(idulFitri.map((holiday) => holiday.date)).toEqual(['2027-03-09', '2027-03-10']);
  });

  it('lists the other holidays of 2026 on their Indonesian dates', () => {
    expect(datesOf(2026)).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-01-16', // Isra Mikraj
        '2026-02-17', // Imlek
        '2026-03-19', // Nyepi
        '2026-05-27', // Idul Adha
        '2026-06-01', // Pancasila
        '2026-12-25',
      ]),
    );
  });

  it('names Isra Mikraj correctly rather than as Maulid', () => {
    expect(nationalHolidays(2026).find((holiday) => holiday.date === '2026-01-16')?.name).toBe(
      'Isra Mikraj Nabi Muhammad SAW',
    );
  });

  it('names 1 January by its official name, Tahun Baru Masehi', () => {
    expect(nationalHolidays(2027).find((holiday) => holiday.date === '2027-01-01')?.name).toBe(
      'Tahun Baru Masehi',
    );
  });

  it('names holidays in English when asked', () => {
    expect(nationalHolidays(2026, 'en').find((holiday) => holiday.date === '2026-03-20')?.name).toBe(
      'End of Ramadan (Eid al-Fitr)',
    );
  });

  it('gives only dates, sorted, of the year asked', () => {
    const dates = datesOf(2027);
    expect(dates.every((date) => /^2027-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it('answers a second call for the same year from its cache', () => {
    expect(nationalHolidays(2026)).toBe(nationalHolidays(2026));
  });
});

describe('makeHolidayChecker', () => {
  it('knows national holidays by their name', () => {
    const isHoliday = makeHolidayChecker({ extraDates: [] });
    expect(isHoliday('2026-08-17')).toEqual({
      holiday: true,
      name: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia',
    });
    expect(isHoliday('2026-03-20')).toEqual({ holiday: true, name: 'Hari Raya Idulfitri' });
    expect(isHoliday('2026-08-18')).toEqual({ holiday: false });
  });

  it('adds the dates admins entered, named or not', () => {
    const isHoliday = makeHolidayChecker({
      extraDates: [
        '2026-03-18',
        { date: '2026-03-23', name: 'Cuti bersama Idul Fitri' },
        { date: '2026-12-24' },
      ],
    });
    expect(isHoliday('2026-03-18')).toEqual({ holiday: true, name: 'Libur tambahan' });
    expect(isHoliday('2026-03-23')).toEqual({ holiday: true, name: 'Cuti bersama Idul Fitri' });
    expect(isHoliday('2026-12-24')).toEqual({ holiday: true, name: 'Libur tambahan' });
    expect(isHoliday('2026-03-24')).toEqual({ holiday: false });
  });

  it('names an unnamed extra date in English for an English checker', () => {
    const isHoliday = makeHolidayChecker({ extraDates: ['2026-12-24'], locale: 'en' });
    expect(isHoliday('2026-12-24')).toEqual({ holiday: true, name: 'Additional holiday' });
  });

  it('joins the names when an admin date falls on a national holiday', () => {
    const isHoliday = makeHolidayChecker({ extraDates: [{ date: '2026-08-17', name: 'Upacara' }] });
    expect(isHoliday('2026-08-17')).toEqual({
      holiday: true,
      name: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia, Upacara',
    });
  });

  it('ignores malformed extra dates and answers no for malformed questions', () => {
    const isHoliday = makeHolidayChecker({ extraDates: ['24-12-2026', '2026-02-30'] });
    expect(isHoliday('24-12-2026')).toEqual({ holiday: false });
    expect(isHoliday('2026-02-30')).toEqual({ holiday: false });
  });
});
