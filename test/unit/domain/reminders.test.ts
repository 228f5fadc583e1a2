import { describe, expect, it } from 'vitest';
import {
  cadenceOfSchedule,
  decideDue,
  formatSkipReason,
  goalsNeedingAttention,
  isReminderFor,
  LATE_AFTER_MS,
  mentionedUsers,
  openGoalsByPerson,
  parseSkipReason,
  reminderMetadata,
  retryDelayMs,
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
