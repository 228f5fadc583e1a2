/** action_id, block_id and callback_id values of the unit modal. */
export const unitsIds = {
  unitCallback: 'unit_edit',
  unitPickBlock: 'unit_pick',
  unitPickSelect: 'unit_pick_select',
  unitCodeBlock: 'unit_code',
  unitNameBlock: 'unit_name',
  unitHeadBlock: 'unit_head',
} as const;
