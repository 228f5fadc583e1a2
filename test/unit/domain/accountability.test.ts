import { describe, expect, it } from 'vitest';
import { accountabilityGaps, type GapInput } from '../../../src/domain/accountability.js';

const goal = {
  id: 10,
  ownerUnitId: 1,
  personInChargeId: 'U1',
  dueDate: '2026-06-30',
  status: 'on_track',
} as const;
const base: GapInput = {
  unitIds: [1, 2],
  goals: [goal],
  roles: [
    { unitId: 1, role: 'liaison' },
    { unitId: 1, role: 'manager' },
    { unitId: 2, role: 'liaison' },
    { unitId: 2, role: 'manager' },
  ],
  scheduleCount: 1,
  today: '2026-03-01',
};

describe('accountability gaps', () => {
  it('finds none in a partnership where every unit and goal is covered', () => {
    expect(accountabilityGaps(base)).toEqual([]);
  });

  it('flags a unit with no liaison and a unit with no manager', () => {
    const gaps = accountabilityGaps({
      ...base,
      roles: [
        { unitId: 1, role: 'liaison' },
        { unitId: 2, role: 'manager' },
      ],
    });
    expect(gaps).toEqual([
      { kind: 'unit_without_manager', unitId: 1 },
      { kind: 'unit_without_liaison', unitId: 2 },
    ]);
  });

  it('does not count a coordinator or member as the liaison', () => {
    const gaps = accountabilityGaps({
      ...base,
      roles: [
        { unitId: 1, role: 'coordinator' },
        { unitId: 1, role: 'member' },
        { unitId: 1, role: 'manager' },
        { unitId: 2, role: 'liaison' },
        { unitId: 2, role: 'manager' },
      ],
    });
    expect(gaps).toEqual([{ kind: 'unit_without_liaison', unitId: 1 }]);
  });

  it('flags a goal with no owner unit, or whose owner unit is not taking part', () => {
    const none = accountabilityGaps({ ...base, goals: [{ ...goal, ownerUnitId: null }] });
    expect(none).toEqual([{ kind: 'goal_without_owner_unit', goalId: 10 }]);
    const outside = accountabilityGaps({ ...base, goals: [{ ...goal, ownerUnitId: 99 }] });
    expect(outside).toEqual([{ kind: 'goal_without_owner_unit', goalId: 10 }]);
  });

  it('flags a goal with no person in charge', () => {
    const gaps = accountabilityGaps({ ...base, goals: [{ ...goal, personInChargeId: null }] });
    expect(gaps).toEqual([{ kind: 'goal_without_person_in_charge', goalId: 10 }]);
  });

  it('flags a goal past its due date unless it is done, and not on the due date itself', () => {
    const late = { ...base, today: '2026-07-01' };
    expect(accountabilityGaps(late)).toEqual([{ kind: 'goal_overdue', goalId: 10, dueDate: '2026-06-30' }]);
    expect(accountabilityGaps({ ...late, goals: [{ ...goal, status: 'done' }] })).toEqual([]);
    expect(accountabilityGaps({ ...base, today: '2026-06-30' })).toEqual([]);
    expect(accountabilityGaps({ ...late, goals: [{ ...goal, dueDate: null }] })).toEqual([]);
  });

  it('flags a partnership with no goal and with no schedule yet', () => {
    expect(accountabilityGaps({ ...base, goals: [], scheduleCount: 0 })).toEqual([
      { kind: 'no_goal' },
      { kind: 'no_schedule' },
    ]);
  });

  it('lists gaps in a stable order: units, then goals, then the plan', () => {
    const gaps = accountabilityGaps({
      unitIds: [1],
      goals: [{ id: 5, ownerUnitId: null, personInChargeId: null, dueDate: '2026-01-01', status: 'at_risk' }],
      roles: [],
      scheduleCount: 0,
      today: '2026-02-01',
    });
    expect(gaps.map((g) => g.kind)).toEqual([
      'unit_without_liaison',
      'unit_without_manager',
      'goal_without_owner_unit',
      'goal_without_person_in_charge',
      'goal_overdue',
      'no_schedule',
    ]);
  });
});
