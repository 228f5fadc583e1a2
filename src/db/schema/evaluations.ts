import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CYCLE_STATUSES,
  type CycleStatus,
  EVALUATION_DIMENSIONS,
  type EvaluationDimension,
} from '../../domain/enums.js';
import type { CycleSummary } from '../../domain/evaluation-stats.js';
import { createdAt, instant, teamId, updatedAt } from './columns.js';
import { partnerships } from './partnerships.js';
import { schedules } from './schedules.js';
import { units } from './units.js';

export { CYCLE_STATUSES, type CycleStatus, EVALUATION_DIMENSIONS, type EvaluationDimension };

export const evaluationCycles = sqliteTable(
  'evaluation_cycles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    scheduleId: integer('schedule_id').references(() => schedules.id, { onDelete: 'set null' }),
    status: text('status', { enum: CYCLE_STATUSES }).notNull().default('open'),
    openedBy: text('opened_by').notNull(),
    openedAt: instant('opened_at').notNull(),
    closesAt: instant('closes_at').notNull(),
    /** When non-responders are reminded (default: a day before closing); `remindedAt` once done. */
    remindAt: instant('remind_at'),
    remindedAt: instant('reminded_at'),
    closedAt: instant('closed_at'),
    claimedBy: text('claimed_by'),
    claimedAt: instant('claimed_at'),
    channelId: text('channel_id').notNull(),
    promptTs: text('prompt_ts'),
    summaryTs: text('summary_ts'),
    /**
     * The statistics computed once at close (`CycleSummary`): the summary, `/mitra laporan`, the
     * trend and the export all read this, so they agree with what was posted in the channel.
     */
    summaryJson: text('summary_json', { mode: 'json' }).$type<CycleSummary>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('evaluation_cycles_partnership_idx').on(t.partnershipId, t.openedAt),
    index('evaluation_cycles_status_idx').on(t.status, t.closesAt),
    // The latest closed cycle (or the open ones) of a page of partnerships.
    index('evaluation_cycles_partnership_status_idx').on(t.partnershipId, t.status, t.closesAt),
  ],
);

export const evaluationInvitations = sqliteTable(
  'evaluation_invitations',
  {
    teamId: teamId(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    dmChannelId: text('dm_channel_id'),
    dmTs: text('dm_ts'),
    remindedAt: instant('reminded_at'),
    invitedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.userId] }),
    index('evaluation_invitations_user_idx').on(t.teamId, t.userId),
  ],
);

export const evaluationResponses = sqliteTable(
  'evaluation_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => evaluationCycles.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    coordination: integer('coordination').notNull(),
    communication: integer('communication').notNull(),
    collaboration: integer('collaboration').notNull(),
    efficiency: integer('efficiency').notNull(),
    satisfaction: integer('satisfaction').notNull(),
    trust: integer('trust').notNull(),
    roleClarity: integer('role_clarity').notNull(),
    whatWorks: text('what_works'),
    whatToImprove: text('what_to_improve'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('evaluation_responses_cycle_user_uq').on(t.cycleId, t.userId)],
);

export type EvaluationCycle = typeof evaluationCycles.$inferSelect;
export type EvaluationInvitation = typeof evaluationInvitations.$inferSelect;
export type EvaluationResponse = typeof evaluationResponses.$inferSelect;
export type NewEvaluationResponse = typeof evaluationResponses.$inferInsert;
