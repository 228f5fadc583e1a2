/**
 * The metadata key of every message Mitra must post exactly once (see `postOnce`). Each names the
 * row it belongs to, so a message found in a channel's or DM's history answers "was it posted?".
 */
import { REMINDER_EVENT_TYPE } from '../../domain/reminders.js';
import type { PostKey } from './post.js';

export const SUMMARY_EVENT_TYPE = 'mitra_evaluation_summary';

/** A scheduled reminder: its delivery row. */
export function reminderKey(deliveryId: number): PostKey {
  return { eventType: REMINDER_EVENT_TYPE, payload: { delivery_id: deliveryId } };
}

/** The partnership's charter, posted once and then updated in place. */
export function charterKey(partnershipId: number): PostKey {
  return { eventType: 'mitra_charter', payload: { partnership_id: partnershipId } };
}

/** The evaluation prompt in the shared channel. */
export function promptKey(cycleId: number): PostKey {
  return { eventType: 'mitra_evaluation_prompt', payload: { cycle_id: cycleId } };
}

/** A manager's invitation DM to an evaluation (the DM itself names the person). */
export function invitationKey(cycleId: number): PostKey {
  return { eventType: 'mitra_evaluation_invitation', payload: { cycle_id: cycleId } };
}

/** The reminder DM to a manager who has not answered yet. */
export function nudgeKey(cycleId: number): PostKey {
  return { eventType: 'mitra_evaluation_reminder', payload: { cycle_id: cycleId } };
}

/** The quarter-end DM asking a goal's person in charge for the quarter's realisation (one per round). */
export function realisationPromptKey(
  goalId: number,
  period: { year: number; quarter: number },
  round: 'closing' | 'reminder',
): PostKey {
  return {
    eventType: 'mitra_realisation_prompt',
    payload: { goal_id: goalId, year: period.year, quarter: period.quarter, round },
  };
}

/** The summary of a closed evaluation cycle. */
export function summaryKey(cycleId: number): PostKey {
  return { eventType: SUMMARY_EVENT_TYPE, payload: { cycle_id: cycleId } };
}

/** The minutes of a meeting, in its reminder's thread. */
export function notesKey(notesId: number): PostKey {
  return { eventType: 'mitra_meeting_notes', payload: { notes_id: notesId } };
}

/** A chasing DM about an action item (due tomorrow, or overdue) for one due date. */
export function chaseKey(actionItemId: number, kind: string, dueDate: string): PostKey {
  return { eventType: 'mitra_action_chase', payload: { item_id: actionItemId, kind, due: dueDate } };
}

/** An escalation DM (the DM itself names the recipient). */
export function escalationKey(escalationId: number): PostKey {
  return { eventType: 'mitra_escalation', payload: { escalation_id: escalationId } };
}
