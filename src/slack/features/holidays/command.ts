import { isAdmin } from '../../../domain/permissions.js';
import type { SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { holidaysModalView } from './flow.js';

/** `/mitra libur`: admins only; the list of coming holidays and a form to add a date. */
const holidaysCommand: SubcommandHandler = async (ctx) => {
  if (!isAdmin(ctx.services.config.admins, ctx.userId)) {
    await ctx.respond({ response_type: 'ephemeral', text: ctx.t('admin.only') });
    return;
  }
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: holidaysModalView(ctx.services, { teamId: ctx.teamId, locale: ctx.locale, generation: 0 }),
  });
};

export const holidaysSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  holidays: holidaysCommand,
};
