import type { ModalView } from '@slack/types';
import { listGoals } from '../../../db/queries/goals.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import type { MessageKey, MessageParams } from '../../../i18n/index.js';
import { choicesForCommand, partnershipFromCommand } from '../../kit/access.js';
import type { SubcommandContext, SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { goalModalFor, progressModalFor, progressPartnershipsFor, roleModalFor } from './flow.js';

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

/**
 * `/mitra sasaran [KODE]` and `/mitra peran [KODE]`: coordinators and admins. With a code, the
 * modal for that partnership; without, the modal with a select of the partnerships they manage.
 */
function managedModal(
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

/** `/mitra sasaran [KODE]`: add or edit a goal. */
const goal = managedModal((ctx, partnershipId) =>
  goalModalFor(ctx.services, { ...request(ctx, partnershipId), goalId: null }),
);

/** `/mitra peran [KODE]`: assign, change or remove roles. */
const role = managedModal((ctx, partnershipId) =>
  roleModalFor(ctx.services, { ...request(ctx, partnershipId), assignmentId: null }),
);

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

/** The goal, progress and role sub-commands of `/mitra`. */
export const goalsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { goal, progress, role };
