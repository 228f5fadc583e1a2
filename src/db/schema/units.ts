import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, teamId, updatedAt } from './columns.js';

/** A unit kerja: the organisational unit that joins partnerships. Managed by admins. */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    headUserId: text('head_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('units_team_code_uq').on(t.teamId, t.code)],
);

export type Unit = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;
