import { sql } from 'drizzle-orm';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';

/** How long without a finished scheduler tick before `/healthz` says the scheduler is not recent. */
export const TICK_RECENT_MS = 2 * 60 * 1000;

/** What `/healthz` reports besides the database: filled in by the scheduler, read by the route. */
export interface Health {
  lastTick: Date | undefined;
  tickFinished(at: Date): void;
}

export function createHealth(): Health {
  const health: Health = {
    lastTick: undefined,
    tickFinished(at) {
      health.lastTick = at;
    },
  };
  return health;
}

export interface HealthReport {
  ok: boolean;
  database: 'ok' | 'unwritable';
  scheduler: { lastTick: string | null; recent: boolean };
}

/**
 * Ready means the database can be written, checked with a real committed write: rewriting the
 * header's `user_version` (which nothing else uses) appends a page to the WAL, so a full disk or
 * a read-only file shows up here instead of as submissions that fail. One page, well under 1 ms.
 */
export function checkHealth(db: Db, health: Health, clock: Clock): HealthReport {
  let writable = true;
  try {
    const row = db.get<{ user_version: number }>(sql`PRAGMA user_version`);
    const version = Number(row?.user_version);
    db.run(sql.raw(`PRAGMA user_version = ${Number.isSafeInteger(version) ? version : 0}`));
  } catch {
    writable = false;
  }
  const last = health.lastTick;
  return {
    ok: writable,
    database: writable ? 'ok' : 'unwritable',
    scheduler: {
      lastTick: last ? last.toISOString() : null,
      recent: last !== undefined && clock().getTime() - last.getTime() <= TICK_RECENT_MS,
    },
  };
}
