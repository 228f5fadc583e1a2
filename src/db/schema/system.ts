import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { calendarDate, createdAt, instant, teamId } from './columns.js';

/** Dates admins add on top of the national holidays from `date-holidays` (cuti bersama and the like). */
export const holidays = sqliteTable(
  'holidays',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    date: calendarDate('date').notNull(),
    name: text('name').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('holidays_team_date_uq').on(t.teamId, t.date)],
);

/** Who changed what, when, with the row before and after (JSON). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    actorUserId: text('actor_user_id').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    partnershipId: integer('partnership_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: instant('at').notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.teamId, t.entityType, t.entityId),
    index('audit_log_partnership_idx').on(t.partnershipId, t.at),
  ],
);

/** Slack retries events it thinks we missed; an event id seen before is not processed twice. */
export const processedEvents = sqliteTable(
  'processed_events',
  {
    teamId: teamId(),
    eventId: text('event_id').notNull(),
    receivedAt: instant('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.eventId] })],
);

export type Holiday = typeof holidays.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
