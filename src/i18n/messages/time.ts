import { defineMessages } from '../types.js';

/** Cadences, dates, times and time zones, in words. */
export const time = defineMessages({
  id: {
    'weekday.sunday': 'Minggu',
    'weekday.monday': 'Senin',
    'weekday.tuesday': 'Selasa',
    'weekday.wednesday': 'Rabu',
    'weekday.thursday': 'Kamis',
    'weekday.friday': 'Jumat',
    'weekday.saturday': 'Sabtu',

    'month.january': 'Januari',
    'month.february': 'Februari',
    'month.march': 'Maret',
    'month.april': 'April',
    'month.may': 'Mei',
    'month.june': 'Juni',
    'month.july': 'Juli',
    'month.august': 'Agustus',
    'month.september': 'September',
    'month.october': 'Oktober',
    'month.november': 'November',
    'month.december': 'Desember',

    'tz.wib': 'WIB',
    'tz.wita': 'WITA',
    'tz.wit': 'WIT',

    'datetime.time': '{hours}.{minutes}',
    'datetime.date': '{weekday}, {day} {month} {year}',
    'datetime.dateTime': '{date} pukul {time} {zone}',

    'cadence.kind.workdays': 'Setiap hari kerja',
    'cadence.kind.weekly': 'Setiap minggu',
    'cadence.kind.biweekly': 'Setiap dua minggu',
    'cadence.kind.monthly_day': 'Setiap bulan, pada tanggal tertentu',
    'cadence.kind.monthly_nth': 'Setiap bulan, pada hari ke-n',
    'cadence.kind.cron': 'Ekspresi cron (lanjutan)',

    'cadence.nth.first': 'pertama',
    'cadence.nth.second': 'kedua',
    'cadence.nth.third': 'ketiga',
    'cadence.nth.fourth': 'keempat',
    'cadence.nth.last': 'terakhir',

    'cadence.describe.workdays': 'Setiap hari kerja (Senin–Jumat) pukul {time} {zone}',
    'cadence.describe.daily': 'Setiap hari pukul {time} {zone}',
    'cadence.describe.weekly': 'Setiap {weekdays} pukul {time} {zone}',
    'cadence.describe.biweekly': 'Setiap dua minggu pada hari {weekdays} pukul {time} {zone}',
    'cadence.describe.monthlyDay': 'Setiap bulan pada tanggal {day} pukul {time} {zone}',
    'cadence.describe.monthlyDayClamped':
      'Setiap bulan pada tanggal {day} (atau hari terakhir bulan itu bila lebih pendek) pukul {time} {zone}',
    'cadence.describe.monthlyNth': 'Setiap bulan pada hari {weekday} {nth} pukul {time} {zone}',
    'cadence.describe.cron': '{description} ({zone})',

    'cadence.run.skippedHoliday': '{date} — dilewati karena hari libur',
    'cadence.run.skippedHolidayNamed': '{date} — dilewati karena hari libur: {name}',
    'cadence.holiday.additional': 'Libur tambahan',

    'cadence.error.invalid': 'Isian ini tidak valid.',
    'cadence.error.cadence': 'Pilih salah satu pola jadwal.',
    'cadence.error.timeOfDay': 'Isikan jam dengan format JJ.MM, misalnya 09.00.',
    'cadence.error.timeZone': 'Zona waktu tidak dikenal. Gunakan nama IANA, misalnya Asia/Jakarta.',
    'cadence.error.weekdaysEmpty': 'Pilih paling sedikit satu hari.',
    'cadence.error.weekdays': 'Hari harus bernilai 0 (Minggu) sampai 6 (Sabtu).',
    'cadence.error.anchorDate': 'Isikan tanggal mulai yang valid (TTTT-BB-HH).',
    'cadence.error.dayOfMonth': 'Pilih tanggal 1 sampai 31.',
    'cadence.error.nth': 'Pilih urutan: pertama, kedua, ketiga, keempat, atau terakhir.',
    'cadence.error.nthWeekday': 'Pilih hari dalam minggu.',
    'cadence.error.cronSyntax':
      'Ekspresi cron tidak valid. Gunakan lima bagian: menit jam tanggal bulan hari, misalnya "0 9 * * 1".',
    'cadence.error.cronMinute': 'Bagian pertama (menit) tidak valid: menit harus 0–59.',
    'cadence.error.cronHour': 'Bagian kedua (jam) tidak valid: jam harus 0–23.',
    'cadence.error.cronDayOfMonth': 'Bagian ketiga (tanggal) tidak valid: tanggal harus 1–31.',
    'cadence.error.cronMonth': 'Bagian keempat (bulan) tidak valid: bulan harus 1–12 atau jan–dec.',
    'cadence.error.cronWeekday':
      'Bagian kelima (hari) tidak valid: hari harus 0–7 (0 dan 7 = Minggu) atau sun–sat.',
    'cadence.error.cronNeverFires':
      'Ekspresi cron ini tidak pernah jatuh pada tanggal yang ada (misalnya 31 Februari).',
    'cadence.error.cronTooFrequent':
      'Ekspresi cron ini berjalan terlalu sering: pengingat paling banyak 24 kali sehari.',
  },
  en: {
    'weekday.sunday': 'Sunday',
    'weekday.monday': 'Monday',
    'weekday.tuesday': 'Tuesday',
    'weekday.wednesday': 'Wednesday',
    'weekday.thursday': 'Thursday',
    'weekday.friday': 'Friday',
    'weekday.saturday': 'Saturday',

    'month.january': 'January',
    'month.february': 'February',
    'month.march': 'March',
    'month.april': 'April',
    'month.may': 'May',
    'month.june': 'June',
    'month.july': 'July',
    'month.august': 'August',
    'month.september': 'September',
    'month.october': 'October',
    'month.november': 'November',
    'month.december': 'December',

    'tz.wib': 'WIB',
    'tz.wita': 'WITA',
    'tz.wit': 'WIT',

    'datetime.time': '{hours}:{minutes}',
    'datetime.date': '{weekday}, {day} {month} {year}',
    'datetime.dateTime': '{date} at {time} {zone}',

    'cadence.kind.workdays': 'Every workday',
    'cadence.kind.weekly': 'Weekly',
    'cadence.kind.biweekly': 'Every two weeks',
    'cadence.kind.monthly_day': 'Monthly, on a day of the month',
    'cadence.kind.monthly_nth': 'Monthly, on the n-th weekday',
    'cadence.kind.cron': 'Cron expression (advanced)',

    'cadence.nth.first': 'first',
    'cadence.nth.second': 'second',
    'cadence.nth.third': 'third',
    'cadence.nth.fourth': 'fourth',
    'cadence.nth.last': 'last',

    'cadence.describe.workdays': 'Every workday (Monday–Friday) at {time} {zone}',
    'cadence.describe.daily': 'Every day at {time} {zone}',
    'cadence.describe.weekly': 'Every {weekdays} at {time} {zone}',
    'cadence.describe.biweekly': 'Every two weeks on {weekdays} at {time} {zone}',
    'cadence.describe.monthlyDay': 'Every month on day {day} at {time} {zone}',
    'cadence.describe.monthlyDayClamped':
      'Every month on day {day} (or the last day of shorter months) at {time} {zone}',
    'cadence.describe.monthlyNth': 'Every month on the {nth} {weekday} at {time} {zone}',
    'cadence.describe.cron': '{description} ({zone})',

    'cadence.run.skippedHoliday': '{date} — skipped: public holiday',
    'cadence.run.skippedHolidayNamed': '{date} — skipped: public holiday, {name}',
    'cadence.holiday.additional': 'Additional holiday',

    'cadence.error.invalid': 'This value is not valid.',
    'cadence.error.cadence': 'Choose how often the schedule runs.',
    'cadence.error.timeOfDay': 'Enter the time as HH:MM, for example 09:00.',
    'cadence.error.timeZone': 'Unknown time zone. Use an IANA name such as Asia/Jakarta.',
    'cadence.error.weekdaysEmpty': 'Choose at least one day.',
    'cadence.error.weekdays': 'Days must be 0 (Sunday) to 6 (Saturday).',
    'cadence.error.anchorDate': 'Enter a valid start date (YYYY-MM-DD).',
    'cadence.error.dayOfMonth': 'Choose a day from 1 to 31.',
    'cadence.error.nth': 'Choose the first, second, third, fourth or last week.',
    'cadence.error.nthWeekday': 'Choose a day of the week.',
    'cadence.error.cronSyntax':
      'Not a valid cron expression. Use five parts: minute hour day month weekday, for example "0 9 * * 1".',
    'cadence.error.cronMinute': 'The first part (minute) is not valid: the minute must be 0–59.',
    'cadence.error.cronHour': 'The second part (hour) is not valid: the hour must be 0–23.',
    'cadence.error.cronDayOfMonth': 'The third part (day of month) is not valid: the day must be 1–31.',
    'cadence.error.cronMonth': 'The fourth part (month) is not valid: the month must be 1–12 or jan–dec.',
    'cadence.error.cronWeekday':
      'The fifth part (weekday) is not valid: the weekday must be 0–7 (0 and 7 = Sunday) or sun–sat.',
    'cadence.error.cronNeverFires': 'This cron expression never falls on a real date (such as 31 February).',
    'cadence.error.cronTooFrequent':
      'This cron expression runs too often: reminders may run at most 24 times a day.',
  },
});
