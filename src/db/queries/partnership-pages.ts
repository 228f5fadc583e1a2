/**
 * Lists that cost what they show: one page of partnerships, and what a list shows of each, read
 * with a fixed number of set-based queries whatever the number of partnerships. `daftar`, `lihat`
 * without a code, the pickers and App Home read through here.
 *
 * A page of the partnerships a person sees is read one of two ways, whichever touches fewer rows:
 * from the person's own roles, units and goals (the ids, sorted), when they see few; or walking
 * the team's partnerships in code order and checking each, when they see many (a coordinator of
 * all of them), which stops at the page's end instead of sorting every id they see.
 */
import { and, asc, count, eq, inArray, max, ne, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
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
import { byPartnership } from './partnership-batch.js';
import { visibleCondition } from './partnerships.js';
import { bound, idList, idsIn, preparedOnce } from './prepared.js';

export interface PartnershipPage {
  rows: Partnership[];
  /** How many there are in all (every page). */
  total: number;
  /** The page shown, 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
}

/** How to read a page: from the ids the person sees (sorted), or walking the team in code order. */
export type PageRead = 'ids' | 'walk';

/** Below this many matching partnerships, reading them by id is cheap whatever the team's size. */
const WALK_FROM = 100;

/**
 * Whether walking the team's partnerships in code order, checking each, reaches the `wanted`-th
 * of `matching` partnerships sooner than reading all `matching` by id and sorting them: the walk
 * checks about `wanted × teamSize / matching` partnerships (`teamSize`: the highest code number).
 */
export function walkIsCheaper(params: { matching: number; wanted: number; teamSize: number }): boolean {
  const { matching, wanted, teamSize } = params;
  return matching >= WALK_FROM && wanted * teamSize <= matching * matching;
}

/**
 * One page of the partnerships a user can see, in code order: a count, then a LIMIT/OFFSET read
 * through indexes, from the ids they see or walking the team's partnerships (see the top of this
 * file; `read` forces one, for tests). `openOnly` leaves closed partnerships out (App Home).
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
    read?: PageRead;
  },
): PartnershipPage {
  const open = params.openOnly ? ne(partnerships.status, 'closed') : undefined;
  const key = `visible.${params.isAdmin ? 'all' : 'seen'}.${params.openOnly ? 'open' : 'any'}`;
  return pageWhere(
    db,
    {
      key,
      where: () => and(visibleCondition(db, { ...WHO, isAdmin: params.isAdmin }), open),
      walk: params.isAdmin ? undefined : () => and(eq(partnerships.teamId, WHO.teamId), open, seenBy(WHO)),
    },
    params,
  );
}

/** The team and the person a prepared page is read for, bound when it runs. */
const WHO = { teamId: bound('teamId'), userId: bound('userId') };
type Who = { teamId: string | Placeholder; userId: string | Placeholder };

/**
 * "The user can see the partnership" checked on each partnership walked (see `visibleCondition`,
 * which selects the same from the user's side): a role in it, a participating unit they head,
 * a goal they are in charge of. Each check is one indexed lookup by partnership.
 */
function seenBy(params: Who): SQL {
  const { teamId, userId } = params;
  return sql`(exists (select 1 from ${roleAssignments} ra
      where ra.partnership_id = ${partnerships.id} and ra.user_id = ${userId} and ra.team_id = ${teamId})
    or exists (select 1 from ${partnershipUnits} pu inner join ${units} u on u.id = pu.unit_id
      where pu.partnership_id = ${partnerships.id} and u.head_user_id = ${userId} and u.team_id = ${teamId})
    or exists (select 1 from ${goals} g
      where g.partnership_id = ${partnerships.id} and g.person_in_charge_id = ${userId} and g.team_id = ${teamId}))`;
}

/** "The user coordinates the partnership", checked on each partnership walked. */
export function coordinatedBy(params: Who): SQL {
  return sql`exists (select 1 from ${roleAssignments} ra
    where ra.partnership_id = ${partnerships.id} and ra.user_id = ${params.userId}
      and ra.role = 'coordinator' and ra.team_id = ${params.teamId})`;
}

/** The partnerships a user may change (coordinator, or admin: all), for the select of a modal. */
export function pageOfManageablePartnerships(
  db: Db,
  params: { teamId: string; userId: string; isAdmin: boolean; pageSize: number; read?: PageRead },
): PartnershipPage {
  return pageWhere(
    db,
    {
      key: `manageable.${params.isAdmin ? 'all' : 'coordinated'}`,
      where: () => manageableCondition(db, { ...WHO, isAdmin: params.isAdmin }),
      walk: params.isAdmin ? undefined : () => and(eq(partnerships.teamId, WHO.teamId), coordinatedBy(WHO)),
    },
    { ...params, page: 1 },
  );
}

/** The partnerships a user may change, selected from their coordinator roles (all for an admin). */
export function manageableCondition(db: Db, params: Who & { isAdmin: boolean }) {
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

/**
 * A page of the partnerships `where` selects: counted with it, then read with it (ids first) or,
 * where walking is cheaper, with `walk`, the same condition checked on each partnership walked.
 * Each shape (`key`) is prepared once per connection, the team and person bound as they run.
 */
function pageWhere(
  db: Db,
  shape: { key: string; where: () => SQL | undefined; walk?: (() => SQL | undefined) | undefined },
  params: { teamId: string; userId: string; page: number; pageSize: number; read?: PageRead | undefined },
): PartnershipPage {
  const who = { teamId: params.teamId, userId: params.userId };
  const total =
    preparedOnce(db, `${shape.key}.count`, () =>
      db.select({ n: count() }).from(partnerships).where(shape.where()).prepare(),
    ).get(who)?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / params.pageSize));
  const page = Math.min(Math.max(1, Math.floor(params.page) || 1), pageCount);
  if (total === 0) return { rows: [], total, page, pageCount };
  const offset = (page - 1) * params.pageSize;
  const walk = shape.walk;
  const read =
    walk === undefined
      ? 'ids'
      : (params.read ??
        (walkIsCheaper({
          matching: total,
          wanted: offset + params.pageSize,
          teamSize: maxPartnershipSeq(db, params),
        })
          ? 'walk'
          : 'ids'));
  const rows = preparedOnce(db, `${shape.key}.${read}`, () =>
    db
      .select()
      .from(partnerships)
      .where(read === 'walk' && walk ? walk() : shape.where())
      .orderBy(asc(partnerships.seq))
      .limit(bound('limit'))
      .offset(bound('offset'))
      .prepare(),
  ).all({ ...who, limit: params.pageSize, offset });
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
  const rows = preparedOnce(db, 'list.rolesOfUser', () =>
    db
      .selectDistinct({ partnershipId: roleAssignments.partnershipId, role: roleAssignments.role })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.teamId, WHO.teamId),
          eq(roleAssignments.userId, WHO.userId),
          idsIn(roleAssignments.partnershipId),
        ),
      )
      .prepare(),
  ).all({ teamId: params.teamId, userId: params.userId, ids: idList(params.partnershipIds) });
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
  const bind = { teamId, ids: idList([...new Set(params.partnerships.map((p) => p.id))]) };
  const unitRows = byPartnership(
    preparedOnce(db, 'list.units', () =>
      db
        .select({ partnershipId: partnershipUnits.partnershipId, id: units.id, code: units.code })
        .from(partnershipUnits)
        .innerJoin(units, eq(units.id, partnershipUnits.unitId))
        .where(and(eq(partnershipUnits.teamId, WHO.teamId), idsIn(partnershipUnits.partnershipId)))
        .orderBy(asc(units.code))
        .prepare(),
    ).all(bind),
    (r) => r.partnershipId,
  );
  const goalRows = byPartnership(
    preparedOnce(db, 'list.goals', () =>
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
        .where(and(eq(goals.teamId, WHO.teamId), idsIn(goals.partnershipId)))
        .prepare(),
    ).all(bind),
    (g) => g.partnershipId,
  );
  const roleRows = byPartnership(
    preparedOnce(db, 'list.roles', () =>
      db
        .select({
          partnershipId: roleAssignments.partnershipId,
          unitId: roleAssignments.unitId,
          role: roleAssignments.role,
          userId: roleAssignments.userId,
        })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.teamId, WHO.teamId), idsIn(roleAssignments.partnershipId)))
        .prepare(),
    ).all(bind),
    (r) => r.partnershipId,
  );
  const scheduleCounts = new Map(
    preparedOnce(db, 'list.scheduleCounts', () =>
      db
        .select({ partnershipId: schedules.partnershipId, n: count() })
        .from(schedules)
        .where(and(eq(schedules.teamId, WHO.teamId), idsIn(schedules.partnershipId)))
        .groupBy(schedules.partnershipId)
        .prepare(),
    )
      .all(bind)
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

/** The highest partnership number of the team (0 with none): where a scan by slices ends. */
export function maxPartnershipSeq(db: Db, params: { teamId: string }): number {
  return (
    preparedOnce(db, 'list.maxSeq', () =>
      db
        .select({ n: max(partnerships.seq) })
        .from(partnerships)
        .where(eq(partnerships.teamId, WHO.teamId))
        .prepare(),
    ).get({ teamId: params.teamId })?.n ?? 0
  );
}
