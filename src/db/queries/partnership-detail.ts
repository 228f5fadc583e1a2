import { and, asc, eq } from 'drizzle-orm';
import { localDateOf } from '../../domain/time/calendar.js';
import { quarterOfDate, type YearQuarter } from '../../domain/time/quarters.js';
import type { Db } from '../client.js';
import {
  type Goal,
  type GoalTargetRow,
  goals,
  type Partnership,
  type ProgressUpdate,
  partnerships,
  partnershipUnits,
  type RoleAssignment,
  roleAssignments,
  type Schedule,
  type Unit,
  units,
} from '../schema/index.js';
import { type DeliveryProblem, listDeliveryProblems } from './deliveries.js';
import { type ClosedCycle, type CycleProgress, listClosedCycles, listOpenCycles } from './evaluations.js';
import { type FollowThroughDetail, loadFollowThrough } from './follow-through-detail.js';
import { listGoalTargets, listQuarterUpdates } from './reports.js';
import { listSchedulesOfPartnership } from './schedules.js';

/** How many recent delivery problems a partnership view looks at. */
export const DELIVERY_PROBLEMS_SHOWN = 30;

/** Everything the charter, `/mitra lihat`, `/mitra daftar` and App Home show of one partnership. */
export interface PartnershipDetail {
  partnership: Partnership;
  /** Participating units, lead unit first, then by code. */
  units: Unit[];
  goals: Goal[];
  roles: RoleAssignment[];
  schedules: Schedule[];
  /** Failed deliveries, ones being retried and ones missed while Mitra was down, newest first. */
  deliveryProblems: DeliveryProblem[];
  /** Cycles not closed yet, with their response rates. */
  openCycles: CycleProgress[];
  /** The latest closed cycle, with its summary. */
  lastClosedCycle: ClosedCycle | undefined;
  /** Open action items, recent meeting notes and the leaves of the people with roles. */
  followThrough?: FollowThroughDetail;
  /** The current quarter's targets and progress updates of the goals, when loaded with `now`. */
  quarter?: QuarterFigures;
}

/** The figures of one quarter: every target of the goals (a quarter falls back on the annual one) and the quarter's updates. */
export interface QuarterFigures {
  period: YearQuarter;
  targets: GoalTargetRow[];
  updates: ProgressUpdate[];
}

/** Loads one partnership with everything shown about it; undefined when not in the team. */
export function loadPartnershipDetail(
  db: Db,
  params: { teamId: string; partnershipId: number; now?: Date },
): PartnershipDetail | undefined {
  const { teamId, partnershipId } = params;
  const partnership = db
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.teamId, teamId), eq(partnerships.id, partnershipId)))
    .get();
  if (!partnership) return undefined;

  const unitRows = db
    .select({ unit: units })
    .from(partnershipUnits)
    .innerJoin(units, eq(units.id, partnershipUnits.unitId))
    .where(and(eq(partnershipUnits.teamId, teamId), eq(partnershipUnits.partnershipId, partnershipId)))
    .orderBy(asc(units.code))
    .all()
    .map((r) => r.unit);
  const lead = unitRows.filter((u) => u.id === partnership.leadUnitId);
  const orderedUnits = [...lead, ...unitRows.filter((u) => u.id !== partnership.leadUnitId)];

  const goalRows = db
    .select()
    .from(goals)
    .where(and(eq(goals.teamId, teamId), eq(goals.partnershipId, partnershipId)))
    .orderBy(asc(goals.dueDate), asc(goals.id))
    .all()
    // Goals without a due date sort after the dated ones (SQLite puts NULL first).
    .sort((a, b) => Number(a.dueDate === null) - Number(b.dueDate === null));

  const roleRows = db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.teamId, teamId), eq(roleAssignments.partnershipId, partnershipId)))
    .orderBy(asc(roleAssignments.id))
    .all();

  return {
    partnership,
    units: orderedUnits,
    goals: goalRows,
    roles: roleRows,
    schedules: listSchedulesOfPartnership(db, { teamId, partnershipId }),
    deliveryProblems: listDeliveryProblems(db, { teamId, partnershipId, limit: DELIVERY_PROBLEMS_SHOWN }),
    openCycles: listOpenCycles(db, { teamId, partnershipId }),
    lastClosedCycle: listClosedCycles(db, { teamId, partnershipId }).at(-1),
    followThrough: loadFollowThrough(db, {
      teamId,
      partnershipId,
      userIds: [...new Set(roleRows.map((r) => r.userId))],
    }),
    ...(params.now
      ? {
          quarter: quarterFigures(db, {
            teamId,
            goalIds: goalRows.map((g) => g.id),
            period: quarterOfDate(localDateOf(params.now, partnership.timeZone)),
          }),
        }
      : {}),
  };
}

function quarterFigures(
  db: Db,
  params: { teamId: string; goalIds: readonly number[]; period: YearQuarter },
): QuarterFigures {
  return {
    period: params.period,
    targets: listGoalTargets(db, params),
    updates: listQuarterUpdates(db, params),
  };
}
