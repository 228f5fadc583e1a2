/**
 * Every action_id, block_id and callback_id, by feature. Dynamic data travels in `value` or
 * `private_metadata`, parsed with zod when it comes back and never trusted for authorization.
 */
export { evaluationsIds } from './ids/evaluations.js';
export { goalsIds } from './ids/goals.js';
export { partnershipsIds } from './ids/partnerships.js';
export { schedulesIds } from './ids/schedules.js';
