import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { getGoalInTeam } from '../../../db/queries/goals.js';
import { getPartnershipById, loadActor } from '../../../db/queries/partnerships.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { sharedIds } from '../../kit/ids.js';
import { parseMetadata } from '../../kit/modal.js';
import { PARTNERSHIP_SELECT_BLOCK } from '../../kit/partnership-select.js';
import { refuse } from '../../kit/refuse.js';
import { goalModalFor, type ModalRequest, progressModalFor, roleModalFor, tellUser } from './flow.js';
import { goalsIds } from './ids.js';
import { NEW_GOAL } from './view.js';

/** Ids travel as strings in option values and button values; anything else is not an id. */
const idValue = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);

function parseId(value: unknown): number | null {
  const parsed = idValue.safeParse(value);
  return parsed.success ? parsed.data : null;
}

type ViewAction<A extends ButtonAction | StaticSelectAction> = SlackActionMiddlewareArgs<BlockAction<A>> &
  AllMiddlewareArgs;

/** Who is acting, in which modal: the view's metadata says which partnership, never who may. */
async function modalContext(services: Services, args: ViewAction<ButtonAction | StaticSelectAction>) {
  const { body, client } = args;
  const view = body.view;
  if (!view) return undefined;
  const teamId = body.team?.id ?? body.user.team_id ?? view.team_id;
  const locale = await services.locales.forUser(client, body.user.id);
  const base: Omit<ModalRequest, 'partnershipId'> = {
    teamId,
    userId: body.user.id,
    locale,
    withSelect: view.blocks.some((b) => b.block_id === PARTNERSHIP_SELECT_BLOCK),
  };
  const metadata = parseMetadata(view.private_metadata);
  if (!metadata) {
    const actionId = body.actions[0]?.action_id ?? '';
    refuse(services.logger, {
      kind: body.type,
      id: actionId,
      user: body.user.id,
      reason: 'private_metadata',
    });
    return undefined;
  }
  return { viewId: view.id, base, metadata };
}

type ModalContext = NonNullable<Awaited<ReturnType<typeof modalContext>>>;

/**
 * A select or button inside the goal, progress or role modal: redraws the modal for the choice
 * (`value` is the chosen option's or the button's value, parsed by `build`).
 */
function redraw(
  services: Services,
  build: (ctx: ModalContext, value: string | undefined) => ModalView,
): (args: ViewAction<ButtonAction | StaticSelectAction>) => Promise<void> {
  return async (args) => {
    await args.ack();
    const ctx = await modalContext(services, args);
    if (!ctx) return;
    const value = args.action.type === 'button' ? args.action.value : args.action.selected_option?.value;
    await args.client.views.update({ view_id: ctx.viewId, view: build(ctx, value) });
  };
}

export function registerGoalsActions(app: App, services: Services): void {
  // Choosing a partnership fills the rest of the modal for it (units, goals, assignments).
  app.action<BlockAction<StaticSelectAction>>(
    goalsIds.goalPartnershipSelect,
    redraw(services, (ctx, value) =>
      goalModalFor(services, { ...ctx.base, partnershipId: parseId(value), goalId: null }),
    ),
  );
  app.action<BlockAction<StaticSelectAction>>(
    goalsIds.goalChoiceSelect,
    redraw(services, (ctx, value) =>
      goalModalFor(services, {
        ...ctx.base,
        partnershipId: ctx.metadata.partnershipId,
        goalId: value === NEW_GOAL ? null : parseId(value),
      }),
    ),
  );
  app.action<BlockAction<StaticSelectAction>>(
    goalsIds.progressPartnershipSelect,
    redraw(services, (ctx, value) =>
      progressModalFor(services, { ...ctx.base, partnershipId: parseId(value), goalId: null }),
    ),
  );
  app.action<BlockAction<StaticSelectAction>>(
    goalsIds.progressGoalSelect,
    redraw(services, (ctx, value) =>
      progressModalFor(services, {
        ...ctx.base,
        partnershipId: ctx.metadata.partnershipId,
        goalId: parseId(value),
      }),
    ),
  );
  app.action<BlockAction<StaticSelectAction>>(
    goalsIds.rolePartnershipSelect,
    redraw(services, (ctx, value) =>
      roleModalFor(services, { ...ctx.base, partnershipId: parseId(value), assignmentId: null }),
    ),
  );
  app.action<BlockAction<ButtonAction>>(
    goalsIds.roleEdit,
    redraw(services, (ctx, value) =>
      roleModalFor(services, {
        ...ctx.base,
        partnershipId: ctx.metadata.partnershipId,
        assignmentId: parseId(value),
      }),
    ),
  );
  app.action<BlockAction<ButtonAction>>(
    goalsIds.roleNew,
    redraw(services, (ctx) =>
      roleModalFor(services, { ...ctx.base, partnershipId: ctx.metadata.partnershipId, assignmentId: null }),
    ),
  );

  // The "update progress" button of reminders, the charter and App Home (value = goal id).
  app.action<BlockAction<ButtonAction>>(
    sharedIds.goalProgressOpen,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const userId = body.user.id;
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const goalId = parseId(action.value);
      // Answered below as "goal not found"; the log says why.
      if (goalId === null)
        refuse(services.logger, { kind: body.type, id: action.action_id, user: userId, reason: 'value' });
      const goal = goalId === null ? undefined : getGoalInTeam(services.db, { teamId, id: goalId });
      const partnership = goal && getPartnershipById(services.db, { teamId, id: goal.partnershipId });
      const actor =
        partnership &&
        loadActor(services.db, {
          teamId,
          partnershipId: partnership.id,
          userId,
          admins: services.config.admins,
        });
      // The trigger_id expires 3 s after the click: no waiting on a slow users.info.
      const locale = await services.locales.forUserQuickly(client, userId);
      if (goal && partnership && actor && canRecordProgress(actor, goal)) {
        await client.views.open({
          trigger_id: body.trigger_id,
          view: progressModalFor(services, {
            teamId,
            userId,
            locale,
            partnershipId: partnership.id,
            goalId: goal.id,
            withSelect: false,
          }),
        });
        return;
      }
      const t = translator(locale);
      const text = partnership
        ? t('progress.notAllowed', { code: partnership.code })
        : t('progress.goalNotFound');
      await tellUser(client, {
        userId,
        text,
        responseUrl: body.response_url,
        channelId: body.channel?.id,
        respond,
      });
    },
  );
}
