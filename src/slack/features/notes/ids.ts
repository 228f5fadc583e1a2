/** action_id, block_id and callback_id values of meeting minutes (notula). */
export const notesIds = {
  modal: 'meeting_notes_modal',
  attendeesBlock: 'notes_attendees',
  decisionsBlock: 'notes_decisions',
  whatPrefix: 'notes_item_what_',
  ownerPrefix: 'notes_item_owner_',
  duePrefix: 'notes_item_due_',
} as const;

/** Action item rows in the modal: the items already there plus two empty ones, within these bounds. */
export const MIN_ITEM_ROWS = 3;
export const MAX_ITEM_ROWS = 8;
