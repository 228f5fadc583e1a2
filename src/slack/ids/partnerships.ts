/** action_id, block_id and callback_id values of the partnerships feature. */
export const partnershipsIds = {} as const;
