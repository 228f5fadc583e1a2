/** action_id, block_id and callback_id values of progress updates. */
export const progressIds = {
  progressModal: 'progress_modal',
  progressPartnershipSelect: 'progress_partnership_select',
  progressGoalBlock: 'progress_goal',
  progressGoalSelect: 'progress_goal_select',
  progressValue: 'progress_value',
  progressStatus: 'progress_status',
  progressNote: 'progress_note',
} as const;
