import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { parseId, redraw } from '../../kit/modal-actions.js';
import { roleModalFor } from './flow.js';
import { rolesIds } from './ids.js';

export function registerRolesActions(app: App, services: Services): void {
  app.action<BlockAction<StaticSelectAction>>(
    rolesIds.rolePartnershipSelect,
    redraw(services, (ctx, value) =>
      roleModalFor(services, { ...ctx.base, partnershipId: parseId(value), assignmentId: null }),
    ),
  );
  app.action<BlockAction<ButtonAction>>(
    rolesIds.roleEdit,
    redraw(services, (ctx, value) =>
      roleModalFor(services, {
        ...ctx.base,
        partnershipId: ctx.metadata.partnershipId,
        assignmentId: parseId(value),
      }),
    ),
  );
  app.action<BlockAction<ButtonAction>>(
    rolesIds.roleNew,
    redraw(services, (ctx) =>
      roleModalFor(services, { ...ctx.base, partnershipId: ctx.metadata.partnershipId, assignmentId: null }),
    ),
  );
}
