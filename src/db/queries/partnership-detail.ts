import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  deliveries,
  type EvaluationCycle,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type Goal,
  goals,
  holidays,
  type Partnership,
  partnerships,
  partnershipUnits,
  type RoleAssignment,
  roleAssignments,
  type Schedule,
  schedules,
  type Unit,
  units,
} from '../schema/index.js';

export interface ScheduleWithHealth {
  schedule: Schedule;
  failedCount: number;
  lastError: string | null;
}

export interface CycleWithCounts {
  cycle: EvaluationCycle;
  invited: number;
  responded: number;
}

/** Everything the charter, `/mitra lihat`, `/mitra daftar` and App Home show of one partnership. */
export interface PartnershipDetail {
  partnership: Partnership;
  /** Participating units, lead unit first, then by code. */
  units: Unit[];
  goals: Goal[];
  roles: RoleAssignment[];
  schedules: ScheduleWithHealth[];
  openCycles: CycleWithCounts[];
  lastClosedCycle: CycleWithCounts | undefined;
}

/** Loads one partnership with everything shown about it; undefined when not in the team. */
export function loadPartnershipDetail(
  db: Db,
  params: { teamId: string; partnershipId: number },
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

  const scheduleRows = db
    .select()
    .from(schedules)
    .where(and(eq(schedules.teamId, teamId), eq(schedules.partnershipId, partnershipId)))
    .orderBy(asc(schedules.id))
    .all();
  const health = scheduleHealth(db, { teamId, scheduleIds: scheduleRows.map((s) => s.id) });

  const cycles = db
    .select()
    .from(evaluationCycles)
    .where(and(eq(evaluationCycles.teamId, teamId), eq(evaluationCycles.partnershipId, partnershipId)))
    .orderBy(desc(evaluationCycles.openedAt))
    .all();
  const withCounts = (cycle: EvaluationCycle): CycleWithCounts => ({ cycle, ...cycleCounts(db, cycle.id) });
  const openCycles = cycles.filter((c) => c.status !== 'closed').map(withCounts);
  const lastClosed = cycles.find((c) => c.status === 'closed');

  return {
    partnership,
    units: orderedUnits,
    goals: goalRows,
    roles: roleRows,
    schedules: scheduleRows.map((schedule) => ({
      schedule,
      failedCount: health.get(schedule.id)?.failedCount ?? 0,
      lastError: health.get(schedule.id)?.lastError ?? null,
    })),
    openCycles,
    lastClosedCycle: lastClosed ? withCounts(lastClosed) : undefined,
  };
}

/** Failed deliveries per schedule, with the latest error. */
function scheduleHealth(
  db: Db,
  params: { teamId: string; scheduleIds: readonly number[] },
): Map<number, { failedCount: number; lastError: string | null }> {
  const result = new Map<number, { failedCount: number; lastError: string | null }>();
  if (params.scheduleIds.length === 0) return result;
  const failed = db
    .select({ scheduleId: deliveries.scheduleId, lastError: deliveries.lastError })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.teamId, params.teamId),
        inArray(deliveries.scheduleId, [...params.scheduleIds]),
        eq(deliveries.status, 'failed'),
      ),
    )
    .orderBy(asc(deliveries.dueAt))
    .all();
  for (const row of failed) {
    const entry = result.get(row.scheduleId) ?? { failedCount: 0, lastError: null };
    entry.failedCount += 1;
    entry.lastError = row.lastError ?? entry.lastError;
    result.set(row.scheduleId, entry);
  }
  return result;
}

function cycleCounts(db: Db, cycleId: number): { invited: number; responded: number } {
  const invited =
    db
      .select({ n: count() })
      .from(evaluationInvitations)
      .where(eq(evaluationInvitations.cycleId, cycleId))
      .get()?.n ?? 0;
  const responded =
    db.select({ n: count() }).from(evaluationResponses).where(eq(evaluationResponses.cycleId, cycleId)).get()
      ?.n ?? 0;
  return { invited, responded };
}

/** The dates admins added as holidays, for next-run computations. */
export function listExtraHolidays(db: Db, params: { teamId: string }): { date: string; name: string }[] {
  return db
    .select({ date: holidays.date, name: holidays.name })
    .from(holidays)
    .where(eq(holidays.teamId, params.teamId))
    .all();
}

/** Goals naming the user as person in charge, in partnerships that are not closed. */
export function listGoalsInChargeOf(
  db: Db,
  params: { teamId: string; userId: string },
): { goal: Goal; partnership: Pick<Partnership, 'id' | 'code' | 'name' | 'timeZone' | 'status'> }[] {
  return db
    .select({
      goal: goals,
      partnership: {
        id: partnerships.id,
        code: partnerships.code,
        name: partnerships.name,
        timeZone: partnerships.timeZone,
        status: partnerships.status,
      },
    })
    .from(goals)
    .innerJoin(partnerships, eq(partnerships.id, goals.partnershipId))
    .where(and(eq(goals.teamId, params.teamId), eq(goals.personInChargeId, params.userId)))
    .orderBy(asc(goals.dueDate), asc(goals.id))
    .all()
    .filter((r) => r.partnership.status !== 'closed');
}

/** Open evaluation cycles that invited the user and that they have not answered yet. */
export function listPendingEvaluations(
  db: Db,
  params: { teamId: string; userId: string },
): { cycle: EvaluationCycle; partnership: Pick<Partnership, 'id' | 'code' | 'name' | 'timeZone'> }[] {
  const rows = db
    .select({
      cycle: evaluationCycles,
      partnership: {
        id: partnerships.id,
        code: partnerships.code,
        name: partnerships.name,
        timeZone: partnerships.timeZone,
      },
    })
    .from(evaluationInvitations)
    .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationInvitations.cycleId))
    .innerJoin(partnerships, eq(partnerships.id, evaluationCycles.partnershipId))
    .where(
      and(
        eq(evaluationInvitations.teamId, params.teamId),
        eq(evaluationInvitations.userId, params.userId),
        eq(evaluationCycles.status, 'open'),
      ),
    )
    .orderBy(asc(evaluationCycles.closesAt))
    .all();
  if (rows.length === 0) return rows;
  const answered = new Set(
    db
      .select({ cycleId: evaluationResponses.cycleId })
      .from(evaluationResponses)
      .where(
        and(
          eq(evaluationResponses.teamId, params.teamId),
          eq(evaluationResponses.userId, params.userId),
          inArray(
            evaluationResponses.cycleId,
            rows.map((r) => r.cycle.id),
          ),
        ),
      )
      .all()
      .map((r) => r.cycleId),
  );
  return rows.filter((r) => !answered.has(r.cycle.id));
}
