/**
 * The queries behind `daftar`, `lihat`, page turns, the pickers and App Home go through indexes:
 * every statement they prepare is run again under EXPLAIN QUERY PLAN, and none may scan goals,
 * roles, deliveries, responses or invitations in full (a SCAN of those tables grows with the
 * whole record; a SEARCH through an index grows with what is shown).
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/client.js';

import { listWaitingSurveys } from '../../../src/db/queries/evaluations.js';
import { partnershipsWithGaps } from '../../../src/db/queries/gap-search.js';
import {
  coordinatorLinesOf,
  listOpenCoordinatedIds,
  pageOfGoalsInChargeOf,
} from '../../../src/db/queries/home-reads.js';
import { loadCoordinatorViews, loadPartnershipDetails } from '../../../src/db/queries/partnership-batch.js';
import {
  isPartnershipVisible,
  loadPartnershipListData,
  pageOfManageablePartnerships,
  pageOfVisiblePartnerships,
  rolesOfUserIn,
} from '../../../src/db/queries/partnership-pages.js';
import { getPartnershipByCode, loadActor } from '../../../src/db/queries/partnerships.js';
import { listSchedulesToPlan } from '../../../src/db/queries/schedules.js';
import { openTestDb } from '../../support/db.js';
import {
  createGoal,
  createPartnership,
  createRole,
  createSchedule,
  createUnit,
  TEAM,
} from '../../support/factories.js';

/** Tables whose full scan would grow with every partnership ever made. */
const GUARDED = [
  'goals',
  'role_assignments',
  'deliveries',
  'evaluation_responses',
  'evaluation_invitations',
  'evaluation_cycles',
  'schedules',
];

interface Recorded {
  sql: string;
  args: unknown[];
}

/** Where the statements run now are recorded (statements prepared once are run again later). */
let recording: Recorded[] | undefined;
const patchedStatements = new WeakSet<object>();

/**
 * Runs `work`, recording every statement it runs with its arguments: those it prepares, and those
 * prepared once per connection before (the patch stays on the statement, recording while recording).
 */
function recordStatements(sqlite: Database.Database, work: () => void): Recorded[] {
  const recorded: Recorded[] = [];
  const original = sqlite.prepare.bind(sqlite);
  const patched = ((source: string) => {
    const statement = original(source);
    if (patchedStatements.has(statement)) return statement;
    patchedStatements.add(statement);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        recording?.push({ sql: source, args });
        return run(...args);
      };
    }
    // drizzle reads rows as arrays through `raw()`, which returns the statement itself.
    return statement;
  }) as typeof sqlite.prepare;
  sqlite.prepare = patched;
  recording = recorded;
  try {
    work();
  } finally {
    sqlite.prepare = original;
    recording = undefined;
  }
  return recorded;
}

/** The plan lines of one statement, e.g. `SEARCH g USING INDEX goals_partnership_idx (partnership_id=?)`. */
function planOf(sqlite: Database.Database, statement: Recorded): string[] {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.args) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail);
}

/**
 * Full scans of guarded tables, named by table or by the alias the statement gives them: a SCAN,
 * or a SEARCH narrowed only by the team or a status (every row of a team is a full scan too).
 */
function guardedScans(
  statement: Recorded,
  plan: readonly string[],
  guarded: readonly string[] = GUARDED,
): string[] {
  const names = new Set(guarded);
  for (const table of guarded) {
    for (const match of statement.sql.matchAll(new RegExp(`\\b${table}"?\\s+(?:as\\s+)?"?(\\w+)`, 'gi'))) {
      if (match[1]) names.add(match[1]);
    }
  }
  // The highest value of an index's next column after its equalities is one seek (SQLite's
  // min/max optimisation), though its plan reads like a search of the whole team.
  if (/^select max\("\w+"\) from "\w+" where "\w+"\."team_id" = \?$/i.test(statement.sql)) return [];
  return plan.filter((line) => {
    const scanned = /^SCAN (\w+)/.exec(line)?.[1];
    if (scanned !== undefined) return names.has(scanned);
    const searched = /^SEARCH (\w+) .*\((.*)\)$/.exec(line);
    if (!searched?.[1] || !names.has(searched[1])) return false;
    const constraints = (searched[2] ?? '').split(' AND ').map((c) => c.replace(/[=<>?].*$/, ''));
    return constraints.every((column) => column === 'team_id' || column === 'status');
  });
}

let opened: ReturnType<typeof openTestDb>;
let db: Db;

beforeEach(() => {
  opened = openTestDb();
  db = opened.db;
  // A little of everything, so the planner has real tables to choose between.
  const a = createUnit(db, { headUserId: 'UHEAD' });
  const b = createUnit(db);
  for (let i = 0; i < 5; i++) {
    const p = createPartnership(db, { unitIds: [a.id, b.id], coordinatorId: 'UCOORD' });
    createRole(db, { partnershipId: p.id, unitId: b.id, userId: 'UMAN', role: 'manager' });
    createGoal(db, {
      partnershipId: p.id,
      ownerUnitId: a.id,
      personInChargeId: 'UPIC',
      dueDate: '2026-01-01',
    });
    createSchedule(db, { partnershipId: p.id });
  }
});

afterEach(() => opened.cleanup());

describe('the hot queries', () => {
  it('never scan goals, roles, deliveries, responses or invitations in full', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const statements = recordStatements(opened.sqlite, () => {
      const page = pageOfVisiblePartnerships(db, {
        teamId: TEAM,
        userId: 'UMAN',
        isAdmin: true,
        page: 2,
        pageSize: 2,
      });
      const ids = page.rows.map((p) => p.id);
      loadPartnershipDetails(db, { teamId: TEAM, partnershipIds: ids });
      rolesOfUserIn(db, { teamId: TEAM, userId: 'UMAN', partnershipIds: ids });
      loadPartnershipListData(db, { teamId: TEAM, userId: 'UMAN', partnerships: page.rows });
      pageOfManageablePartnerships(db, { teamId: TEAM, userId: 'UCOORD', isAdmin: true, pageSize: 100 });
      partnershipsWithGaps(db, { teamId: TEAM, scope: 'all', now, limit: 1, countCap: 10 });
      pageOfGoalsInChargeOf(db, { teamId: TEAM, userId: 'UPIC', limit: 1 });
      listWaitingSurveys(db, { teamId: TEAM, userId: 'UMAN' });
      const found = getPartnershipByCode(db, { teamId: TEAM, code: 'PK-1' });
      loadActor(db, { teamId: TEAM, partnershipId: found?.id ?? 0, userId: 'UMAN', admins: [] });
    });
    // A person who is not an admin sees a few partnerships among many: reading them must not walk
    // the team's partnerships either, but go from their roles, units and goals by primary key.
    const personal = recordStatements(opened.sqlite, () => {
      const page = pageOfVisiblePartnerships(db, {
        teamId: TEAM,
        userId: 'UMAN',
        isAdmin: false,
        page: 2,
        pageSize: 2,
        openOnly: true,
      });
      const ids = page.rows.map((p) => p.id);
      loadPartnershipDetails(db, { teamId: TEAM, partnershipIds: ids });
      rolesOfUserIn(db, { teamId: TEAM, userId: 'UMAN', partnershipIds: ids });
      loadPartnershipListData(db, { teamId: TEAM, userId: 'UMAN', partnerships: page.rows });
      pageOfManageablePartnerships(db, { teamId: TEAM, userId: 'UCOORD', isAdmin: false, pageSize: 100 });
      partnershipsWithGaps(db, { teamId: TEAM, scope: ids, now, limit: 1, countCap: 10 });
      isPartnershipVisible(db, { teamId: TEAM, userId: 'UHEAD', partnershipId: 1 });
      // App Home's coordinator section: what they coordinate, what has lines, those read, gaps.
      const coordinated = listOpenCoordinatedIds(db, { teamId: TEAM, userId: 'UCOORD' });
      const shown = coordinatorLinesOf(db, { teamId: TEAM, partnershipIds: coordinated });
      loadCoordinatorViews(db, { teamId: TEAM, partnershipIds: shown.map((p) => p.id) });
      partnershipsWithGaps(db, {
        teamId: TEAM,
        scope: coordinated,
        now,
        limit: 1,
        countCap: 10,
      });
    });
    if (process.env.SHOW_PLANS)
      for (const s of [...statements, ...personal])
        console.log(s.sql.slice(0, 160), '\n   ', planOf(opened.sqlite, s).join('\n    '));
    expect(statements.length).toBeGreaterThan(10);
    expect(personal.length).toBeGreaterThan(8);
    const problemsOf = (recorded: readonly Recorded[], guarded: readonly string[]) =>
      recorded.flatMap((statement) => {
        const scans = guardedScans(statement, planOf(opened.sqlite, statement), guarded);
        return scans.length > 0 ? [`${scans.join('; ')}\n  in: ${statement.sql}`] : [];
      });
    expect(problemsOf(statements, GUARDED)).toEqual([]);
    expect(problemsOf(personal, [...GUARDED, 'partnerships'])).toEqual([]);
  });

  it('finds the schedules a tick must plan through an index, not by reading every schedule', () => {
    const statements = recordStatements(opened.sqlite, () => {
      listSchedulesToPlan(db, { now: new Date('2026-03-02T02:00:00Z') });
    });
    expect(statements).toHaveLength(1);
    const plan = planOf(opened.sqlite, statements[0] as Recorded);
    expect(guardedScans(statements[0] as Recorded, plan, ['schedules'])).toEqual([]);
    expect(plan.join(' ')).toContain('schedules_status_next_due_idx');
  });

  it('would notice a full scan, or a search of a whole team (the check itself can fail)', () => {
    const partnershipsOfTeam = {
      sql: 'select * from partnerships where team_id = ? and name = ? order by seq',
      args: [TEAM, 'x'],
    };
    expect(
      guardedScans(partnershipsOfTeam, planOf(opened.sqlite, partnershipsOfTeam), ['partnerships']),
    ).not.toEqual([]);
    const scan = { sql: 'select count(*) from goals where title = ?', args: ['x'] };
    expect(guardedScans(scan, planOf(opened.sqlite, scan))).not.toEqual([]);
    const team = { sql: 'select * from goals g where g.team_id = ? and g.title = ?', args: [TEAM, 'x'] };
    expect(guardedScans(team, planOf(opened.sqlite, team))).not.toEqual([]);
  });
});
