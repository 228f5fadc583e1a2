import type { ModalView } from '@slack/types';
import { choicesForCommand, partnershipFromCommand } from './access.js';
import type { SubcommandContext, SubcommandHandler } from './subcommands.js';

export function request(ctx: SubcommandContext, partnershipId: number | null) {
  return {
    teamId: ctx.teamId,
    userId: ctx.userId,
    locale: ctx.locale,
    partnershipId,
    withSelect: partnershipId === null,
  };
}

/**
 * `/mitra sasaran [KODE]` and `/mitra peran [KODE]`: coordinators and admins. With a code, the
 * modal for that partnership; without, the modal with a select of the partnerships they manage.
 */
export function managedModal(
  open: (ctx: SubcommandContext, partnershipId: number | null) => ModalView,
): SubcommandHandler {
  return async (ctx) => {
    const code = ctx.args[0];
    let partnershipId: number | null = null;
    if (code) {
      const found = await partnershipFromCommand(ctx, code, 'manage');
      if (!found) return;
      partnershipId = found.partnership.id;
    } else if (!(await choicesForCommand(ctx))) {
      return;
    }
    await ctx.client.views.open({ trigger_id: ctx.triggerId, view: open(ctx, partnershipId) });
  };
}
