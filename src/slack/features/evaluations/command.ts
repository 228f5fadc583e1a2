import { getInvitation } from '../../../db/queries/evaluation-responses.js';
import { getOpenCycle, listManagerRoles, listWaitingSurveys } from '../../../db/queries/evaluations.js';
import type { Partnership } from '../../../db/schema/index.js';
import { DEFAULT_REMIND_LEAD, defaultClosing } from '../../../domain/evaluation-cycle.js';
import { canManagePartnership } from '../../../domain/permissions.js';
import { zoneLabel } from '../../../domain/time/cadence-text.js';
import { manageablePartnerships, partnershipFromCommand } from '../../kit/access.js';
import type { SubcommandContext, SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { say } from '../../kit/subcommands.js';
import { alreadyOpenProblem, openSurvey } from './flow.js';
import { buildOpenCycleModal } from './modals-view.js';

/**
 * `/mitra evaluasi [KODE]`.
 * - A cycle is running and the user is invited: their survey opens — also for a coordinator who is
 *   a manager too, since while a cycle runs there is nothing else to open.
 * - A cycle is running, the user is not invited: a coordinator sees its response rate; anyone
 *   else is told they are not invited.
 * - No cycle is running: a coordinator or admin gets the modal to open one; anyone else is told
 *   that none is running.
 * - No code: the one survey waiting for the user opens; with several, they are listed; with none,
 *   a coordinator gets the open-cycle modal with a partnership select.
 */
/** Someone with no role in the partnership (and not an admin). */
const isOutsider = (actor: { isAdmin: boolean; roles: readonly string[] }) =>
  !actor.isAdmin && actor.roles.length === 0;

const evaluate: SubcommandHandler = async (ctx) => {
  const { services, teamId, userId, t } = ctx;
  const code = ctx.args[0];
  if (!code) {
    const waiting = listWaitingSurveys(services.db, { teamId, userId });
    const [only] = waiting;
    if (only && waiting.length === 1) {
      await openSurvey(services, ctx.client, {
        teamId,
        userId,
        cycleId: only.cycleId,
        triggerId: ctx.triggerId,
        locale: ctx.locale,
      });
      return;
    }
    if (waiting.length > 1) {
      await say(
        ctx,
        t('evaluation.survey.chooseOne', {
          codes: waiting.map((w) => `\`${w.partnershipCode}\``).join(', '),
        }),
      );
      return;
    }
    const choices = manageablePartnerships(services, { teamId, userId });
    if (choices.length === 0) {
      await say(ctx, t('evaluation.survey.noneWaiting'));
      return;
    }
    const now = services.clock();
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: buildOpenCycleModal(
        {
          partnership: null,
          choices,
          managerIds: [],
          closing: defaultClosing(now, services.config.timeZone),
          zoneLabel: zoneLabel(services.config.timeZone, ctx.locale),
          remindLead: DEFAULT_REMIND_LEAD,
        },
        t,
      ),
    });
    return;
  }

  const found = await partnershipFromCommand(ctx, code, 'view');
  if (!found) return;
  const { partnership, actor } = found;
  const open = getOpenCycle(services.db, { teamId, partnershipId: partnership.id });
  if (open) {
    if (getInvitation(services.db, { teamId, cycleId: open.id, userId })) {
      await openSurvey(services, ctx.client, {
        teamId,
        userId,
        cycleId: open.id,
        triggerId: ctx.triggerId,
        locale: ctx.locale,
      });
    } else if (canManagePartnership(actor)) {
      const problem = alreadyOpenProblem(services, partnership, ctx.locale);
      await say(ctx, t(problem.key, problem.params));
    } else if (isOutsider(actor)) {
      await say(ctx, t('evaluation.survey.notMember', { code: partnership.code }));
    } else {
      await say(ctx, t('evaluation.survey.notInvited'));
    }
    return;
  }
  if (isOutsider(actor)) {
    // "No evaluation running" would suggest one could concern them.
    await say(ctx, t('evaluation.survey.notMember', { code: partnership.code }));
    return;
  }
  if (!canManagePartnership(actor)) {
    await say(ctx, t('evaluation.survey.noOpenCycle', { code: partnership.code }));
    return;
  }
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: buildOpenCycleModal(openCycleModalData(ctx, partnership, null), t),
  });
};

/** The open-cycle modal's data for a known partnership (`choices` set when the user picked it in a select). */
export function openCycleModalData(
  ctx: Pick<SubcommandContext, 'services' | 'teamId' | 'locale'>,
  partnership: Partnership,
  choices: ReadonlyArray<Pick<Partnership, 'id' | 'code' | 'name'>> | null,
) {
  return {
    partnership,
    choices,
    managerIds: listManagerRoles(ctx.services.db, { teamId: ctx.teamId, partnershipId: partnership.id }).map(
      (m) => m.userId,
    ),
    closing: defaultClosing(ctx.services.clock(), partnership.timeZone),
    zoneLabel: zoneLabel(partnership.timeZone, ctx.locale),
    remindLead: DEFAULT_REMIND_LEAD,
  };
}

/** The evaluations sub-commands of `/mitra`. */
export const evaluationsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  evaluate,
};
