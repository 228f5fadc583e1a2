import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { listPartnershipsAwaitingCharter } from '../../../db/queries/partnerships.js';
import type { Services } from '../../../services.js';
import { refreshCharter } from '../charter/flow.js';
import { publishHome } from './flow.js';

/** `app_home_opened` on the Home tab: publish the user's home, fresh from the database. */
export function registerPartnershipsEvents(app: App, services: Services): void {
  app.event(
    'app_home_opened',
    async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
      if (event.tab !== 'home') return;
      await publishHome(services, client, { teamId: body.team_id, userId: event.user });
    },
  );

  // Invited into a private channel at last: post the charters that were waiting for it.
  app.event(
    'member_joined_channel',
    async ({
      event,
      body,
      client,
      context,
    }: SlackEventMiddlewareArgs<'member_joined_channel'> & AllMiddlewareArgs) => {
      if (!context.botUserId || event.user !== context.botUserId) return;
      const waiting = listPartnershipsAwaitingCharter(services.db, {
        teamId: body.team_id,
        channelId: event.channel,
      });
      for (const partnership of waiting) {
        await refreshCharter(services, client, { teamId: body.team_id, partnershipId: partnership.id });
      }
    },
  );
}
