/** action_id, block_id and callback_id values of progress updates. */
export const progressIds = {
  progressModal: 'progress_modal',
  progressPartnershipSelect: 'progress_partnership_select',
  progressGoalBlock: 'progress_goal',
  progressGoalSelect: 'progress_goal_select',
  progressValue: 'progress_value',
  progressStatus: 'progress_status',
  progressNote: 'progress_note',
  progressQuarterBlock: 'progress_quarter',
  progressQuarterSelect: 'progress_quarter_select',
  progressObstacles: 'progress_obstacles',
  progressFollowUp: 'progress_follow_up',
  progressEvidence: 'progress_evidence',
  /** value = `goalId:year-quarter` → the progress modal on that quarter (the quarter-end prompt's button). */
  progressQuarterOpen: 'progress_quarter_open',
} as const;
