import type { SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { leaveModalFor } from './flow.js';

/** `/mitra cuti`: record a leave (dates, an optional delegate); admins for anyone. */
const leaveCommand: SubcommandHandler = async (ctx) => {
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: leaveModalFor(ctx.services, { teamId: ctx.teamId, userId: ctx.userId, locale: ctx.locale }),
  });
};

export const leaveSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { leave: leaveCommand };
