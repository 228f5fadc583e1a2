/**
 * Statements prepared once per connection, for the reads behind every page and App Home: drizzle
 * builds their SQL once instead of on each call, which was most of what a page allocated (and so
 * of the garbage collection that holds other people's requests). A list of ids is bound as one
 * JSON array (`idsIn`), so a page of any size uses the same statement.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client.js';

const statements = new WeakMap<Db, Map<string, unknown>>();

/** The statement `key` of this connection, built by `build` the first time it is asked for. */
export function preparedOnce<T>(db: Db, key: string, build: () => T): T {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build();
    cache.set(key, statement);
  }
  return statement;
}

/** `column IN` the ids bound (with {@link idList}) to the placeholder `name`. */
export function idsIn(column: SQLiteColumn, name = 'ids'): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;
}

/** A list of ids as the value bound to an {@link idsIn} placeholder. */
export function idList(ids: readonly number[]): string {
  return JSON.stringify(ids);
}

/** The placeholder `name`, for a value bound when the prepared statement runs. */
export const bound = (name: string) => sql.placeholder(name);
