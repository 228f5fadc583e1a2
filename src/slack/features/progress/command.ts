import { listGoals } from '../../../db/queries/goals.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import type { MessageKey, MessageParams } from '../../../i18n/index.js';
import { partnershipFromCommand } from '../../kit/access.js';
import { request } from '../../kit/command-modal.js';
import type { SubcommandContext, SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { progressModalFor, progressPartnershipsFor } from './flow.js';

async function refuse(ctx: SubcommandContext, key: MessageKey, params: MessageParams = {}): Promise<void> {
  await ctx.respond({ response_type: 'ephemeral', text: ctx.t(key, params) });
}

/** `/mitra progres [KODE]`: record progress (coordinators, admins and goals' persons in charge). */
const progress: SubcommandHandler = async (ctx) => {
  const code = ctx.args[0];
  if (!code) {
    if (progressPartnershipsFor(ctx.services, ctx).length === 0) return refuse(ctx, 'progress.noneToRecord');
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: progressModalFor(ctx.services, { ...request(ctx, null), goalId: null }),
    });
    return;
  }
  const found = await partnershipFromCommand(ctx, code, 'view');
  if (!found) return;
  const { partnership, actor } = found;
  const goals = listGoals(ctx.services.db, { teamId: ctx.teamId, partnershipId: partnership.id });
  if (goals.length === 0) return refuse(ctx, 'goal.none', { code: partnership.code });
  if (!goals.some((g) => canRecordProgress(actor, g)))
    return refuse(ctx, 'progress.notAllowed', { code: partnership.code });
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: progressModalFor(ctx.services, { ...request(ctx, partnership.id), goalId: null }),
  });
};

export const progressSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { progress };
