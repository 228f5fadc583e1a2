import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { publishHome } from '../../home.js';

/** `app_home_opened` on the Home tab: publish the user's home, fresh from the database. */
export function registerPartnershipsEvents(app: App, services: Services): void {
  app.event(
    'app_home_opened',
    async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
      if (event.tab !== 'home') return;
      await publishHome(services, client, { teamId: body.team_id, userId: event.user });
    },
  );
}
