/**
 * Lists that cost what they show: one page of partnerships, and the details of a given few,
 * read with a fixed number of set-based queries whatever the number of partnerships. `daftar`,
 * `lihat` without a code, the pickers and App Home read through here; the charter and `lihat
 * KODE` keep `loadPartnershipDetail`, which returns the same thing for one partnership.
 */
import type Database from 'better-sqlite3';
import { and, asc, count, eq, gte, inArray, lt, max, ne, type SQL, sql } from 'drizzle-orm';
import { localDateOf } from '../../domain/time/calendar.js';
import type { Db } from '../client.js';
import {
  deliveries,
  evaluationCycles,
  type Goal,
  goals,
  type Partnership,
  partnerships,
  partnershipUnits,
  ROLES,
  type Role,
  roleAssignments,
  schedules,
  units,
} from '../schema/index.js';
import { type DeliveryProblem, deliveryProblemCondition } from './deliveries.js';
import { type ClosedCycle, listClosedCycles, listOpenCycles } from './evaluations.js';
import { DELIVERY_PROBLEMS_SHOWN, type PartnershipDetail } from './partnership-detail.js';
import { visibleCondition } from './partnerships.js';

export interface PartnershipPage {
  rows: Partnership[];
  /** How many there are in all (every page). */
  total: number;
  /** The page shown, 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
}

/**
 * One page of the partnerships a user can see, in code order: a count and a LIMIT/OFFSET read,
 * both through indexes. `openOnly` leaves closed partnerships out (App Home).
 */
export function pageOfVisiblePartnerships(
  db: Db,
  params: {
    teamId: string;
    userId: string;
    isAdmin: boolean;
    page: number;
    pageSize: number;
    openOnly?: boolean;
  },
): PartnershipPage {
  const where = and(
    visibleCondition(db, params),
    params.openOnly ? ne(partnerships.status, 'closed') : undefined,
  );
  return pageWhere(db, where, params);
}

/** The partnerships a user may change (coordinator, or admin: all), for the select of a modal. */
export function pageOfManageablePartnerships(
  db: Db,
  params: { teamId: string; userId: string; isAdmin: boolean; pageSize: number },
): PartnershipPage {
  return pageWhere(db, manageableCondition(db, params), { page: 1, pageSize: params.pageSize });
}

function manageableCondition(db: Db, params: { teamId: string; userId: string; isAdmin: boolean }) {
  const base = eq(partnerships.teamId, params.teamId);
  if (params.isAdmin) return base;
  const coordinated = db
    .select({ id: roleAssignments.partnershipId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.teamId, params.teamId),
        eq(roleAssignments.userId, params.userId),
        eq(roleAssignments.role, 'coordinator'),
      ),
    );
  // The unary `+` keeps SQLite from walking the team's index of partnerships: by primary key instead.
  return and(sql`+${partnerships.teamId} = ${params.teamId}`, inArray(partnerships.id, coordinated));
}

function pageWhere(
  db: Db,
  where: SQL | undefined,
  params: { page: number; pageSize: number },
): PartnershipPage {
  const total = db.select({ n: count() }).from(partnerships).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / params.pageSize));
  const page = Math.min(Math.max(1, Math.floor(params.page) || 1), pageCount);
  const rows =
    total === 0
      ? []
      : db
          .select()
          .from(partnerships)
          .where(where)
          .orderBy(asc(partnerships.seq))
          .limit(params.pageSize)
          .offset((page - 1) * params.pageSize)
          .all();
  return { rows, total, page, pageCount };
}

/** Whether the user can see one partnership (see `listVisiblePartnerships`): one indexed query. */
export function isPartnershipVisible(
  db: Db,
  params: { teamId: string; userId: string; partnershipId: number },
): boolean {
  const row = db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(
      and(visibleCondition(db, { ...params, isAdmin: false }), eq(partnerships.id, params.partnershipId)),
    )
    .get();
  return row !== undefined;
}

/** The roles a user holds in each of the given partnerships, in the order of `ROLES`. */
export function rolesOfUserIn(
  db: Db,
  params: { teamId: string; userId: string; partnershipIds: readonly number[] },
): Map<number, Role[]> {
  const result = new Map<number, Role[]>(params.partnershipIds.map((id) => [id, []]));
  if (params.partnershipIds.length === 0) return result;
  const rows = db
    .selectDistinct({ partnershipId: roleAssignments.partnershipId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.teamId, params.teamId),
        eq(roleAssignments.userId, params.userId),
        inArray(roleAssignments.partnershipId, [...params.partnershipIds]),
      ),
    )
    .all();
  for (const row of rows) result.get(row.partnershipId)?.push(row.role);
  for (const roles of result.values()) roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return result;
}

/** What `/mitra daftar` shows of a partnership besides the partnership itself, and what its gaps need. */
export interface PartnershipListData {
  /** Participating units, the lead unit first, then by code. */
  units: { id: number; code: string }[];
  goals: Pick<Goal, 'id' | 'ownerUnitId' | 'personInChargeId' | 'dueDate' | 'status'>[];
  roles: { unitId: number; role: Role }[];
  scheduleCount: number;
  /** The roles the user holds in it, in the order of `ROLES`. */
  userRoles: Role[];
}

/**
 * The list data of the given partnerships of a team (rows already read, e.g. a page), in four
 * queries selecting only the columns the list and its gap count use: `daftar` needs neither
 * delivery problems nor cycles, which `loadPartnershipDetails` reads too.
 */
export function loadPartnershipListData(
  db: Db,
  params: { teamId: string; userId: string; partnerships: readonly Pick<Partnership, 'id' | 'leadUnitId'>[] },
): Map<number, PartnershipListData> {
  const { teamId } = params;
  const result = new Map<number, PartnershipListData>();
  if (params.partnerships.length === 0) return result;
  const ids = [...new Set(params.partnerships.map((p) => p.id))];
  const unitRows = byPartnership(
    db
      .select({ partnershipId: partnershipUnits.partnershipId, id: units.id, code: units.code })
      .from(partnershipUnits)
      .innerJoin(units, eq(units.id, partnershipUnits.unitId))
      .where(and(eq(partnershipUnits.teamId, teamId), inArray(partnershipUnits.partnershipId, ids)))
      .orderBy(asc(units.code))
      .all(),
    (r) => r.partnershipId,
  );
  const goalRows = byPartnership(
    db
      .select({
        partnershipId: goals.partnershipId,
        id: goals.id,
        ownerUnitId: goals.ownerUnitId,
        personInChargeId: goals.personInChargeId,
        dueDate: goals.dueDate,
        status: goals.status,
      })
      .from(goals)
      .where(and(eq(goals.teamId, teamId), inArray(goals.partnershipId, ids)))
      .all(),
    (g) => g.partnershipId,
  );
  const roleRows = byPartnership(
    db
      .select({
        partnershipId: roleAssignments.partnershipId,
        unitId: roleAssignments.unitId,
        role: roleAssignments.role,
        userId: roleAssignments.userId,
      })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.teamId, teamId), inArray(roleAssignments.partnershipId, ids)))
      .all(),
    (r) => r.partnershipId,
  );
  const scheduleCounts = new Map(
    db
      .select({ partnershipId: schedules.partnershipId, n: count() })
      .from(schedules)
      .where(and(eq(schedules.teamId, teamId), inArray(schedules.partnershipId, ids)))
      .groupBy(schedules.partnershipId)
      .all()
      .map((r) => [r.partnershipId, r.n]),
  );
  for (const partnership of params.partnerships) {
    const unitList = unitRows.get(partnership.id) ?? [];
    const roles = roleRows.get(partnership.id) ?? [];
    const userRoles = ROLES.filter((role) =>
      roles.some((r) => r.userId === params.userId && r.role === role),
    );
    result.set(partnership.id, {
      units: [
        ...unitList.filter((u) => u.id === partnership.leadUnitId),
        ...unitList.filter((u) => u.id !== partnership.leadUnitId),
      ].map((u) => ({ id: u.id, code: u.code })),
      goals: goalRows.get(partnership.id) ?? [],
      roles,
      scheduleCount: scheduleCounts.get(partnership.id) ?? 0,
      userRoles,
    });
  }
  return result;
}

/** Groups rows by partnership id, keeping their order. */
function byPartnership<T>(rows: readonly T[], idOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = idOf(row);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

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
  const found = db
    .select()
    .from(partnerships)
    .where(and(sql`+${partnerships.teamId} = ${teamId}`, inArray(partnerships.id, ids)))
    .all();
  if (found.length === 0) return result;
  const foundIds = found.map((p) => p.id);

  const unitRows = byPartnership(
    db
      .select({ partnershipId: partnershipUnits.partnershipId, unit: units })
      .from(partnershipUnits)
      .innerJoin(units, eq(units.id, partnershipUnits.unitId))
      .where(and(eq(partnershipUnits.teamId, teamId), inArray(partnershipUnits.partnershipId, foundIds)))
      .orderBy(asc(units.code))
      .all(),
    (r) => r.partnershipId,
  );
  const goalRows = byPartnership(
    db
      .select()
      .from(goals)
      .where(and(eq(goals.teamId, teamId), inArray(goals.partnershipId, foundIds)))
      .orderBy(asc(goals.dueDate), asc(goals.id))
      .all()
      // Goals without a due date sort after the dated ones (SQLite puts NULL first).
      .sort((a, b) => Number(a.dueDate === null) - Number(b.dueDate === null)),
    (g) => g.partnershipId,
  );
  const roleRows = byPartnership(
    db
      .select()
      .from(roleAssignments)
      .where(and(eq(roleAssignments.teamId, teamId), inArray(roleAssignments.partnershipId, foundIds)))
      .orderBy(asc(roleAssignments.id))
      .all(),
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

function schedulesOf(db: Db, params: { teamId: string; partnershipIds: readonly number[] }) {
  return byPartnership(
    db
      .select()
      .from(schedules)
      .where(
        and(
          eq(schedules.teamId, params.teamId),
          inArray(schedules.partnershipId, [...params.partnershipIds]),
        ),
      )
      .orderBy(asc(schedules.id))
      .all(),
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
  const found = new Map(
    db
      .select()
      .from(partnerships)
      .where(and(sql`+${partnerships.teamId} = ${teamId}`, inArray(partnerships.id, ids)))
      .all()
      .map((p) => [p.id, p]),
  );
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
  const ranked = db
    .select({
      id: evaluationCycles.id,
      partnershipId: evaluationCycles.partnershipId,
      rank: sql<number>`row_number() over (partition by ${evaluationCycles.partnershipId} order by ${evaluationCycles.closesAt} desc, ${evaluationCycles.id} desc)`.as(
        'cycle_rank',
      ),
    })
    .from(evaluationCycles)
    .where(
      and(
        eq(evaluationCycles.teamId, params.teamId),
        inArray(evaluationCycles.partnershipId, [...params.partnershipIds]),
        eq(evaluationCycles.status, 'closed'),
      ),
    )
    .as('ranked_cycles');
  const latestIds = db
    .select({ id: ranked.id })
    .from(ranked)
    .where(sql`${ranked.rank} = 1`)
    .all()
    .map((r) => r.id);
  const result = new Map<number, ClosedCycle>();
  if (latestIds.length === 0) return result;
  const rows = db.select().from(evaluationCycles).where(inArray(evaluationCycles.id, latestIds)).all();
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

// ── partnerships with accountability gaps ───────────────────────────────────────────────────────

const LOCAL_DATE_SQL_FUNCTION = 'mitra_local_date';
const withLocalDate = new WeakSet<object>();

/**
 * Registers `mitra_local_date(epochMs, timeZone)` on the connection: the `YYYY-MM-DD` date in a
 * zone, which SQLite cannot compute itself. Memoised, since one query asks it for few zones.
 */
function ensureLocalDateFunction(db: Db): void {
  // drizzle's better-sqlite3 driver keeps the connection as `$client`; `Db` does not declare it.
  const client = (db as Db & { $client: Database.Database }).$client;
  if (withLocalDate.has(client)) return;
  const cache = new Map<string, string>();
  client.function(LOCAL_DATE_SQL_FUNCTION, { deterministic: true }, (ms: unknown, zone: unknown) => {
    const key = `${String(ms)}|${String(zone)}`;
    let date = cache.get(key);
    if (date === undefined) {
      if (cache.size > 1000) cache.clear();
      date = localDateOf(new Date(Number(ms)), String(zone));
      cache.set(key, date);
    }
    return date;
  });
  withLocalDate.add(client);
}

/**
 * "The partnership has at least one accountability gap", in SQL, for choosing which partnerships
 * App Home lists without loading them all. `accountabilityGaps` (src/domain/accountability.ts)
 * stays the definition: the gaps shown are computed by it, and a test checks that this condition
 * holds exactly when it finds a gap. Every sub-query goes through an index of its table.
 */
export function hasGapsCondition(db: Db, now: Date): SQL {
  ensureLocalDateFunction(db);
  const p = partnerships;
  const holds = (role: Role) => sql`exists (
    select 1 from ${roleAssignments} ra
    where ra.partnership_id = pu.partnership_id and ra.unit_id = pu.unit_id and ra.role = ${role})`;
  return sql`(
    not exists (select 1 from ${schedules} s where s.partnership_id = ${p.id})
    or not exists (select 1 from ${goals} g where g.partnership_id = ${p.id})
    or exists (
      select 1 from ${partnershipUnits} pu
      where pu.partnership_id = ${p.id} and (not ${holds('liaison')} or not ${holds('manager')}))
    or exists (
      select 1 from ${goals} g
      where g.partnership_id = ${p.id} and (
        g.owner_unit_id is null
        or not exists (
          select 1 from ${partnershipUnits} op
          where op.partnership_id = g.partnership_id and op.unit_id = g.owner_unit_id)
        or g.person_in_charge_id is null or g.person_in_charge_id = ''
        or (g.due_date is not null and g.status <> 'done'
            and g.due_date < ${sql.raw(LOCAL_DATE_SQL_FUNCTION)}(${now.getTime()}, ${p.timeZone}))))
  )`;
}

/**
 * The first `limit` open partnerships (code order) among `scope` that have a gap, and how many
 * there are, counted up to `countCap` so the count stays cheap whatever the size.
 */
export function partnershipsWithGaps(
  db: Db,
  params: {
    teamId: string;
    scope: 'all' | readonly number[] | { fromSeq: number; toSeq: number };
    now: Date;
    limit: number;
    countCap: number;
  },
): { rows: Partnership[]; total: number; capped: boolean } {
  const { scope } = params;
  if (Array.isArray(scope) && scope.length === 0) return { rows: [], total: 0, capped: false };
  // A scope of a few partnerships is read by primary key: `+` keeps SQLite off the team's index.
  const few = scope !== 'all' && !('fromSeq' in scope);
  const where = and(
    few ? sql`+${partnerships.teamId} = ${params.teamId}` : eq(partnerships.teamId, params.teamId),
    ne(partnerships.status, 'closed'),
    scopeCondition(scope),
    hasGapsCondition(db, params.now),
  );
  const rows =
    params.limit > 0
      ? db.select().from(partnerships).where(where).orderBy(asc(partnerships.seq)).limit(params.limit).all()
      : [];
  if (rows.length < params.limit) return { rows, total: rows.length, capped: false };
  const limited = db
    .select({ one: sql`1` })
    .from(partnerships)
    .where(where)
    .limit(params.countCap + 1)
    .as('limited');
  const n = db.select({ n: count() }).from(limited).get()?.n ?? 0;
  return { rows, total: Math.min(n, params.countCap), capped: n > params.countCap };
}

function scopeCondition(
  scope: 'all' | readonly number[] | { fromSeq: number; toSeq: number },
): SQL | undefined {
  if (scope === 'all') return undefined;
  if ('fromSeq' in scope) return and(gte(partnerships.seq, scope.fromSeq), lt(partnerships.seq, scope.toSeq));
  return inArray(partnerships.id, [...scope]);
}

/** The highest partnership number of the team (0 with none): where a scan by slices ends. */
export function maxPartnershipSeq(db: Db, params: { teamId: string }): number {
  return (
    db
      .select({ n: max(partnerships.seq) })
      .from(partnerships)
      .where(eq(partnerships.teamId, params.teamId))
      .get()?.n ?? 0
  );
}

/** The open partnerships in which the user is a coordinator, in code order. */
export function listOpenCoordinatedIds(db: Db, params: { teamId: string; userId: string }): number[] {
  return db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(and(manageableCondition(db, { ...params, isAdmin: false }), ne(partnerships.status, 'closed')))
    .orderBy(asc(partnerships.seq))
    .all()
    .map((r) => r.id);
}

/**
 * How many lines a partnership gives App Home's coordinator section (see `coordinatorLines` in
 * src/slack/features/home/view.ts), in SQL: its open cycles, one for the next reminder when it is active
 * with an active schedule, its paused schedules, and one per schedule and kind of delivery problem.
 * An estimate only where the view knows more (a schedule past its last run, problems older than
 * those the view reads): it chooses what to read and counts the rest, the view writes the lines.
 */
function coordinatorLinesSql(): SQL {
  const p = partnerships;
  return sql`(
    (select count(*) from ${evaluationCycles}
      where ${evaluationCycles.partnershipId} = ${p.id} and ${evaluationCycles.status} in ('open', 'closing'))
    + (${p.status} = 'active' and exists (select 1 from ${schedules}
      where ${schedules.partnershipId} = ${p.id} and ${schedules.status} = 'active'))
    + (select count(*) from ${schedules}
      where ${schedules.partnershipId} = ${p.id} and ${schedules.status} = 'paused')
    + (select count(distinct ${deliveries.scheduleId} || ':' || ${deliveries.status})
      from ${schedules} cross join ${deliveries} on ${deliveries.scheduleId} = ${schedules.id}
      where ${schedules.partnershipId} = ${p.id}
        and ${deliveries.status} in ('failed', 'pending', 'skipped')
        and ${deliveryProblemCondition()}))`;
}

/**
 * The given partnerships (in code order) that give App Home's coordinator section something to
 * show, each with its (estimated) number of lines; read by primary key, so App Home asks for a
 * slice of a coordinator's partnerships at a time and stops when it has enough.
 */
export function coordinatorLinesOf(
  db: Db,
  params: { teamId: string; partnershipIds: readonly number[] },
): { id: number; lines: number }[] {
  if (params.partnershipIds.length === 0) return [];
  const ranked = db
    .select({
      id: partnerships.id,
      seq: partnerships.seq,
      lines: sql<number>`${coordinatorLinesSql()}`.as('lines'),
    })
    .from(partnerships)
    .where(
      and(
        sql`+${partnerships.teamId} = ${params.teamId}`,
        inArray(partnerships.id, [...params.partnershipIds]),
      ),
    )
    .as('coordinated');
  return db
    .select({ id: ranked.id, lines: ranked.lines })
    .from(ranked)
    .where(sql`${ranked.lines} > 0`)
    .orderBy(asc(ranked.seq))
    .all();
}

/** Whether the team has any partnership that is not closed. */
export function hasOpenPartnership(db: Db, params: { teamId: string }): boolean {
  return (
    db
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(and(eq(partnerships.teamId, params.teamId), ne(partnerships.status, 'closed')))
      .limit(1)
      .get() !== undefined
  );
}

/**
 * The first `limit` goals naming the user as person in charge, in partnerships that are not
 * closed (soonest due first), and how many there are.
 */
export function pageOfGoalsInChargeOf(
  db: Db,
  params: { teamId: string; userId: string; limit: number },
): {
  rows: { goal: Goal; partnership: Pick<Partnership, 'id' | 'code' | 'name' | 'timeZone' | 'status'> }[];
  total: number;
} {
  const where = and(
    eq(goals.teamId, params.teamId),
    eq(goals.personInChargeId, params.userId),
    ne(partnerships.status, 'closed'),
  );
  const rows = db
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
    .where(where)
    .orderBy(asc(goals.dueDate), asc(goals.id))
    .limit(params.limit)
    .all();
  const total =
    rows.length < params.limit
      ? rows.length
      : (db
          .select({ n: count() })
          .from(goals)
          .innerJoin(partnerships, eq(partnerships.id, goals.partnershipId))
          .where(where)
          .get()?.n ?? 0);
  return { rows, total };
}
