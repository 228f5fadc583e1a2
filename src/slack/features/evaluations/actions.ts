import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { accessPartnership, manageablePartnerships } from '../../kit/access.js';
import { sharedIds } from '../../kit/ids.js';
import { idValue } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { openCycleModalData } from './command.js';
import { openSurvey } from './flow.js';
import { evaluationsIds as ids } from './ids.js';
import { buildOpenCycleModal } from './modals-view.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function registerEvaluationsActions(app: App, services: Services): void {
  /** The survey button of the channel prompt, the DMs and App Home (value = cycle id). */
  app.action<BlockAction>(
    sharedIds.evaluationSurveyOpen,
    async ({ ack, body, action, client }: ActionArgs) => {
      await ack();
      const userId = body.user.id;
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      // The trigger_id below expires 3 s after the click: no waiting on a slow users.info.
      const locale = await services.locales.forUserQuickly(client, userId);
      const value = action.type === 'button' ? action.value : undefined;
      const cycleId = idValue.safeParse(value);
      if (!cycleId.success)
        refuse(services.logger, {
          kind: body.type,
          id: sharedIds.evaluationSurveyOpen,
          user: userId,
          reason: 'value',
        });
      // A crafted or stale value opens the "not found" notice: the same refusal as a foreign cycle.
      await openSurvey(services, client, {
        teamId,
        userId,
        cycleId: cycleId.success ? cycleId.data : 0,
        triggerId: body.trigger_id,
        locale,
      });
    },
  );

  /** The partnership select of the open-cycle modal: re-draws it with that partnership's managers. */
  app.action<BlockAction>(
    ids.openCyclePartnershipAction,
    async ({ ack, body, action, client }: ActionArgs) => {
      await ack();
      const view = body.view;
      if (!view || action.type !== 'static_select') return;
      const userId = body.user.id;
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const partnershipId = idValue.safeParse(action.selected_option?.value);
      if (!partnershipId.success) {
        refuse(services.logger, {
          kind: body.type,
          id: ids.openCyclePartnershipAction,
          user: userId,
          reason: 'value',
        });
        return;
      }
      const access = accessPartnership(services, { teamId, userId, need: 'manage', id: partnershipId.data });
      if (!access.ok) return;
      const locale = await services.locales.forUser(client, userId);
      const choices = manageablePartnerships(services, { teamId, userId });
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: buildOpenCycleModal(
          openCycleModalData({ services, teamId, locale }, access.partnership, choices),
          translator(locale),
        ),
      });
    },
  );
}
