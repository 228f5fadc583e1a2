import type { Logger } from '../../logger.js';

/** What a listener tells the log when it refuses a payload it cannot read. */
export interface Refusal {
  /** `view_submission`, `block_actions`, `command`… */
  kind: string;
  /** The callback_id or action_id the payload came in on. */
  id: string;
  user?: string | undefined;
  /** Which part failed to read, e.g. `private_metadata`, `value`, `state` — never the contents. */
  reason: string;
}

/**
 * Logs one warning line for a payload a listener refused (a broken `private_metadata`, a button
 * value of the wrong shape, state of another element type). Only names travel: the payload may
 * hold a person's words or a forged secret, so none of it is logged.
 */
export function refuse(logger: Logger, refusal: Refusal): void {
  logger.warn(
    {
      kind: refusal.kind,
      id: refusal.id.slice(0, 80),
      user: refusal.user,
      reason: refusal.reason,
    },
    'refused interaction',
  );
}
