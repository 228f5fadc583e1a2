/** action_id, block_id and callback_id values of `/mitra cuti`. */
export const leaveIds = {
  modal: 'leave_modal',
  personBlock: 'leave_person',
  fromBlock: 'leave_from',
  toBlock: 'leave_to',
  delegateBlock: 'leave_delegate',
  cancelAction: 'leave_cancel',
} as const;
