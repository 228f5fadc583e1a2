/**
 * The closed lists of the domain, each defined once: the schema builds its enum columns from them,
 * the catalog its labels, the forms their options.
 */

export const PARTNERSHIP_STATUSES = ['active', 'paused', 'closed'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const GOAL_STATUSES = ['on_track', 'at_risk', 'off_track', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ROLES = ['coordinator', 'liaison', 'member', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/**
 * `realisation` asks each goal's person in charge, by DM, for the quarter's realisation in the last
 * week of a quarter, and again in the first week of the next if it is still missing.
 */
export const SCHEDULE_KINDS = ['checkin', 'meeting', 'progress', 'evaluation', 'realisation'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/**
 * How often a schedule runs. `workdays` is Monday–Friday; `weekly` and `biweekly` use `weekdays`
 * (`biweekly` counts weeks from `anchorDate`); `monthly_day` uses `dayOfMonth`; `monthly_nth` uses
 * `nth` (1–4, or -1 for the last) and `nthWeekday`; `cron` uses `cronExpression`.
 */
export const CADENCES = ['workdays', 'weekly', 'biweekly', 'monthly_day', 'monthly_nth', 'cron'] as const;
export type Cadence = (typeof CADENCES)[number];

export const SCHEDULE_STATUSES = ['active', 'paused'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What the survey measures: the five benefits of the brief, plus trust and role clarity. */
export const EVALUATION_DIMENSIONS = [
  'coordination',
  'communication',
  'collaboration',
  'efficiency',
  'satisfaction',
  'trust',
  'roleClarity',
] as const;
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];

/** `closing` is claimed by one process while it posts the summary, so the summary posts once. */
export const CYCLE_STATUSES = ['open', 'closing', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Who the audit log and the charter name when Mitra itself made a change (a job, not a person). */
export const SYSTEM_ACTOR = 'mitra';

/** An action item (tindak lanjut) is open until its owner marks it done. */
export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Where an action item came from: meeting notes, a message (the shortcut) or an evaluation summary. */
export const ACTION_ITEM_SOURCES = ['notes', 'message', 'evaluation'] as const;
export type ActionItemSource = (typeof ACTION_ITEM_SOURCES)[number];

/** An owner's request for a new due date, until a coordinator decides. */
export const DUE_DATE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DueDateRequestStatus = (typeof DUE_DATE_REQUEST_STATUSES)[number];

/** The two DMs that chase an owner: the workday before the due date, and once overdue. */
export const CHASE_KINDS = ['due_soon', 'overdue'] as const;
export type ChaseKind = (typeof CHASE_KINDS)[number];

/** What is escalated to the managers: an overdue action item, or a goal at risk twice in a row. */
export const ESCALATION_SUBJECTS = ['item', 'goal'] as const;
export type EscalationSubject = (typeof ESCALATION_SUBJECTS)[number];
