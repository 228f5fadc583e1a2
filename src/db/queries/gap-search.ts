/**
 * Partnerships with accountability gaps, found in SQL without loading them: App Home lists the
 * first few where the user may fix them, and counts the rest up to a cap.
 */
import type Database from 'better-sqlite3';
import { and, asc, count, eq, gte, lt, ne, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { localDateOf } from '../../domain/time/calendar.js';
import type { Db } from '../client.js';
import {
  goals,
  type Partnership,
  partnerships,
  partnershipUnits,
  type Role,
  roleAssignments,
  schedules,
} from '../schema/index.js';
import { bound, idList, idsIn, preparedOnce } from './prepared.js';

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
  return gapsSql(now.getTime());
}

/** The condition of `hasGapsCondition`, at `nowMs` (a number, or a placeholder bound later). */
function gapsSql(nowMs: number | Placeholder): SQL {
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
            and g.due_date < ${sql.raw(LOCAL_DATE_SQL_FUNCTION)}(${nowMs}, ${p.timeZone}))))
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
  ensureLocalDateFunction(db);
  const kind = scope === 'all' ? 'all' : 'fromSeq' in scope ? 'seqs' : 'ids';
  const bind = {
    teamId: params.teamId,
    now: params.now.getTime(),
    limit: params.limit,
    countLimit: params.countCap + 1,
    fromSeq: kind === 'seqs' ? (scope as { fromSeq: number }).fromSeq : 0,
    toSeq: kind === 'seqs' ? (scope as { toSeq: number }).toSeq : 0,
    ids: kind === 'ids' ? idList(scope as readonly number[]) : '[]',
  };
  const rows =
    params.limit > 0
      ? preparedOnce(db, `gaps.rows.${kind}`, () =>
          db
            .select()
            .from(partnerships)
            .where(gapsWhere(kind))
            .orderBy(asc(partnerships.seq))
            .limit(bound('limit'))
            .prepare(),
        ).all(bind)
      : [];
  if (rows.length < params.limit) return { rows, total: rows.length, capped: false };
  const n =
    preparedOnce(db, `gaps.count.${kind}`, () => {
      const limited = db
        .select({ one: sql`1` })
        .from(partnerships)
        .where(gapsWhere(kind))
        .limit(bound('countLimit'))
        .as('limited');
      return db.select({ n: count() }).from(limited).prepare();
    }).get(bind)?.n ?? 0;
  return { rows, total: Math.min(n, params.countCap), capped: n > params.countCap };
}

/** The open partnerships with gaps among a scope of one kind, its bounds left to placeholders. */
function gapsWhere(kind: 'all' | 'seqs' | 'ids'): SQL | undefined {
  // A scope of a few partnerships is read by primary key: `+` keeps SQLite off the team's index.
  return and(
    kind === 'ids'
      ? sql`+${partnerships.teamId} = ${bound('teamId')}`
      : eq(partnerships.teamId, bound('teamId')),
    ne(partnerships.status, 'closed'),
    kind === 'all'
      ? undefined
      : kind === 'seqs'
        ? and(gte(partnerships.seq, bound('fromSeq')), lt(partnerships.seq, bound('toSeq')))
        : idsIn(partnerships.id),
    gapsSql(bound('now')),
  );
}
