/** action_id, block_id and callback_id values of `/mitra libur`. */
export const holidaysIds = {
  holidaysModal: 'holidays_modal',
  holidayDateBlock: 'holiday_date',
  holidayNameBlock: 'holiday_name',
  holidayRemoveAction: 'holiday_remove',
} as const;
