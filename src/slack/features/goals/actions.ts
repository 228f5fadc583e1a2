import type { App, BlockAction, StaticSelectAction } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { parseId, redraw } from '../../kit/modal-actions.js';
import { goalModalFor } from './flow.js';
import { goalsIds } from './ids.js';
import { NEW_GOAL } from './view.js';

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
}
