import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { INDICATOR_DIRECTIONS } from '../../domain/capaian.js';
import {
  GOAL_STATUSES,
  type GoalStatus,
  PARTNERSHIP_STATUSES,
  type PartnershipStatus,
  ROLES,
  type Role,
} from '../../domain/enums.js';
import { calendarDate, createdAt, teamId, updatedAt } from './columns.js';
import { units } from './units.js';

export { GOAL_STATUSES, type GoalStatus, PARTNERSHIP_STATUSES, type PartnershipStatus, ROLES, type Role };

export const partnerships = sqliteTable(
  'partnerships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    /** Short code shown everywhere, e.g. `PK-3`; `seq` is its number within the team. */
    code: text('code').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    template: text('template'),
    leadUnitId: integer('lead_unit_id')
      .notNull()
      .references(() => units.id),
    channelId: text('channel_id').notNull(),
    /** The charter message, updated in place whenever the partnership changes. */
    charterTs: text('charter_ts'),
    startDate: calendarDate('start_date').notNull(),
    reviewDate: calendarDate('review_date'),
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: PARTNERSHIP_STATUSES }).notNull().default('active'),
    /** An overdue action item is escalated to its unit's manager after this many workdays. */
    escalationWorkdays: integer('escalation_workdays').notNull().default(5),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('partnerships_team_code_uq').on(t.teamId, t.code),
    uniqueIndex('partnerships_team_seq_uq').on(t.teamId, t.seq),
    index('partnerships_team_channel_idx').on(t.teamId, t.channelId),
  ],
);

/** The units taking part in a partnership (two or more; the lead unit is one of them). */
export const partnershipUnits = sqliteTable(
  'partnership_units',
  {
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    joinedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.unitId] }),
    index('partnership_units_unit_idx').on(t.unitId),
  ],
);

export const goals = sqliteTable(
  'goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    indicator: text('indicator').notNull(),
    /** The indicator's reference in a unit's Perjanjian Kinerja, e.g. code `IKU 2.1` and its wording. */
    ikuCode: text('iku_code'),
    ikuText: text('iku_text'),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull().default('higher'),
    baseline: real('baseline'),
    /**
     * The end target as first entered. Targets per year and quarter live in `goal_targets`; the
     * `quarterly_backfill` migration copied this value there as the annual target.
     */
    target: real('target'),
    measureUnit: text('measure_unit'),
    dueDate: calendarDate('due_date'),
    ownerUnitId: integer('owner_unit_id').references(() => units.id),
    personInChargeId: text('person_in_charge_id'),
    /** Denormalised from the latest progress update so lists need no extra query. */
    currentValue: real('current_value'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('on_track'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('goals_partnership_idx').on(t.partnershipId),
    index('goals_team_person_idx').on(t.teamId, t.personInChargeId),
    // Lists read the goals of a page of partnerships: team and partnership together, so the
    // planner never walks every goal of the team.
    index('goals_team_partnership_idx').on(t.teamId, t.partnershipId, t.dueDate),
  ],
);

export const progressUpdates = sqliteTable(
  'progress_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    /** The realisation (realisasi) reported. */
    value: real('value'),
    status: text('status', { enum: GOAL_STATUSES }).notNull(),
    note: text('note'),
    /**
     * The quarter (1–4) of `year` the update reports on. Nullable only so that rows written before
     * the reporting columns existed stay valid; the backfill migration filled them from the date.
     */
    year: integer('year'),
    quarter: integer('quarter'),
    /** Kendala: what held the goal back this quarter. */
    obstacles: text('obstacles'),
    /** Upaya tindak lanjut: what will be done about it. */
    followUpActions: text('follow_up_actions'),
    userId: text('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('progress_updates_goal_idx').on(t.goalId, t.createdAt),
    index('progress_updates_goal_quarter_idx').on(t.goalId, t.year, t.quarter),
  ],
);

export const roleAssignments = sqliteTable(
  'role_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    userId: text('user_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    responsibilities: text('responsibilities'),
    assignedBy: text('assigned_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('role_assignments_uq').on(t.partnershipId, t.userId, t.unitId, t.role),
    // A person's roles without reading the rows: in one partnership (a seek), or in all of them
    // (whom they coordinate is counted and listed from the index alone).
    index('role_assignments_team_user_partnership_idx').on(t.teamId, t.userId, t.partnershipId, t.role),
    index('role_assignments_team_partnership_idx').on(t.teamId, t.partnershipId),
    // "Does this unit have a liaison / a manager?": the accountability gaps, per unit.
    index('role_assignments_unit_role_idx').on(t.partnershipId, t.unitId, t.role),
  ],
);

export type Partnership = typeof partnerships.$inferSelect;
export type NewPartnership = typeof partnerships.$inferInsert;
export type PartnershipUnit = typeof partnershipUnits.$inferSelect;
export type Goal = typeof goals.$inferSelect;
export type NewGoal = typeof goals.$inferInsert;
export type ProgressUpdate = typeof progressUpdates.$inferSelect;
export type RoleAssignment = typeof roleAssignments.$inferSelect;
export type NewRoleAssignment = typeof roleAssignments.$inferInsert;
