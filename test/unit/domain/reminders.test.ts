import { describe, expect, it } from 'vitest';
import {
  cadenceInputOf,
  cadenceOfSchedule,
  decideDue,
  formatSkipReason,
  goalsNeedingAttention,
  isReminderFor,
  LATE_AFTER_MS,
  MAX_ATTEMPTS,
  mentionedUsers,
  openGoalsByPerson,
  parseSkipReason,
  reminderMetadata,
  retryDelayMs,
  STALE_CLAIM_MS,
  scheduleLabel,
  storedTimeOfDayForCron,
  upcomingRuns,
} from '../../../src/domain/reminders.js';

const HOUR = 3_600_000;

describe('decideDue', () => {
  const due = new Date('2026-03-02T02:00:00Z');
  const at = (ms: number) => new Date(due.getTime() + ms);

  it('posts a run on time, marks it late after a few minutes, and records it missed beyond the grace window', () => {
    expect(decideDue(due, at(0), 6 * HOUR)).toBe('post');
    expect(decideDue(due, at(LATE_AFTER_MS), 6 * HOUR)).toBe('post');
    expect(decideDue(due, at(LATE_AFTER_MS + 1), 6 * HOUR)).toBe('late');
    expect(decideDue(due, at(6 * HOUR), 6 * HOUR)).toBe('late');
    expect(decideDue(due, at(6 * HOUR + 1), 6 * HOUR)).toBe('missed');
  });

  it('with a zero grace window, anything later than on time is missed', () => {
    expect(decideDue(due, at(1), 0)).toBe('missed');
  });
});

describe('retryDelayMs', () => {
  it('doubles from one minute and stops at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });
});

describe('skip reasons', () => {
  it('round-trips a reason with the holiday name, colons in the name included', () => {
    const stored = formatSkipReason('holiday', 'Cuti bersama: Idul Fitri');
    expect(stored).toBe('holiday:Cuti bersama: Idul Fitri');
    expect(parseSkipReason(stored)).toEqual({ reason: 'holiday', detail: 'Cuti bersama: Idul Fitri' });
    expect(parseSkipReason('missed')).toEqual({ reason: 'missed' });
    expect(parseSkipReason(null)).toBeUndefined();
  });
});

describe('reminder metadata', () => {
  it('recognises its own delivery and nothing else', () => {
    const message = { metadata: reminderMetadata(42) };
    expect(isReminderFor(message, 42)).toBe(true);
    expect(isReminderFor(message, 43)).toBe(false);
    expect(
      isReminderFor(
        { metadata: { event_type: 'mitra_reminder_test', event_payload: { delivery_id: 42 } } },
        42,
      ),
    ).toBe(false);
    expect(isReminderFor({}, 42)).toBe(false);
    expect(isReminderFor({ metadata: 'nonsense' }, 42)).toBe(false);
  });
});

describe('schedule rows as cadences', () => {
  const base = {
    weekdays: null,
    dayOfMonth: null,
    nth: null,
    nthWeekday: null,
    cronExpression: null,
    anchorDate: null,
    timeOfDay: '09:00',
    timeZone: 'Asia/Jakarta',
  };

  it('reads a weekly row and a cron row, ignoring the stored time of a cron', () => {
    expect(cadenceOfSchedule({ ...base, cadence: 'weekly', weekdays: [1, 3] })).toMatchObject({
      ok: true,
      spec: { cadence: 'weekly', weekdays: [1, 3] },
    });
    const cron = cadenceOfSchedule({
      ...base,
      cadence: 'cron',
      cronExpression: '0 14 * * 5',
      timeOfDay: '00:00',
    });
    expect(cron).toMatchObject({ ok: true, spec: { cadence: 'cron', cronExpression: '0 14 * * 5' } });
  });

  it('refuses a row whose columns do not make a cadence', () => {
    expect(cadenceOfSchedule({ ...base, cadence: 'monthly_day' }).ok).toBe(false);
  });

  it('stores the first time a cron expression fires as its time of day', () => {
    expect(storedTimeOfDayForCron('30 8,14 * * 1-5')).toBe('08:30');
    expect(storedTimeOfDayForCron('not cron')).toBe('00:00');
  });
});

describe('goals in a reminder', () => {
  const goal = (
    id: number,
    status: 'on_track' | 'at_risk' | 'off_track' | 'done',
    dueDate: string | null = null,
    pic: string | null = null,
  ) => ({
    id,
    title: `Goal ${id}`,
    status,
    dueDate,
    personInChargeId: pic,
    currentValue: null,
  });

  it('names at-risk, off-track and overdue goals, worst first, and leaves out goals on track or done', () => {
    const goals = [
      goal(1, 'on_track', '2026-12-01'),
      goal(2, 'at_risk'),
      goal(3, 'on_track', '2026-02-01'),
      goal(4, 'off_track'),
      goal(5, 'done', '2026-01-01'),
    ];
    expect(goalsNeedingAttention(goals, '2026-03-02').map((g) => [g.id, g.overdue])).toEqual([
      [4, false],
      [2, false],
      [3, true],
    ]);
  });

  it('groups open goals by their person in charge for a progress prompt', () => {
    const goals = [
      goal(1, 'on_track', null, 'U1'),
      goal(2, 'done', null, 'U1'),
      goal(3, 'at_risk', null, 'U2'),
      goal(4, 'on_track'),
      goal(5, 'on_track', null, 'U1'),
    ];
    expect(openGoalsByPerson(goals).map((p) => [p.userId, p.goals.map((g) => g.id)])).toEqual([
      ['U1', [1, 5]],
      ['U2', [3]],
    ]);
  });

  it('mentions each holder of the chosen roles once', () => {
    const holders = [
      { userId: 'U2', role: 'coordinator' as const },
      { userId: 'U1', role: 'liaison' as const },
      { userId: 'U2', role: 'liaison' as const },
      { userId: 'U3', role: 'member' as const },
    ];
    expect(mentionedUsers(holders, ['coordinator', 'liaison'])).toEqual(['U1', 'U2']);
    expect(mentionedUsers(holders, [])).toEqual([]);
  });
});

describe('labels and upcoming runs for lists', () => {
  const row = {
    kind: 'meeting' as const,
    cadence: 'weekly' as const,
    weekdays: [5],
    dayOfMonth: null,
    nth: null,
    nthWeekday: null,
    cronExpression: null,
    anchorDate: null,
    timeOfDay: '09:00',
    timeZone: 'Asia/Jakarta',
    status: 'active' as const,
    skipHolidays: true,
  };

  it('words a schedule in one line', () => {
    expect(scheduleLabel(row, 'id')).toBe('Pengingat rapat — Setiap Jumat pukul 09.00 WIB');
    expect(scheduleLabel(row, 'en')).toBe('Meeting reminder — Every Friday at 09:00 WIB');
  });

  it('gives the next run that posts, after the holidays it skips, and none for a paused schedule', () => {
    const runs = upcomingRuns(row, { now: new Date('2026-03-15T00:00:00Z'), extraDates: [] });
    expect(runs.map((r) => [r.localDate, r.skipped ?? 'post'])).toEqual([
      ['2026-03-20', 'holiday'],
      ['2026-03-27', 'post'],
    ]);
    expect(upcomingRuns({ ...row, status: 'paused' }, { now: new Date(), extraDates: [] })).toEqual([]);
  });
});

describe('delivery timing constants', () => {
  const MINUTE = 60_000;

  it('calls a reminder late only after five minutes: a tick can slip a minute or two', () => {
    expect(LATE_AFTER_MS).toBe(5 * MINUTE);
    const due = new Date('2026-03-02T02:00:00Z');
    expect(decideDue(due, new Date(due.getTime() + 4 * MINUTE), 6 * HOUR)).toBe('post');
    expect(decideDue(due, new Date(due.getTime() + 6 * MINUTE), 6 * HOUR)).toBe('late');
  });

  it('takes over a claim after ten minutes, and gives up after five attempts', () => {
    expect(STALE_CLAIM_MS).toBe(10 * MINUTE);
    // Longer than every back-off wait but the cap, so a live claim is never taken.
    expect(STALE_CLAIM_MS).toBeGreaterThan(retryDelayMs(MAX_ATTEMPTS - 1));
    expect(MAX_ATTEMPTS).toBe(5);
  });

  it('waits one minute before a retry when no attempt has been counted yet', () => {
    expect(retryDelayMs(0)).toBe(MINUTE);
  });
});

describe('skip reasons at their edges', () => {
  it('stores a reason without a detail, or with an empty one, as the bare reason', () => {
    expect(formatSkipReason('paused')).toBe('paused');
    expect(formatSkipReason('holiday', '')).toBe('holiday');
  });

  it('reads an empty stored reason as none, and a colon at the start as an empty reason', () => {
    expect(parseSkipReason('')).toBeUndefined();
    expect(parseSkipReason(':Nyepi')).toEqual({ reason: '', detail: 'Nyepi' });
    expect(parseSkipReason('holiday:')).toEqual({ reason: 'holiday', detail: '' });
  });
});

describe('reminder metadata as Slack returns it', () => {
  it('recognises a delivery id Slack hands back as a string', () => {
    expect(
      isReminderFor({ metadata: { event_type: 'mitra_reminder', event_payload: { delivery_id: '42' } } }, 42),
    ).toBe(true);
  });

  it('is false for a reminder type without a payload, or metadata of null', () => {
    expect(isReminderFor({ metadata: { event_type: 'mitra_reminder' } }, 42)).toBe(false);
    expect(isReminderFor({ metadata: null }, 42)).toBe(false);
    expect(isReminderFor({ metadata: { event_payload: { delivery_id: 42 } } }, 42)).toBe(false);
  });

  it('puts the reminder type and the delivery id in the metadata', () => {
    expect(reminderMetadata(7)).toEqual({ event_type: 'mitra_reminder', event_payload: { delivery_id: 7 } });
  });
});

describe('cadenceInputOf', () => {
  const row = {
    cadence: 'weekly' as const,
    weekdays: null,
    dayOfMonth: null,
    nth: null,
    nthWeekday: null,
    cronExpression: null,
    anchorDate: null,
    timeOfDay: '09:00',
    timeZone: 'Asia/Jakarta',
  };

  it('copies every column that is set and drops the null ones', () => {
    expect(
      cadenceInputOf({
        cadence: 'monthly_nth',
        weekdays: [1],
        dayOfMonth: 15,
        nth: -1,
        nthWeekday: 5,
        cronExpression: '0 9 * * 1',
        anchorDate: '2026-03-02',
        timeOfDay: '14:00',
        timeZone: 'Asia/Makassar',
      }),
    ).toEqual({
      cadence: 'monthly_nth',
      weekdays: [1],
      dayOfMonth: 15,
      nth: -1,
      nthWeekday: 5,
      cronExpression: '0 9 * * 1',
      anchorDate: '2026-03-02',
      timeOfDay: '14:00',
      timeZone: 'Asia/Makassar',
    });
    expect(cadenceInputOf(row)).toEqual({ cadence: 'weekly', timeOfDay: '09:00', timeZone: 'Asia/Jakarta' });
  });

  it('keeps a zero: Sunday as the n-th weekday', () => {
    expect(cadenceInputOf({ ...row, cadence: 'monthly_nth', nth: 1, nthWeekday: 0 })).toMatchObject({
      nth: 1,
      nthWeekday: 0,
    });
  });

  it('reads monthly-by-weekday, monthly-by-day and every-two-weeks rows as cadences', () => {
    expect(cadenceOfSchedule({ ...row, cadence: 'monthly_nth', nth: 2, nthWeekday: 3 })).toMatchObject({
      ok: true,
      spec: { cadence: 'monthly_nth', nth: 2, nthWeekday: 3 },
    });
    expect(cadenceOfSchedule({ ...row, cadence: 'monthly_day', dayOfMonth: 31 })).toMatchObject({
      ok: true,
      spec: { cadence: 'monthly_day', dayOfMonth: 31 },
    });
    expect(
      cadenceOfSchedule({ ...row, cadence: 'biweekly', weekdays: [2], anchorDate: '2026-03-03' }),
    ).toMatchObject({ ok: true, spec: { cadence: 'biweekly', weekdays: [2], anchorDate: '2026-03-03' } });
  });
});

describe('which goals a reminder names, and for whom', () => {
  const goal = (id: number, status: 'on_track' | 'at_risk' | 'off_track' | 'done', extra = {}) => ({
    id,
    title: `Goal ${id}`,
    status,
    dueDate: null,
    personInChargeId: null,
    currentValue: null,
    ...extra,
  });

  it('ranks off track before at risk before merely overdue, whatever their ids', () => {
    const goals = [
      goal(1, 'on_track', { dueDate: '2026-01-01' }),
      goal(2, 'at_risk'),
      goal(3, 'off_track'),
      goal(4, 'at_risk'),
    ];
    expect(goalsNeedingAttention(goals, '2026-03-02').map((g) => g.id)).toEqual([3, 2, 4, 1]);
    expect(
      goalsNeedingAttention([goal(9, 'at_risk'), goal(8, 'off_track')], '2026-03-02').map((g) => g.id),
    ).toEqual([8, 9]);
  });

  it('orders goals of the same rank by id, whatever order they arrive in', () => {
    const goals = [goal(9, 'at_risk'), goal(5, 'at_risk'), goal(7, 'at_risk')];
    expect(goalsNeedingAttention(goals, '2026-03-02').map((g) => g.id)).toEqual([5, 7, 9]);
  });

  it('names nothing when every goal is on track or done', () => {
    expect(goalsNeedingAttention([goal(1, 'on_track'), goal(2, 'done')], '2026-03-02')).toEqual([]);
  });

  it('leaves a goal out of the progress prompt when its person in charge is empty', () => {
    expect(openGoalsByPerson([goal(1, 'on_track', { personInChargeId: '' })])).toEqual([]);
  });

  it('mentions holders in a stable order, whatever order the roles were assigned in', () => {
    const holders = [
      { userId: 'U3', role: 'member' as const },
      { userId: 'U1', role: 'member' as const },
      { userId: 'U2', role: 'coordinator' as const },
    ];
    expect(mentionedUsers(holders, ['member'])).toEqual(['U1', 'U3']);
  });
});

describe('upcoming runs of a schedule row', () => {
  const row = {
    cadence: 'weekly' as const,
    weekdays: [1],
    dayOfMonth: null,
    nth: null,
    nthWeekday: null,
    cronExpression: null,
    anchorDate: null,
    timeOfDay: '09:00',
    timeZone: 'Asia/Jakarta',
    status: 'active' as const,
    skipHolidays: true,
  };
  const now = new Date('2026-08-10T03:00:00Z'); // Monday 10 August, after 09:00 WIB

  it('gives as many runs as asked, counting only the ones that post', () => {
    const runs = upcomingRuns(row, { now, extraDates: [], count: 3 });
    expect(runs.map((r) => [r.localDate, r.skipped ?? 'post'])).toEqual([
      ['2026-08-17', 'holiday'],
      ['2026-08-24', 'post'],
      ['2026-08-31', 'post'],
      ['2026-09-07', 'post'],
    ]);
  });

  it('posts on a holiday when the schedule does not skip them', () => {
    const runs = upcomingRuns({ ...row, skipHolidays: false }, { now, extraDates: [] });
    expect(runs.map((r) => [r.localDate, r.skipped ?? 'post'])).toEqual([['2026-08-17', 'post']]);
  });

  it('skips an admin-added holiday and names it in the requested language', () => {
    const extraDates = [{ date: '2026-08-24', name: 'Cuti bersama' }];
    const runs = upcomingRuns(row, { now, extraDates, locale: 'en', count: 2 });
    expect(runs.map((r) => [r.localDate, r.skipped ?? 'post'])).toEqual([
      ['2026-08-17', 'holiday'],
      ['2026-08-24', 'holiday'],
      ['2026-08-31', 'post'],
      ['2026-09-07', 'post'],
    ]);
    expect(runs[1]?.holidayName).toBe('Cuti bersama');
    // National holidays are named in the requested language, Indonesian by default.
    const inIndonesian = upcomingRuns(row, { now, extraDates })[0]?.holidayName;
    expect(inIndonesian).toBeTruthy();
    expect(runs[0]?.holidayName).toBeTruthy();
    expect(runs[0]?.holidayName).not.toBe(inIndonesian);
  });

  it('gives nothing for a row whose columns do not make a cadence', () => {
    expect(upcomingRuns({ ...row, weekdays: null }, { now, extraDates: [] })).toEqual([]);
  });

  it('labels a row that is not a cadence with its stored kind', () => {
    expect(scheduleLabel({ ...row, kind: 'meeting', weekdays: null }, 'en')).toBe(
      'Meeting reminder — weekly',
    );
  });
});
