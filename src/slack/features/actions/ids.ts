/** action_id, block_id and callback_id values of action items (tindak lanjut). */
export const actionsIds = {
  done: 'action_item_done',
  note: 'action_item_note',
  newDate: 'action_item_new_date',
  approveDate: 'action_item_approve_date',
  rejectDate: 'action_item_reject_date',
  noteModal: 'action_item_note_modal',
  dateModal: 'action_item_date_modal',
  createModal: 'action_item_create_modal',
  /** The message shortcut "Jadikan tindak lanjut", declared in manifest.yml. */
  fromMessage: 'action_item_from_message',
  /** "Jadikan tindak lanjut" on an evaluation summary's "needs attention" line. */
  fromEvaluation: 'action_item_from_evaluation',
  noteBlock: 'item_note',
  evidenceBlock: 'item_evidence',
  dateBlock: 'item_date',
  reasonBlock: 'item_reason',
  whatBlock: 'item_what',
  ownerBlock: 'item_owner',
  unitBlock: 'item_unit',
  dueBlock: 'item_due',
  partnershipBlock: 'item_partnership',
} as const;

/** Where an item's buttons are: the list, a DM, App Home. The block_id says, so a click can redraw it. */
export type ItemPlace = 'list' | 'dm' | 'home' | 'request';

export function itemBlockId(place: ItemPlace, itemId: number): string {
  return `item_${place}:${itemId}`;
}

export function placeOf(blockId: string | undefined): ItemPlace | undefined {
  const match = /^item_(list|dm|home|request):\d+$/.exec(blockId ?? '');
  return match ? (match[1] as ItemPlace) : undefined;
}
