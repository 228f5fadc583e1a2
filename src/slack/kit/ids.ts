/**
 * The ids one feature puts on a button and another feature handles. Each id is defined once, here;
 * a feature's own ids live in its `ids.ts`. Every id is a contract with messages Slack already
 * holds, so none is ever renamed (see CONTRIBUTING.md).
 */
export const sharedIds = {
  /** value = partnership id → the partnership's detail for the clicker (partnerships). */
  partnershipOpen: 'partnership_open',
  /** value = goal id → the progress modal (progress). On reminders, the charter and App Home. */
  goalProgressOpen: 'goal_progress_open',
  /** value = cycle id → the survey modal (evaluations). On prompts, DMs and App Home. */
  evaluationSurveyOpen: 'evaluation_survey_open',
  /** value = delivery id → the meeting-notes modal (notes). On meeting and check-in reminders. */
  notesOpen: 'meeting_notes_open',
  /** value = cycle id + dimension → a new action item from a summary's suggestion (actions). */
  actionFromEvaluation: 'action_item_from_evaluation',
} as const;
