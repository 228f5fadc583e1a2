/** action_id, block_id and callback_id values of the evaluations feature. */
export const evaluationsIds = {} as const;
