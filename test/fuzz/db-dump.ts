import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';

/** Every row of every table, to tell whether a refused request changed anything. */
export function dump(db: Db): string {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' order by name`,
  );
  return JSON.stringify(tables.map(({ name }) => [name, db.all(sql.raw(`select * from "${name}"`))]));
}
