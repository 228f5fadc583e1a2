import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { removeHolidayWithAudit } from '../../../db/queries/holidays.js';
import { isAdmin } from '../../../domain/permissions.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';

import { t } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { type ButtonArgs, idValue } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { parseJson } from '../../kit/view-state.js';
import { holidaysModalView } from './flow.js';
import { holidaysIds } from './ids.js';

/** Remove an admin-added holiday, after Slack's confirmation dialog. */
function removeHoliday(services: Services) {
  return async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const view = body.view;
    const id = idValue.safeParse(action.value);
    if (!view || !isAdmin(services.config.admins, body.user.id)) return;
    // Both are read before anything is removed: a broken one changes nothing.
    const generation = z.object({ g: z.number().int().min(0) }).safeParse(parseJson(view.private_metadata));
    if (!id.success || !generation.success) {
      const reason = id.success ? 'private_metadata' : 'value';
      refuse(services.logger, { kind: body.type, id: action.action_id, user: body.user.id, reason });
      return;
    }
    const removed = removeHolidayWithAudit(services.db, {
      teamId: view.team_id,
      id: id.data,
      actorId: body.user.id,
      now: services.clock(),
    });
    const locale = await services.locales.forUser(client, body.user.id);
    await client.views.update({
      view_id: view.id,
      view: holidaysModalView(services, {
        teamId: view.team_id,
        locale,
        generation: generation.data.g,
        ...(removed
          ? {
              notice: t(locale, 'holiday.modal.removed', {
                date: formatLocalDate(removed.date, locale),
                name: escapeMrkdwn(removed.name),
              }),
            }
          : {}),
      }),
    });
  };
}

export function registerHolidaysActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(holidaysIds.holidayRemoveAction, removeHoliday(services));
}
