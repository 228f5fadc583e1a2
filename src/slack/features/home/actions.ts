import type { App, BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isAdmin } from '../../../domain/permissions.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { startNewPartnership } from '../partnerships/flow.js';
import { unitModalFor } from '../units/flow.js';
import { publishHome } from './flow.js';
import { homeIds } from './ids.js';

function openNewPartnershipFromHome(
  services: Services,
): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, body, client }) => {
    await ack();
    await startNewPartnership(services, client, {
      teamId: body.team?.id ?? body.user.team_id ?? '',
      userId: body.user.id,
      triggerId: body.trigger_id,
    });
  };
}

function openUnitsFromHome(services: Services): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, body, client }) => {
    await ack();
    if (!isAdmin(services.config.admins, body.user.id)) return;
    const t = translator(await services.locales.forUserQuickly(client, body.user.id));
    await client.views.open({
      trigger_id: body.trigger_id,
      view: unitModalFor(services, { teamId: body.team?.id ?? body.user.team_id ?? '', t }),
    });
  };
}

function refreshHome(services: Services): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, body, client }) => {
    await ack();
    await publishHome(services, client, {
      teamId: body.team?.id ?? body.user.team_id ?? '',
      userId: body.user.id,
    });
  };
}

export function registerHomeActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(homeIds.homeNewPartnership, openNewPartnershipFromHome(services));
  app.action<BlockButtonAction>(homeIds.homeUnits, openUnitsFromHome(services));
  app.action<BlockButtonAction>(homeIds.homeRefresh, refreshHome(services));
}
