import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { getGoalInTeam } from '../../../db/queries/goals.js';
import { getPartnershipById, loadActor } from '../../../db/queries/partnerships.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { tellUser } from '../../kit/dm.js';
import { sharedIds } from '../../kit/ids.js';
import { type ButtonArgs, parseId, redraw } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { progressModalFor } from './flow.js';
import { progressIds } from './ids.js';
import { parsePeriodValue } from './quarter-view.js';

export function registerProgressActions(app: App, services: Services): void {
  app.action<BlockAction<StaticSelectAction>>(
    progressIds.progressPartnershipSelect,
    redraw(services, (ctx, value) =>
      progressModalFor(services, { ...ctx.base, partnershipId: parseId(value), goalId: null }),
    ),
  );
  app.action<BlockAction<StaticSelectAction>>(
    progressIds.progressGoalSelect,
    redraw(services, (ctx, value) =>
      progressModalFor(services, {
        ...ctx.base,
        partnershipId: ctx.metadata.partnershipId,
        goalId: parseId(value),
        period: parsePeriodValue(ctx.metadata.period),
      }),
    ),
  );
  // Another quarter: its target, realisation, kendala and evidence replace the form's.
  app.action<BlockAction<StaticSelectAction>>(
    progressIds.progressQuarterSelect,
    redraw(services, (ctx, value) =>
      progressModalFor(services, {
        ...ctx.base,
        partnershipId: ctx.metadata.partnershipId,
        goalId: ctx.metadata.goalId,
        period: parsePeriodValue(value),
      }),
    ),
  );
  // The "update progress" button of reminders, the charter and App Home (value = goal id), and
  // the quarter-end prompt's (value = `goalId:year-quarter`), which opens on that quarter.
  app.action<BlockAction<ButtonAction>>(sharedIds.goalProgressOpen, openFromButton(services, false));
  app.action<BlockAction<ButtonAction>>(progressIds.progressQuarterOpen, openFromButton(services, true));
}

function openFromButton(services: Services, withPeriod: boolean) {
  return async ({ ack, body, action, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const [goalPart, periodPart] = withPeriod ? (action.value ?? '').split(':') : [action.value];
    const period = withPeriod ? parsePeriodValue(periodPart) : null;
    const goalId = withPeriod && !period ? null : parseId(goalPart);
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
          period,
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
  };
}
