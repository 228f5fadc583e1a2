import { listGoals } from '../../../db/queries/goals.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import type { MessageKey, MessageParams } from '../../../i18n/index.js';
import { goalModalFor, progressModalFor, progressPartnershipsFor, roleModalFor } from '../../goals-flow.js';
import { accessPartnership, manageablePartnerships } from '../../partnership-access.js';
import type { SubcommandContext, SubcommandHandler, SubcommandId } from './subcommands.js';

async function refuse(ctx: SubcommandContext, key: MessageKey, params: MessageParams = {}): Promise<void> {
  await ctx.respond({ response_type: 'ephemeral', text: ctx.t(key, params) });
}

function request(ctx: SubcommandContext, partnershipId: number | null) {
  return {
    teamId: ctx.teamId,
    userId: ctx.userId,
    locale: ctx.locale,
    partnershipId,
    withSelect: partnershipId === null,
  };
}

/** `/mitra tujuan [KODE]`: add or edit a goal (coordinators and admins). */
const goal: SubcommandHandler = async (ctx) => {
  const code = ctx.args[0];
  if (!code) {
    if (manageablePartnerships(ctx.services, ctx).length === 0)
      return refuse(ctx, 'partnership.noneToManage');
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: goalModalFor(ctx.services, { ...request(ctx, null), goalId: null }),
    });
    return;
  }
  const access = accessPartnership(ctx.services, { ...ctx, need: 'manage', code });
  if (!access.ok) return refuse(ctx, access.problem.key, access.problem.params);
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: goalModalFor(ctx.services, { ...request(ctx, access.partnership.id), goalId: null }),
  });
};

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
  const access = accessPartnership(ctx.services, { ...ctx, need: 'view', code });
  if (!access.ok) return refuse(ctx, access.problem.key, access.problem.params);
  const { partnership, actor } = access;
  const goals = listGoals(ctx.services.db, { teamId: ctx.teamId, partnershipId: partnership.id });
  if (goals.length === 0) return refuse(ctx, 'goal.none', { code: partnership.code });
  if (!goals.some((g) => canRecordProgress(actor, g)))
    return refuse(ctx, 'progress.notAllowed', { code: partnership.code });
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: progressModalFor(ctx.services, { ...request(ctx, partnership.id), goalId: null }),
  });
};

/** `/mitra peran [KODE]`: assign, change or remove roles (coordinators and admins). */
const role: SubcommandHandler = async (ctx) => {
  const code = ctx.args[0];
  if (!code) {
    if (manageablePartnerships(ctx.services, ctx).length === 0)
      return refuse(ctx, 'partnership.noneToManage');
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: roleModalFor(ctx.services, { ...request(ctx, null), assignmentId: null }),
    });
    return;
  }
  const access = accessPartnership(ctx.services, { ...ctx, need: 'manage', code });
  if (!access.ok) return refuse(ctx, access.problem.key, access.problem.params);
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: roleModalFor(ctx.services, { ...request(ctx, access.partnership.id), assignmentId: null }),
  });
};

/** The goal, progress and role sub-commands of `/mitra`. */
export const goalsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { goal, progress, role };
