/** action_id, block_id and callback_id values of the schedules feature. */
export const schedulesIds = {} as const;
