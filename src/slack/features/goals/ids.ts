/** action_id, block_id and callback_id values of goals, progress and roles. */
export const goalsIds = {
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
