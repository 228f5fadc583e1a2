/**
 * The quarterly reporting migrations (0002 schema, 0003 backfill) on a database that was built by
 * 0000/0001 and holds goals and progress in the old shape: each goal's single target becomes its
 * annual target, each progress update lands in the quarter of its date in the partnership's zone.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../../src/db/schema/index.js';

const DRIZZLE = new URL('../../../drizzle/', import.meta.url).pathname;
const OLD_TAGS = ['0000_init', '0001_list_indexes'];

/** A migrations folder holding only the migrations that landed before quarterly reporting. */
function oldMigrationsFolder(dir: string): string {
  const folder = join(dir, 'old');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(DRIZZLE, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.filter((entry) => OLD_TAGS.includes(entry.tag));
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const tag of OLD_TAGS) copyFileSync(join(DRIZZLE, `${tag}.sql`), join(folder, `${tag}.sql`));
  return folder;
}

const ms = (iso: string): number => new Date(iso).getTime();

let dir: string;
let sqlite: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mitra-migration-'));
  sqlite = new Database(join(dir, 'old.db'));
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: oldMigrationsFolder(dir) });
  seedOldShape(sqlite);
});

afterEach(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows as the app wrote them before 0002, through plain SQL on the old tables. */
function seedOldShape(db: Database.Database): void {
  const created = ms('2025-06-01T00:00:00Z');
  db.prepare(
    `insert into units (id, team_id, code, name, created_at, updated_at) values (1, 'T1', 'REN', 'Perencanaan', ?, ?)`,
  ).run(created, created);
  const partnership = db.prepare(
    `insert into partnerships (id, team_id, code, seq, name, purpose, lead_unit_id, channel_id, start_date, time_zone, created_by, created_at, updated_at)
     values (?, 'T1', ?, ?, 'Kemitraan', 'Tujuan bersama', 1, 'C1', '2025-01-01', ?, 'U1', ?, ?)`,
  );
  partnership.run(1, 'PK-1', 1, 'Asia/Jakarta', created, created);
  partnership.run(2, 'PK-2', 2, 'Asia/Jayapura', created, created);
  partnership.run(3, 'PK-3', 3, 'Europe/Berlin', created, created);
  const goal = db.prepare(
    `insert into goals (id, team_id, partnership_id, title, indicator, baseline, target, measure_unit, due_date, current_value, status, created_by, created_at, updated_at)
     values (?, 'T1', ?, ?, 'Indikator', 10, ?, '%', ?, ?, 'on_track', 'U1', ?, ?)`,
  );
  // Due date decides the year of the annual target.
  goal.run(1, 1, 'Dengan tenggat', 80, '2026-12-31', 55, created, created);
  // No due date: the year it was created, in the partnership's zone (31 Dec 18:00 UTC is 1 Jan in WIB).
  goal.run(2, 1, 'Tanpa tenggat', 12.5, null, null, ms('2025-12-31T18:00:00Z'), created);
  // No target: no target row.
  goal.run(3, 2, 'Tanpa target', null, '2026-06-30', null, created, created);
  // A zone the backfill does not list is read as UTC.
  goal.run(4, 3, 'Zona lain', 4, null, null, ms('2025-12-31T18:00:00Z'), created);
  const progress = db.prepare(
    `insert into progress_updates (id, team_id, goal_id, value, status, note, user_id, created_at) values (?, 'T1', ?, ?, ?, ?, 'U2', ?)`,
  );
  progress.run(1, 1, 20, 'on_track', 'Awal', ms('2026-02-15T03:00:00Z'));
  // 31 March 17:30 UTC is 1 April 00:30 WIB: the second quarter.
  progress.run(2, 1, 40, 'at_risk', null, ms('2026-03-31T17:30:00Z'));
  // 30 June 15:30 UTC is 1 July 00:30 WIT: the third quarter.
  progress.run(3, 3, null, 'off_track', 'Tertunda', ms('2026-06-30T15:30:00Z'));
  // 31 December 2025 22:00 UTC stays in 2025 when read as UTC.
  progress.run(4, 4, 2, 'done', null, ms('2025-12-31T22:00:00Z'));
}

function migrateToCurrent() {
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: DRIZZLE });
  return db;
}

describe('quarterly reporting migrations on old-shape rows', () => {
  it('makes each single target the annual target of the due year, else the created year', () => {
    const db = migrateToCurrent();
    const targets = db
      .select({
        teamId: schema.goalTargets.teamId,
        goalId: schema.goalTargets.goalId,
        year: schema.goalTargets.year,
        quarter: schema.goalTargets.quarter,
        value: schema.goalTargets.value,
      })
      .from(schema.goalTargets)
      .orderBy(asc(schema.goalTargets.goalId))
      .all();
    expect(targets).toEqual([
      { teamId: 'T1', goalId: 1, year: 2026, quarter: 0, value: 80 },
      { teamId: 'T1', goalId: 2, year: 2026, quarter: 0, value: 12.5 },
      { teamId: 'T1', goalId: 4, year: 2025, quarter: 0, value: 4 },
    ]);
  });

  it('puts each progress update in the quarter of its date in the partnership zone, keeping its values', () => {
    const db = migrateToCurrent();
    const rows = db
      .select({
        id: schema.progressUpdates.id,
        year: schema.progressUpdates.year,
        quarter: schema.progressUpdates.quarter,
        value: schema.progressUpdates.value,
        status: schema.progressUpdates.status,
        note: schema.progressUpdates.note,
        obstacles: schema.progressUpdates.obstacles,
        followUpActions: schema.progressUpdates.followUpActions,
      })
      .from(schema.progressUpdates)
      .orderBy(asc(schema.progressUpdates.id))
      .all();
    expect(rows).toEqual([
      {
        id: 1,
        year: 2026,
        quarter: 1,
        value: 20,
        status: 'on_track',
        note: 'Awal',
        obstacles: null,
        followUpActions: null,
      },
      {
        id: 2,
        year: 2026,
        quarter: 2,
        value: 40,
        status: 'at_risk',
        note: null,
        obstacles: null,
        followUpActions: null,
      },
      {
        id: 3,
        year: 2026,
        quarter: 3,
        value: null,
        status: 'off_track',
        note: 'Tertunda',
        obstacles: null,
        followUpActions: null,
      },
      {
        id: 4,
        year: 2025,
        quarter: 4,
        value: 2,
        status: 'done',
        note: null,
        obstacles: null,
        followUpActions: null,
      },
    ]);
  });

  it('keeps old goals readable with the new columns: higher is better, no IKU reference, target kept', () => {
    const db = migrateToCurrent();
    const goal = db.select().from(schema.goals).where(eq(schema.goals.id, 1)).get();
    expect(goal).toMatchObject({
      title: 'Dengan tenggat',
      target: 80,
      currentValue: 55,
      direction: 'higher',
      ikuCode: null,
      ikuText: null,
    });
  });

  it('accepts new rows of the new shape and refuses a quarter outside 0–4', () => {
    const db = migrateToCurrent();
    db.insert(schema.goalTargets)
      .values({ teamId: 'T1', goalId: 1, year: 2026, quarter: 3, value: 60 })
      .run();
    expect(() =>
      db
        .insert(schema.goalTargets)
        .values({ teamId: 'T1', goalId: 1, year: 2026, quarter: 5, value: 1 })
        .run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .insert(schema.goalTargets)
        .values({ teamId: 'T1', goalId: 1, year: 2026, quarter: 3, value: 2 })
        .run(),
    ).toThrow(/UNIQUE constraint failed/);
    db.insert(schema.progressEvidence)
      .values({ teamId: 'T1', progressUpdateId: 2, url: 'https://example.go.id/notula.pdf', label: 'Notula' })
      .run();
    const evidence = db.select().from(schema.progressEvidence).all();
    expect(evidence).toMatchObject([{ progressUpdateId: 2, kind: 'link', label: 'Notula' }]);
  });

  it('removes a goal’s targets and its progress evidence with the goal', () => {
    const db = migrateToCurrent();
    db.insert(schema.progressEvidence)
      .values({ teamId: 'T1', progressUpdateId: 1, url: 'https://example.go.id/a' })
      .run();
    db.delete(schema.goals).where(eq(schema.goals.id, 1)).run();
    expect(
      db
        .select()
        .from(schema.goalTargets)
        .all()
        .map((t) => t.goalId),
    ).toEqual([2, 4]);
    expect(db.select().from(schema.progressEvidence).all()).toEqual([]);
  });

  it('changes nothing when the migrations are applied again', () => {
    const db = migrateToCurrent();
    // Applying the migrations again is a no-op: drizzle records what ran.
    migrate(db, { migrationsFolder: DRIZZLE });
    expect(db.select().from(schema.goalTargets).all()).toHaveLength(3);
  });
});
