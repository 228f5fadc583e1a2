/**
 * Accountability gaps: what a partnership still lacks for everyone to know who answers for what.
 * Shown wherever a partnership is shown (charter, `/mitra lihat`, `/mitra daftar`, App Home), so a
 * coordinator sees the gap where they already look. Pure: "today" is passed in.
 */
import type { GoalStatus, Role } from './enums.js';
import { isGoalOverdue } from './goals.js';

export type Gap =
  | { kind: 'unit_without_liaison'; unitId: number }
  | { kind: 'unit_without_manager'; unitId: number }
  | { kind: 'goal_without_owner_unit'; goalId: number }
  | { kind: 'goal_without_person_in_charge'; goalId: number }
  | { kind: 'goal_overdue'; goalId: number; dueDate: string }
  | { kind: 'no_goal' }
  | { kind: 'no_schedule' };

export type GapKind = Gap['kind'];

export interface GapInput {
  /** The participating units. */
  unitIds: readonly number[];
  goals: readonly {
    id: number;
    ownerUnitId: number | null;
    personInChargeId: string | null;
    dueDate: string | null;
    status: GoalStatus;
  }[];
  roles: readonly { unitId: number; role: Role }[];
  scheduleCount: number;
  /** `YYYY-MM-DD` in the partnership's time zone. */
  today: string;
}

/**
 * Every gap, in a stable order: units first (in the order given), then goals, then the plan.
 * A goal that is done is never overdue; a goal's owner unit that left the partnership counts as
 * no owner, since nobody in the partnership answers for it any more.
 */
export function accountabilityGaps(input: GapInput): Gap[] {
  const gaps: Gap[] = [];
  const holders = (unitId: number, role: Role) =>
    input.roles.some((r) => r.unitId === unitId && r.role === role);
  for (const unitId of input.unitIds) {
    if (!holders(unitId, 'liaison')) gaps.push({ kind: 'unit_without_liaison', unitId });
    if (!holders(unitId, 'manager')) gaps.push({ kind: 'unit_without_manager', unitId });
  }
  const participating = new Set(input.unitIds);
  for (const goal of input.goals) {
    if (goal.ownerUnitId === null || !participating.has(goal.ownerUnitId)) {
      gaps.push({ kind: 'goal_without_owner_unit', goalId: goal.id });
    }
    if (!goal.personInChargeId) gaps.push({ kind: 'goal_without_person_in_charge', goalId: goal.id });
    if (goal.dueDate !== null && isGoalOverdue(goal, input.today)) {
      gaps.push({ kind: 'goal_overdue', goalId: goal.id, dueDate: goal.dueDate });
    }
  }
  if (input.goals.length === 0) gaps.push({ kind: 'no_goal' });
  if (input.scheduleCount === 0) gaps.push({ kind: 'no_schedule' });
  return gaps;
}
