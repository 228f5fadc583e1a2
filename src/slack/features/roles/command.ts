import { managedModal, request } from '../../kit/command-modal.js';
import type { SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { roleModalFor } from './flow.js';

/** `/mitra peran [KODE]`: assign, change or remove roles. */
const role = managedModal((ctx, partnershipId) =>
  roleModalFor(ctx.services, { ...request(ctx, partnershipId), assignmentId: null }),
);

export const rolesSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { role };
