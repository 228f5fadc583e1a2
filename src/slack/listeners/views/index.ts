import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { brokenElements } from '../../view-state.js';
import { refuseForm } from '../fallback.js';
import { registerEvaluationsViews } from './evaluations.js';
import { registerGoalsViews } from './goals.js';
import { registerPartnershipsViews } from './partnerships.js';
import { registerSchedulesViews } from './schedules.js';

export function registerViews(app: App, services: Services): void {
  app.use(refuseBrokenState(services));
  registerPartnershipsViews(app, services);
  registerGoalsViews(app, services);
  registerSchedulesViews(app, services);
  registerEvaluationsViews(app, services);
}

/**
 * One check in front of every form: a submission whose state holds a value Slack never sends
 * (another type than its element's, or an element of another type than the form's block) is
 * forged or garbled. Reading it as an empty field would let the rest write — even when the field
 * is optional or not one the form reads — so the whole submission is refused: the form turns into
 * the outdated notice and nothing is written.
 */
function refuseBrokenState(services: Services): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as {
      type?: unknown;
      user?: { id?: unknown };
      view?: { callback_id?: unknown; blocks?: unknown; state?: { values?: unknown } };
    };
    if (
      body.type !== 'view_submission' ||
      brokenElements(body.view?.state?.values, body.view?.blocks).length === 0
    ) {
      await args.next();
      return;
    }
    const userId = typeof body.user?.id === 'string' ? body.user.id : undefined;
    const callbackId = typeof body.view?.callback_id === 'string' ? body.view.callback_id : '';
    const locale = await services.locales.forUserQuickly(args.client, userId);
    await (args as { ack?: (answer: unknown) => Promise<void> }).ack?.(
      refuseForm(services.logger, locale, {
        kind: 'view_submission',
        id: callbackId,
        user: userId,
        reason: 'state',
      }),
    );
  };
}
