import type { App, BlockButtonAction } from '@slack/bolt';
import { cancelLeave, listCurrentLeaves } from '../../../db/queries/leaves.js';
import { isAdmin } from '../../../domain/permissions.js';
import type { Services } from '../../../services.js';
import { type ButtonArgs, parseId } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { leaveModalFor, leaveToday } from './flow.js';
import { leaveIds } from './ids.js';

/** Cancels a leave from the modal: one's own, or anyone's for an admin; the modal is redrawn. */
function cancel(services: Services) {
  return async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const view = body.view;
    const userId = body.user.id;
    const id = parseId(action.value);
    if (!view || id === null) {
      refuse(services.logger, { kind: body.type, id: action.action_id, user: userId, reason: 'value' });
      return;
    }
    const teamId = view.team_id;
    const admin = isAdmin(services.config.admins, userId);
    const mine = listCurrentLeaves(services.db, { teamId, today: leaveToday(services), userIds: [userId] });
    if (admin || mine.some((l) => l.id === id)) {
      cancelLeave(services.db, { teamId, id, actorId: userId, now: services.clock() });
    } else {
      refuse(services.logger, { kind: body.type, id: action.action_id, user: userId, reason: 'not allowed' });
    }
    const locale = await services.locales.forUser(client, userId);
    await client.views.update({
      view_id: view.id,
      view: leaveModalFor(services, { teamId, userId, locale }),
    });
  };
}

export function registerLeaveActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(leaveIds.cancelAction, cancel(services));
}
