import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EVIDENCE_KINDS } from '../../domain/evidence.js';
import { createdAt, teamId, updatedAt } from './columns.js';
import { goals, progressUpdates } from './partnerships.js';

/**
 * A goal's targets for the January–December fiscal year: one row per quarter (1–4) and/or one for
 * the year as a whole (quarter 0, `ANNUAL`). A goal may have only the annual target; a quarter
 * without its own target is measured against the annual one (`targetForQuarter`).
 */
export const goalTargets = sqliteTable(
  'goal_targets',
  {
    teamId: teamId(),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** 1–4 for a quarter (triwulan I–IV), 0 for the annual target. */
    quarter: integer('quarter').notNull(),
    value: real('value').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.year, t.quarter] }),
    check('goal_targets_quarter_ck', sql`${t.quarter} between 0 and 4`),
  ],
);

/** Evidence (eviden, bukti dukung) attached to a progress update: links, in the order given. */
export const progressEvidence = sqliteTable(
  'progress_evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    progressUpdateId: integer('progress_update_id')
      .notNull()
      .references(() => progressUpdates.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull().default('link'),
    url: text('url').notNull(),
    /** What the link is, as its author named it ("Notula rapat 12 Agustus"); null shows the URL. */
    label: text('label'),
    createdAt: createdAt(),
  },
  (t) => [index('progress_evidence_update_idx').on(t.progressUpdateId)],
);

export type GoalTargetRow = typeof goalTargets.$inferSelect;
export type NewGoalTarget = typeof goalTargets.$inferInsert;
export type ProgressEvidence = typeof progressEvidence.$inferSelect;
export type NewProgressEvidence = typeof progressEvidence.$inferInsert;
