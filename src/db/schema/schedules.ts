import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CADENCES,
  type Cadence,
  DELIVERY_STATUSES,
  type DeliveryStatus,
  SCHEDULE_KINDS,
  SCHEDULE_STATUSES,
  type ScheduleKind,
  type ScheduleStatus,
} from '../../domain/enums.js';
import { calendarDate, createdAt, instant, teamId, updatedAt } from './columns.js';
import { partnerships, type Role } from './partnerships.js';

export {
  CADENCES,
  type Cadence,
  DELIVERY_STATUSES,
  type DeliveryStatus,
  SCHEDULE_KINDS,
  SCHEDULE_STATUSES,
  type ScheduleKind,
  type ScheduleStatus,
};

export const schedules = sqliteTable(
  'schedules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SCHEDULE_KINDS }).notNull(),
    cadence: text('cadence', { enum: CADENCES }).notNull(),
    /** Weekdays 0 (Sunday) – 6 (Saturday), for `weekly` and `biweekly`. */
    weekdays: text('weekdays', { mode: 'json' }).$type<number[]>(),
    dayOfMonth: integer('day_of_month'),
    nth: integer('nth'),
    nthWeekday: integer('nth_weekday'),
    cronExpression: text('cron_expression'),
    anchorDate: calendarDate('anchor_date'),
    /** Local time of day, `HH:MM`, in `timeZone`. */
    timeOfDay: text('time_of_day').notNull(),
    timeZone: text('time_zone').notNull(),
    /** Null means the partnership's shared channel. */
    channelId: text('channel_id'),
    message: text('message'),
    mentionRoles: text('mention_roles', { mode: 'json' }).$type<Role[]>().notNull().default([]),
    skipHolidays: integer('skip_holidays', { mode: 'boolean' }).notNull().default(true),
    status: text('status', { enum: SCHEDULE_STATUSES }).notNull().default('active'),
    pausedReason: text('paused_reason'),
    /** Watermark: every due time up to here has a delivery row. Missed runs are found from it. */
    lastRunAt: instant('last_run_at'),
    /**
     * When the schedule is next due after its watermark, kept by the planner; null when not known
     * yet (a new or changed schedule). A quiet tick reads only the schedules due by now or unknown.
     */
    nextDueAt: instant('next_due_at'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('schedules_partnership_idx').on(t.partnershipId),
    index('schedules_team_status_idx').on(t.teamId, t.status),
    index('schedules_team_partnership_idx').on(t.teamId, t.partnershipId),
    index('schedules_status_next_due_idx').on(t.status, t.nextDueAt),
  ],
);

/** One row per schedule per due time: the unique index is what makes a reminder post exactly once. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    scheduleId: integer('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    dueAt: instant('due_at').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    /** Which process claimed the delivery, and when: a stale claim is resolved, not re-posted blindly. */
    claimedBy: text('claimed_by'),
    claimedAt: instant('claimed_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    skipReason: text('skip_reason'),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    channelId: text('channel_id'),
    messageTs: text('message_ts'),
    sentAt: instant('sent_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('deliveries_schedule_due_uq').on(t.scheduleId, t.dueAt),
    index('deliveries_status_idx').on(t.status, t.dueAt),
    // A partnership's delivery problems (failed, retrying, missed), found per schedule by status.
    index('deliveries_schedule_status_idx').on(t.scheduleId, t.status, t.dueAt),
  ],
);

export type Schedule = typeof schedules.$inferSelect;
export type NewSchedule = typeof schedules.$inferInsert;
export type Delivery = typeof deliveries.$inferSelect;
