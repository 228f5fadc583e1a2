import type { App, BlockStaticSelectAction } from '@slack/bolt';
import { isAdmin } from '../../../domain/permissions.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import type { SelectArgs } from '../../kit/modal-actions.js';
import { idValue } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { parseJson } from '../../kit/view-state.js';
import { unitModalFor } from './flow.js';
import { unitsIds } from './ids.js';
import { unitMetadata } from './view.js';

/** Choosing a unit in the unit modal fills the form with it (admins only). */
function pickUnit(services: Services) {
  return async ({ ack, body, action, client }: SelectArgs): Promise<void> => {
    await ack();
    const view = body.view;
    if (!view || !isAdmin(services.config.admins, body.user.id)) return;
    // The unit modal carries `{ unitId }`: another metadata is not this version's unit modal.
    if (!unitMetadata.safeParse(parseJson(view.private_metadata)).success) {
      refuse(services.logger, {
        kind: body.type,
        id: action.action_id,
        user: body.user.id,
        reason: 'private_metadata',
      });
      return;
    }
    const teamId = body.team?.id ?? view.team_id;
    const chosen = idValue.safeParse(action.selected_option?.value);
    const t = translator(await services.locales.forUser(client, body.user.id));
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: unitModalFor(services, { teamId, t, unitId: chosen.success ? chosen.data : null }),
    });
  };
}

export function registerUnitsActions(app: App, services: Services): void {
  app.action<BlockStaticSelectAction>(unitsIds.unitPickSelect, pickUnit(services));
}
