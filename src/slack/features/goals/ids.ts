/** action_id, block_id and callback_id values of goals, progress and roles. */
export const goalsIds = {
  // Shared with other features (reminders, charter, App Home): opens the progress modal.
  goalProgressOpen: 'goal_progress_open',

  goalModal: 'goal_modal',
  goalPartnershipSelect: 'goal_partnership_select',
  goalChoiceBlock: 'goal_choice',
  goalChoiceSelect: 'goal_choice_select',
  goalTitle: 'goal_title',
  goalIndicator: 'goal_indicator',
  goalBaseline: 'goal_baseline',
  goalTarget: 'goal_target',
  goalMeasureUnit: 'goal_measure_unit',
  goalDueDate: 'goal_due_date',
  goalOwnerUnit: 'goal_owner_unit',
  goalPersonInCharge: 'goal_person_in_charge',

  progressModal: 'progress_modal',
  progressPartnershipSelect: 'progress_partnership_select',
  progressGoalBlock: 'progress_goal',
  progressGoalSelect: 'progress_goal_select',
  progressValue: 'progress_value',
  progressStatus: 'progress_status',
  progressNote: 'progress_note',

  roleModal: 'role_modal',
  rolePartnershipSelect: 'role_partnership_select',
  /** Button on each listed assignment (block `role_assignment.<id>`, value = assignment id). */
  roleEdit: 'role_edit',
  roleAssignmentBlock: 'role_assignment',
  /** Button that leaves edit mode for a new assignment. */
  roleNew: 'role_new',
  roleEditingBlock: 'role_editing',
  rolePerson: 'role_person',
  roleUnit: 'role_unit',
  roleRole: 'role_role',
  roleResponsibilities: 'role_responsibilities',
  roleRemove: 'role_remove',
} as const;

/**
 * Form fields that a modal pre-fills get a revision in their block_id (`goal_title.12-5`): Slack
 * keeps what was typed in a block whose block_id survives a views.update, so pre-filling the
 * values of another goal needs new block_ids. Reading a submission strips the revision again.
 */
export function revisedBlockId(base: string, revision: string): string {
  return `${base}.${revision}`;
}

/** The block_id without its revision: `goal_title.12-5` → `goal_title`. */
export function baseBlockId(blockId: string): string {
  const dot = blockId.indexOf('.');
  return dot === -1 ? blockId : blockId.slice(0, dot);
}
