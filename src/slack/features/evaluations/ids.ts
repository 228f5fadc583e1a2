/** action_id, block_id and callback_id values of the evaluations feature. */
export const evaluationsIds = {
  /** The modal a coordinator opens a cycle with; private_metadata `{ partnershipId }`. */
  openCycleCallback: 'evaluation_open_cycle',
  /** The partnership select of the open-cycle modal when the command named no code. */
  openCyclePartnershipAction: 'evaluation_open_partnership',
  openCycleCloseDateBlock: 'closes_date',
  openCycleCloseTimeBlock: 'closes_time',
  openCycleRemindBlock: 'remind_lead',
  openCycleManagersBlock: 'managers',
  /** The survey modal; private_metadata `{ cycleId }`. Score blocks are `score_<dimension>`. */
  surveyCallback: 'evaluation_survey',
  surveyScoreAction: 'score',
  surveyTextAction: 'text',
} as const;
