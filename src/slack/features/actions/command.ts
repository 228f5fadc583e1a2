import { partnershipFromCommand } from '../../kit/access.js';
import type { SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { itemsListMessage } from './flow.js';

/** `/mitra tindak KODE`: the partnership's open action items, with the buttons the user may use. */
const actionsCommand: SubcommandHandler = async (ctx) => {
  const code = ctx.args[0];
  if (!code) {
    await ctx.respond({ response_type: 'ephemeral', text: ctx.t('action.usage') });
    return;
  }
  const found = await partnershipFromCommand(ctx, code, 'view');
  if (!found) return;
  const message = itemsListMessage(ctx.services, {
    teamId: ctx.teamId,
    partnership: found.partnership,
    actor: found.actor,
    locale: ctx.locale,
  });
  await ctx.respond({ response_type: 'ephemeral', ...message });
};

export const actionsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  actions: actionsCommand,
};
