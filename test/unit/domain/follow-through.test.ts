import { describe, expect, it } from 'vitest';
import {
  chasesDue,
  decisionLines,
  dueSoonAt,
  escalationRecipients,
  goalNeedsEscalation,
  isDueThisWeek,
  isEscalationDue,
  isOverdue,
  leaveOn,
  leaveProblem,
  outcomeCounts,
  overdueAt,
  previousWorkday,
  workdaysBetween,
} from '../../../src/domain/follow-through.js';
import { makeHolidayChecker } from '../../../src/domain/time/holidays.js';

const checker = makeHolidayChecker({ extraDates: ['2026-03-18'] });
const isHoliday = (date: string) => checker(date).holiday;
const noHolidays = () => false;
const ZONE = 'Asia/Jakarta';

describe('workdays', () => {
  it('skips weekends and holidays going back (Nyepi, Idulfitri and an added date)', () => {
    // Monday 23 March 2026: Fri 20 Idulfitri, Thu 19 Nyepi, Wed 18 added by an admin.
    expect(previousWorkday('2026-03-23', isHoliday)).toBe('2026-03-17');
    expect(previousWorkday('2026-03-05', isHoliday)).toBe('2026-03-04');
    expect(previousWorkday('2026-03-09', noHolidays)).toBe('2026-03-06');
  });

  it('counts workdays after a date up to another', () => {
    expect(workdaysBetween('2026-03-06', '2026-03-13', noHolidays)).toBe(5);
    expect(workdaysBetween('2026-03-16', '2026-03-23', isHoliday)).toBe(2);
    expect(workdaysBetween('2026-03-10', '2026-03-10', noHolidays)).toBe(0);
    expect(workdaysBetween('2026-03-10', '2026-03-01', noHolidays)).toBe(0);
  });
});

describe('due soon and overdue', () => {
  const open = (dueDate: string) => ({ status: 'open' as const, dueDate });

  it('chases at 09:00 in the partnership zone the workday before, and the workday after', () => {
    expect(dueSoonAt('2026-03-23', ZONE, isHoliday).toISOString()).toBe('2026-03-17T02:00:00.000Z');
    expect(overdueAt('2026-03-06', ZONE, noHolidays).toISOString()).toBe('2026-03-09T02:00:00.000Z');
    expect(dueSoonAt('2026-03-10', 'Asia/Jayapura', noHolidays).toISOString()).toBe(
      '2026-03-09T00:00:00.000Z',
    );
  });

  it('says which DMs are due now, and only the overdue one once past the date', () => {
    const item = open('2026-03-10');
    expect(chasesDue(item, new Date('2026-03-09T01:59:00Z'), ZONE, noHolidays)).toEqual([]);
    expect(chasesDue(item, new Date('2026-03-09T02:00:00Z'), ZONE, noHolidays)).toEqual(['due_soon']);
    expect(chasesDue(item, new Date('2026-03-11T02:00:00Z'), ZONE, noHolidays)).toEqual(['overdue']);
    expect(
      chasesDue({ ...item, status: 'done' }, new Date('2026-03-11T02:00:00Z'), ZONE, noHolidays),
    ).toEqual([]);
  });

  it('knows overdue and due this week', () => {
    expect(isOverdue(open('2026-03-09'), '2026-03-10')).toBe(true);
    expect(isOverdue(open('2026-03-10'), '2026-03-10')).toBe(false);
    expect(isDueThisWeek(open('2026-03-15'), '2026-03-10')).toBe(true);
    expect(isDueThisWeek(open('2026-03-16'), '2026-03-10')).toBe(false);
    expect(isDueThisWeek(open('2026-03-09'), '2026-03-10')).toBe(false);
  });

  it('escalates after N workdays overdue, from 09:00', () => {
    const item = open('2026-03-06'); // Friday
    const params = { timeZone: ZONE, workdays: 5, isHoliday: noHolidays };
    expect(isEscalationDue(item, new Date('2026-03-13T01:59:00Z'), params)).toBe(false);
    expect(isEscalationDue(item, new Date('2026-03-13T02:00:00Z'), params)).toBe(true);
    expect(isEscalationDue(item, new Date('2026-03-10T02:00:00Z'), { ...params, workdays: 2 })).toBe(true);
  });

  it('escalates a goal at risk or off track in its two latest updates', () => {
    expect(goalNeedsEscalation(['at_risk', 'off_track', 'on_track'])).toBe(true);
    expect(goalNeedsEscalation(['at_risk', 'on_track', 'at_risk'])).toBe(false);
    expect(goalNeedsEscalation(['off_track'])).toBe(false);
  });
});

describe('leave and escalation recipients', () => {
  const leaves = [
    { userId: 'UA', fromDate: '2026-03-09', toDate: '2026-03-13', delegateUserId: 'UD' },
    { userId: 'UB', fromDate: '2026-03-09', toDate: '2026-03-13', delegateUserId: null },
  ];
  const onLeave = (userId: string) => leaveOn(leaves, userId, '2026-03-10');

  it('finds the leave a person is on today', () => {
    expect(leaveOn(leaves, 'UA', '2026-03-13')?.delegateUserId).toBe('UD');
    expect(leaveOn(leaves, 'UA', '2026-03-14')).toBeUndefined();
    expect(leaveOn(leaves, 'UC', '2026-03-10')).toBeUndefined();
  });

  it('checks a leave’s dates and delegate', () => {
    const base = { userId: 'UA', delegateUserId: null };
    expect(leaveProblem({ ...base, fromDate: '2026-03-10', toDate: '2026-03-09' }, '2026-03-01')).toBe(
      'order',
    );
    expect(leaveProblem({ ...base, fromDate: '2026-03-01', toDate: '2026-03-02' }, '2026-03-05')).toBe(
      'past',
    );
    expect(
      leaveProblem(
        { ...base, delegateUserId: 'UA', fromDate: '2026-03-10', toDate: '2026-03-12' },
        '2026-03-01',
      ),
    ).toBe('selfDelegate');
    expect(
      leaveProblem({ ...base, fromDate: '2026-03-10', toDate: '2026-03-10' }, '2026-03-10'),
    ).toBeUndefined();
  });

  it('goes to the managers, never to the person it is about, and to delegates during leave', () => {
    const base = { coordinators: ['UC'], onLeave };
    expect(escalationRecipients({ ...base, aboutUserId: 'UO', managers: ['UM', 'UM2'] })).toEqual([
      'UM',
      'UM2',
    ]);
    // The owner is the manager: the coordinators instead.
    expect(escalationRecipients({ ...base, aboutUserId: 'UM', managers: ['UM'] })).toEqual(['UC']);
    // A manager on leave: the delegate; without one, nobody in their place.
    expect(escalationRecipients({ ...base, aboutUserId: 'UO', managers: ['UA', 'UB'] })).toEqual(['UD']);
    // The delegate is the owner: dropped.
    expect(escalationRecipients({ ...base, aboutUserId: 'UD', managers: ['UA'] })).toEqual([]);
    expect(escalationRecipients({ ...base, aboutUserId: null, managers: ['UM', 'UM'] })).toEqual(['UM']);
  });
});

describe('notes and outcomes', () => {
  it('reads decisions one per line, without bullets', () => {
    expect(decisionLines('- Data dibagi mingguan\n\n2. Rapat berikut 10 Maret\n • Draf MoU ')).toEqual([
      'Data dibagi mingguan',
      'Rapat berikut 10 Maret',
      'Draf MoU',
    ]);
  });

  it('counts done, open and overdue items', () => {
    expect(
      outcomeCounts(
        [
          { status: 'done', dueDate: '2026-03-01' },
          { status: 'open', dueDate: '2026-03-01' },
          { status: 'open', dueDate: '2026-03-20' },
        ],
        '2026-03-10',
      ),
    ).toEqual({ done: 1, open: 2, overdue: 1 });
  });
});
