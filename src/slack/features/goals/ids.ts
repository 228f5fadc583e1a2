/** action_id, block_id and callback_id values of goals. */
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
} as const;
