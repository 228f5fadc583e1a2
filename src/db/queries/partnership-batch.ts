/**
 * The details of a given few partnerships (a page, those App Home shows), read with a fixed
 * number of set-based queries whatever their number: each exactly what `loadPartnershipDetail`
 * returns for one, or the part of it App Home's coordinator section shows.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  deliveries,
  evaluationCycles,
  goals,
  partnerships,
  partnershipUnits,
  roleAssignments,
  schedules,
  units,
} from '../schema/index.js';
import { type DeliveryProblem, deliveryProblemCondition } from './deliveries.js';
import { type ClosedCycle, listClosedCycles, listOpenCycles } from './evaluations.js';
import { DELIVERY_PROBLEMS_SHOWN, type PartnershipDetail } from './partnership-detail.js';
import { bound, idList, idsIn, preparedOnce } from './prepared.js';

/**
 * The details of the given partnerships of a team (those not in it are left out), each exactly
 * what `loadPartnershipDetail` returns for it, read with a fixed number of queries.
 */
export function loadPartnershipDetails(
  db: Db,
  params: { teamId: string; partnershipIds: readonly number[] },
): Map<number, PartnershipDetail> {
  const { teamId } = params;
  const ids = [...new Set(params.partnershipIds)];
  const result = new Map<number, PartnershipDetail>();
  if (ids.length === 0) return result;
  const found = partnershipsById(db, { teamId, ids });
  if (found.length === 0) return result;
  const foundIds = found.map((p) => p.id);
  const bind = { teamId, ids: idList(foundIds) };

  const unitRows = byPartnership(
    preparedOnce(db, 'details.units', () =>
      db
        .select({ partnershipId: partnershipUnits.partnershipId, unit: units })
        .from(partnershipUnits)
        .innerJoin(units, eq(units.id, partnershipUnits.unitId))
        .where(and(eq(partnershipUnits.teamId, bound('teamId')), idsIn(partnershipUnits.partnershipId)))
        .orderBy(asc(units.code))
        .prepare(),
    ).all(bind),
    (r) => r.partnershipId,
  );
  const goalRows = byPartnership(
    preparedOnce(db, 'details.goals', () =>
      db
        .select()
        .from(goals)
        .where(and(eq(goals.teamId, bound('teamId')), idsIn(goals.partnershipId)))
        .orderBy(asc(goals.dueDate), asc(goals.id))
        .prepare(),
    )
      .all(bind)
      // Goals without a due date sort after the dated ones (SQLite puts NULL first).
      .sort((a, b) => Number(a.dueDate === null) - Number(b.dueDate === null)),
    (g) => g.partnershipId,
  );
  const roleRows = byPartnership(
    preparedOnce(db, 'details.roles', () =>
      db
        .select()
        .from(roleAssignments)
        .where(and(eq(roleAssignments.teamId, bound('teamId')), idsIn(roleAssignments.partnershipId)))
        .orderBy(asc(roleAssignments.id))
        .prepare(),
    ).all(bind),
    (r) => r.partnershipId,
  );
  const scheduleRows = schedulesOf(db, { teamId, partnershipIds: foundIds });
  const problems = deliveryProblemsOf(db, { teamId, partnershipIds: foundIds });
  const openCycles = byPartnership(
    listOpenCycles(db, { teamId, partnershipIds: foundIds }),
    (c) => c.partnershipId,
  );
  const lastClosed = lastClosedCycles(db, { teamId, partnershipIds: foundIds });

  for (const partnership of found) {
    const unitList = (unitRows.get(partnership.id) ?? []).map((r) => r.unit);
    const lead = unitList.filter((u) => u.id === partnership.leadUnitId);
    result.set(partnership.id, {
      partnership,
      units: [...lead, ...unitList.filter((u) => u.id !== partnership.leadUnitId)],
      goals: goalRows.get(partnership.id) ?? [],
      roles: roleRows.get(partnership.id) ?? [],
      schedules: scheduleRows.get(partnership.id) ?? [],
      deliveryProblems: problems.get(partnership.id) ?? [],
      openCycles: openCycles.get(partnership.id) ?? [],
      lastClosedCycle: lastClosed.get(partnership.id),
    });
  }
  return result;
}

/** The given partnerships of a team, by primary key (`+` keeps SQLite off the team's index). */
function partnershipsById(db: Db, params: { teamId: string; ids: readonly number[] }) {
  return preparedOnce(db, 'details.partnerships', () =>
    db
      .select()
      .from(partnerships)
      .where(and(sql`+${partnerships.teamId} = ${bound('teamId')}`, idsIn(partnerships.id)))
      .prepare(),
  ).all({ teamId: params.teamId, ids: idList(params.ids) });
}

function schedulesOf(db: Db, params: { teamId: string; partnershipIds: readonly number[] }) {
  return byPartnership(
    preparedOnce(db, 'details.schedules', () =>
      db
        .select()
        .from(schedules)
        .where(and(eq(schedules.teamId, bound('teamId')), idsIn(schedules.partnershipId)))
        .orderBy(asc(schedules.id))
        .prepare(),
    ).all({ teamId: params.teamId, ids: idList(params.partnershipIds) }),
    (s) => s.partnershipId,
  );
}

/** What App Home's coordinator section shows of a partnership: its plan and what went wrong. */
export type CoordinatorView = Pick<
  PartnershipDetail,
  'partnership' | 'schedules' | 'openCycles' | 'deliveryProblems'
>;

/**
 * The coordinator section's data of the given partnerships (in the order given), in four
 * queries: the parts of `loadPartnershipDetails` it shows, and no more.
 */
export function loadCoordinatorViews(
  db: Db,
  params: { teamId: string; partnershipIds: readonly number[] },
): CoordinatorView[] {
  const { teamId } = params;
  if (params.partnershipIds.length === 0) return [];
  const ids = [...params.partnershipIds];
  const found = new Map(partnershipsById(db, { teamId, ids }).map((p) => [p.id, p]));
  const plan = schedulesOf(db, { teamId, partnershipIds: ids });
  const problems = deliveryProblemsOf(db, { teamId, partnershipIds: ids });
  const cycles = byPartnership(listOpenCycles(db, { teamId, partnershipIds: ids }), (c) => c.partnershipId);
  return ids.flatMap((id) => {
    const partnership = found.get(id);
    if (!partnership) return [];
    return [
      {
        partnership,
        schedules: plan.get(id) ?? [],
        openCycles: cycles.get(id) ?? [],
        deliveryProblems: problems.get(id) ?? [],
      },
    ];
  });
}

/** The newest `DELIVERY_PROBLEMS_SHOWN` delivery problems of each partnership, newest first. */
function deliveryProblemsOf(
  db: Db,
  params: { teamId: string; partnershipIds: readonly number[] },
): Map<number, DeliveryProblem[]> {
  // CROSS JOIN keeps SQLite's join order: the partnerships' schedules first, then each one's
  // problems through (schedule, status), never every failed delivery of every team.
  const rows = db.all<{
    partnershipId: number;
    deliveryId: number;
    scheduleId: number;
    kind: DeliveryProblem['kind'];
    dueAt: number;
    status: DeliveryProblem['status'];
    attempts: number;
    lastError: string | null;
    skipReason: string | null;
  }>(sql`
    select partnershipId, deliveryId, scheduleId, kind, dueAt, status, attempts, lastError, skipReason
    from (
      select ${schedules.partnershipId} as partnershipId, ${deliveries.id} as deliveryId,
        ${deliveries.scheduleId} as scheduleId, ${schedules.kind} as kind, ${deliveries.dueAt} as dueAt,
        ${deliveries.status} as status, ${deliveries.attempts} as attempts,
        ${deliveries.lastError} as lastError, ${deliveries.skipReason} as skipReason,
        row_number() over (partition by ${schedules.partnershipId} order by ${deliveries.dueAt} desc) as problemRank
      from ${schedules} cross join ${deliveries} on ${deliveries.scheduleId} = ${schedules.id}
      where ${schedules.teamId} = ${params.teamId}
        and ${inArray(schedules.partnershipId, [...params.partnershipIds])}
        and ${deliveries.status} in ('failed', 'pending', 'skipped')
        and ${deliveryProblemCondition()}
    )
    where problemRank <= ${DELIVERY_PROBLEMS_SHOWN}
    order by dueAt desc, deliveryId desc`);
  const result = new Map<number, DeliveryProblem[]>();
  for (const { partnershipId, dueAt, ...problem } of rows) {
    const list = result.get(partnershipId) ?? [];
    list.push({ ...problem, dueAt: new Date(dueAt) });
    result.set(partnershipId, list);
  }
  return result;
}

/** The latest closed cycle of each partnership, with its summary. */
function lastClosedCycles(
  db: Db,
  params: { teamId: string; partnershipIds: readonly number[] },
): Map<number, ClosedCycle> {
  const latestIds = preparedOnce(db, 'details.lastClosedCycles', () => {
    const ranked = db
      .select({
        id: evaluationCycles.id,
        rank: sql<number>`row_number() over (partition by ${evaluationCycles.partnershipId} order by ${evaluationCycles.closesAt} desc, ${evaluationCycles.id} desc)`.as(
          'cycle_rank',
        ),
      })
      .from(evaluationCycles)
      .where(
        and(
          eq(evaluationCycles.teamId, bound('teamId')),
          idsIn(evaluationCycles.partnershipId),
          eq(evaluationCycles.status, 'closed'),
        ),
      )
      .as('ranked_cycles');
    return db.select({ id: ranked.id }).from(ranked).where(sql`${ranked.rank} = 1`).prepare();
  })
    .all({ teamId: params.teamId, ids: idList(params.partnershipIds) })
    .map((r) => r.id);
  const result = new Map<number, ClosedCycle>();
  if (latestIds.length === 0) return result;
  const rows = preparedOnce(db, 'details.cyclesById', () =>
    db.select().from(evaluationCycles).where(idsIn(evaluationCycles.id)).prepare(),
  ).all({ ids: idList(latestIds) });
  for (const row of rows) {
    // A cycle closed without a stored summary (imported, or by an older version) gets it computed
    // from the chain of cycles before it, as for one partnership: rare, so read one by one.
    const cycle: ClosedCycle | undefined = row.summaryJson
      ? { ...row, summaryJson: row.summaryJson }
      : listClosedCycles(db, { teamId: params.teamId, partnershipId: row.partnershipId }).at(-1);
    if (cycle) result.set(row.partnershipId, cycle);
  }
  return result;
}

/** Groups rows by partnership id, keeping their order. */
export function byPartnership<T>(rows: readonly T[], idOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = idOf(row);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}
