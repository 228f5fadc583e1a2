import { managedModal, request } from '../../kit/command-modal.js';
import type { SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { goalModalFor } from './flow.js';

/** `/mitra sasaran [KODE]`: add or edit a goal. */
const goal = managedModal((ctx, partnershipId) =>
  goalModalFor(ctx.services, { ...request(ctx, partnershipId), goalId: null }),
);

export const goalsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { goal };
