import type { App, BlockButtonAction } from '@slack/bolt';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { tellUser } from '../../kit/dm.js';
import { sharedIds } from '../../kit/ids.js';
import { type ButtonArgs, parseId } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { type NotesContext, notesContext, notesModalFor } from './flow.js';

/** "Catat notula" on a meeting or check-in reminder: the minutes modal, with what was recorded. */
function openNotes(services: Services) {
  return async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const locale = await services.locales.forUserQuickly(client, userId);
    const deliveryId = parseId(action.value);
    if (deliveryId === null)
      refuse(services.logger, { kind: body.type, id: action.action_id, user: userId, reason: 'value' });
    const ctx: NotesContext =
      deliveryId === null
        ? { ok: false, key: 'notes.notFound' }
        : notesContext(services, { teamId, userId, deliveryId });
    if (!ctx.ok) {
      await tellUser(client, {
        userId,
        text: translator(locale)(ctx.key, { code: ctx.code ?? '' }),
        responseUrl: body.response_url,
        channelId: body.channel?.id,
        respond,
      });
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: notesModalFor(services, ctx, locale) });
  };
}

export function registerNotesActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(sharedIds.notesOpen, openNotes(services));
}
