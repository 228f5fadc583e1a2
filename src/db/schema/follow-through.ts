import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ACTION_ITEM_SOURCES,
  ACTION_ITEM_STATUSES,
  type ActionItemSource,
  type ActionItemStatus,
  CHASE_KINDS,
  type ChaseKind,
  DUE_DATE_REQUEST_STATUSES,
  type DueDateRequestStatus,
  ESCALATION_SUBJECTS,
  type EscalationSubject,
} from '../../domain/enums.js';
import { calendarDate, createdAt, instant, teamId, updatedAt } from './columns.js';
import { goals, partnerships } from './partnerships.js';
import { deliveries } from './schedules.js';
import { units } from './units.js';

export {
  ACTION_ITEM_SOURCES,
  ACTION_ITEM_STATUSES,
  type ActionItemSource,
  type ActionItemStatus,
  CHASE_KINDS,
  type ChaseKind,
  DUE_DATE_REQUEST_STATUSES,
  type DueDateRequestStatus,
  ESCALATION_SUBJECTS,
  type EscalationSubject,
};

/** The notes (notulen) of one meeting or check-in: one set per reminder delivery, edited in place. */
export const meetingNotes = sqliteTable(
  'meeting_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    /** The reminder the meeting was announced by; its thread holds the posted notes. */
    deliveryId: integer('delivery_id').references(() => deliveries.id, { onDelete: 'set null' }),
    meetingDate: calendarDate('meeting_date').notNull(),
    attendees: text('attendees', { mode: 'json' }).$type<string[]>().notNull().default([]),
    decisions: text('decisions', { mode: 'json' }).$type<string[]>().notNull().default([]),
    channelId: text('channel_id'),
    threadTs: text('thread_ts'),
    /** The posted notes in the reminder's thread, updated when the notes are edited. */
    messageTs: text('message_ts'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('meeting_notes_delivery_uq').on(t.deliveryId),
    index('meeting_notes_partnership_idx').on(t.teamId, t.partnershipId, t.meetingDate),
  ],
);

/** An action item (tindak lanjut): what, who, by when, and what became of it. */
export const actionItems = sqliteTable(
  'action_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    what: text('what').notNull(),
    ownerUserId: text('owner_user_id').notNull(),
    ownerUnitId: integer('owner_unit_id').references(() => units.id),
    dueDate: calendarDate('due_date').notNull(),
    status: text('status', { enum: ACTION_ITEM_STATUSES }).notNull().default('open'),
    note: text('note'),
    evidenceUrl: text('evidence_url'),
    source: text('source', { enum: ACTION_ITEM_SOURCES }).notNull(),
    /** A permalink to the message, or the notes' or summary's message. */
    sourceLink: text('source_link'),
    notesId: integer('notes_id').references(() => meetingNotes.id, { onDelete: 'set null' }),
    /** For items from an evaluation summary: the cycle and the dimension that needed attention. */
    cycleId: integer('cycle_id'),
    dimension: text('dimension'),
    requestedDueDate: calendarDate('requested_due_date'),
    requestReason: text('request_reason'),
    requestStatus: text('request_status', { enum: DUE_DATE_REQUEST_STATUSES }),
    doneAt: instant('done_at'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('action_items_partnership_idx').on(t.teamId, t.partnershipId, t.status, t.dueDate),
    index('action_items_owner_idx').on(t.teamId, t.ownerUserId, t.status),
    index('action_items_status_due_idx').on(t.status, t.dueDate),
    index('action_items_notes_idx').on(t.notesId),
  ],
);

/**
 * One chasing DM per item, kind and due date: the unique index is the claim that makes it go out
 * once across processes. A new due date is chased afresh.
 */
export const actionItemChases = sqliteTable(
  'action_item_chases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    actionItemId: integer('action_item_id')
      .notNull()
      .references(() => actionItems.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CHASE_KINDS }).notNull(),
    dueDate: calendarDate('due_date').notNull(),
    claimedBy: text('claimed_by').notNull(),
    claimedAt: instant('claimed_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (t) => [uniqueIndex('action_item_chases_uq').on(t.actionItemId, t.kind, t.dueDate)],
);

/** An escalation to managers, recorded once per subject (`subjectKey`), with whom it went to. */
export const escalations = sqliteTable(
  'escalations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    subject: text('subject', { enum: ESCALATION_SUBJECTS }).notNull(),
    actionItemId: integer('action_item_id').references(() => actionItems.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id').references(() => goals.id, { onDelete: 'cascade' }),
    /** What makes it one escalation, e.g. `item:12:2026-03-02` or `goal:5:41`. */
    subjectKey: text('subject_key').notNull(),
    recipients: text('recipients', { mode: 'json' }).$type<string[]>().notNull(),
    claimedBy: text('claimed_by').notNull(),
    escalatedAt: instant('escalated_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('escalations_subject_uq').on(t.teamId, t.subjectKey),
    index('escalations_partnership_idx').on(t.teamId, t.partnershipId, t.escalatedAt),
  ],
);

/** A person's leave (cuti): no nudges, not a non-responder, escalations to the delegate. */
export const leaves = sqliteTable(
  'leaves',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: teamId(),
    userId: text('user_id').notNull(),
    fromDate: calendarDate('from_date').notNull(),
    toDate: calendarDate('to_date').notNull(),
    delegateUserId: text('delegate_user_id'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('leaves_team_user_idx').on(t.teamId, t.userId, t.toDate)],
);

export type MeetingNotes = typeof meetingNotes.$inferSelect;
export type ActionItem = typeof actionItems.$inferSelect;
export type NewActionItem = typeof actionItems.$inferInsert;
export type ActionItemChase = typeof actionItemChases.$inferSelect;
export type Escalation = typeof escalations.$inferSelect;
export type Leave = typeof leaves.$inferSelect;
