/** action_id, block_id and callback_id values of the schedules feature. */
export const schedulesIds = {
  // Reminders posted in channels.
  reminderGoalBlockPrefix: 'reminder_goal_',
  reminderActionsBlock: 'reminder_actions',

  // The schedule modal. Input block ids of cadence fields are the field names of `CADENCE_FIELDS`,
  // so validation errors land on their block without a mapping table.
  scheduleModal: 'schedule_modal',
  partnershipSelectAction: 'schedule_partnership_select',
  schedulePickBlock: 'schedule_pick',
  schedulePickAction: 'schedule_pick_select',
  kindBlock: 'kind',
  channelBlock: 'channel',
  messageBlock: 'message',
  mentionRolesBlock: 'mentionRoles',
  optionsBlock: 'options',
  previewBlock: 'schedule_preview',
  deleteBlock: 'schedule_delete_block',
  deleteAction: 'schedule_delete',
  /** action_id of every cadence input: a change refreshes the preview (dispatch_action). */
  cadenceInputAction: 'schedule_cadence_input',
} as const;
