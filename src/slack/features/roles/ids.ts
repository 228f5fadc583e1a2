/** action_id, block_id and callback_id values of role assignments. */
export const rolesIds = {
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
