/**
 * What App Home reads besides pages of partnerships and their details: the partnerships a person
 * coordinates (a slice at a time), which of them give the coordinator section lines, whether the
 * team has an open partnership, and the goals a person is in charge of.
 */
import { and, asc, count, eq, gt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  deliveries,
  evaluationCycles,
  type Goal,
  goals,
  type Partnership,
  partnerships,
  roleAssignments,
  schedules,
} from '../schema/index.js';
import { deliveryProblemCondition } from './deliveries.js';
import {
  coordinatedBy,
  manageableCondition,
  maxPartnershipSeq,
  type PageRead,
  walkIsCheaper,
} from './partnership-pages.js';
import { bound, idList, idsIn, preparedOnce } from './prepared.js';

/** The open partnerships in which the user is a coordinator, in code order: all of them at once. */
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
 * The open partnerships in which the user is a coordinator, in code order, a slice of `size` at a
 * time: `sliceAt(i)` is the i-th slice (read when first asked, kept after), undefined past the last.
 * A person who coordinates few has their ids read at once; one who coordinates many of the team
 * (an index count tells) has the team's partnerships walked in code order, a slice per read, so
 * the first slices cost the same whatever the number they coordinate. `read` forces one, for tests.
 */
export function openCoordinatedSlices(
  db: Db,
  params: { teamId: string; userId: string; size: number; read?: PageRead },
): { sliceAt(index: number): readonly number[] | undefined } {
  const who = { teamId: params.teamId, userId: params.userId };
  const roles =
    preparedOnce(db, 'home.coordinatorRoles', () =>
      db
        .select({ n: count() })
        .from(roleAssignments)
        .where(
          and(
            eq(roleAssignments.teamId, bound('teamId')),
            eq(roleAssignments.userId, bound('userId')),
            eq(roleAssignments.role, 'coordinator'),
          ),
        )
        .prepare(),
    ).get(who)?.n ?? 0;
  const read =
    params.read ??
    (walkIsCheaper({
      matching: roles,
      wanted: params.size,
      teamSize: roles < 1 ? 0 : maxPartnershipSeq(db, params),
    })
      ? 'walk'
      : 'ids');
  const slices: number[][] = [];
  if (read === 'ids') {
    const ids = roles === 0 ? [] : listOpenCoordinatedIds(db, params);
    for (let i = 0; i < ids.length; i += params.size) slices.push(ids.slice(i, i + params.size));
    return { sliceAt: (index) => slices[index] };
  }
  let afterSeq = 0;
  let done = false;
  return {
    sliceAt(index) {
      while (slices.length <= index && !done) {
        const rows = preparedOnce(db, 'home.coordinatedWalk', () =>
          db
            .select({ id: partnerships.id, seq: partnerships.seq })
            .from(partnerships)
            .where(
              and(
                eq(partnerships.teamId, bound('teamId')),
                gt(partnerships.seq, bound('afterSeq')),
                coordinatedBy({ teamId: bound('teamId'), userId: bound('userId') }),
                ne(partnerships.status, 'closed'),
              ),
            )
            .orderBy(asc(partnerships.seq))
            .limit(bound('limit'))
            .prepare(),
        ).all({ ...who, afterSeq, limit: params.size });
        if (rows.length > 0) slices.push(rows.map((r) => r.id));
        afterSeq = rows.at(-1)?.seq ?? afterSeq;
        done = rows.length < params.size;
      }
      return slices[index];
    },
  };
}

/**
 * How many lines a partnership gives App Home's coordinator section (see `coordinatorLines` in
 * src/slack/views/home.ts), in SQL: its open cycles, one for the next reminder when it is active
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
  return preparedOnce(db, 'home.coordinatorLines', () => {
    const ranked = db
      .select({
        id: partnerships.id,
        seq: partnerships.seq,
        lines: sql<number>`${coordinatorLinesSql()}`.as('lines'),
      })
      .from(partnerships)
      .where(and(sql`+${partnerships.teamId} = ${bound('teamId')}`, idsIn(partnerships.id)))
      .as('coordinated');
    return db
      .select({ id: ranked.id, lines: ranked.lines })
      .from(ranked)
      .where(sql`${ranked.lines} > 0`)
      .orderBy(asc(ranked.seq))
      .prepare();
  }).all({ teamId: params.teamId, ids: idList(params.partnershipIds) });
}

/** Whether the team has any partnership that is not closed. */
export function hasOpenPartnership(db: Db, params: { teamId: string }): boolean {
  return (
    preparedOnce(db, 'home.hasOpen', () =>
      db
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(and(eq(partnerships.teamId, bound('teamId')), ne(partnerships.status, 'closed')))
        .limit(1)
        .prepare(),
    ).get({ teamId: params.teamId }) !== undefined
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
  const where = () =>
    and(
      eq(goals.teamId, bound('teamId')),
      eq(goals.personInChargeId, bound('userId')),
      ne(partnerships.status, 'closed'),
    );
  const bind = { teamId: params.teamId, userId: params.userId, limit: params.limit };
  const rows = preparedOnce(db, 'home.goalsInCharge', () =>
    db
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
      .where(where())
      .orderBy(asc(goals.dueDate), asc(goals.id))
      .limit(bound('limit'))
      .prepare(),
  ).all(bind);
  const total =
    rows.length < params.limit
      ? rows.length
      : (preparedOnce(db, 'home.goalsInChargeCount', () =>
          db
            .select({ n: count() })
            .from(goals)
            .innerJoin(partnerships, eq(partnerships.id, goals.partnershipId))
            .where(where())
            .prepare(),
        ).get(bind)?.n ?? 0);
  return { rows, total };
}
