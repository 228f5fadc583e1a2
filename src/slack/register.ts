import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { Services } from '../services.js';
import { mitraCommand } from './command-router.js';
import { refuseForm } from './fallback.js';
import { registerActionsActions } from './features/actions/actions.js';
import { actionsSubcommands } from './features/actions/command.js';
import { registerActionsViews } from './features/actions/submit.js';
import { registerEvaluationsActions } from './features/evaluations/actions.js';
import { evaluationsSubcommands } from './features/evaluations/command.js';
import { registerEvaluationsViews } from './features/evaluations/submit.js';
import { exportsSubcommands } from './features/exports/command.js';
import { registerGoalsActions } from './features/goals/actions.js';
import { goalsSubcommands } from './features/goals/command.js';
import { registerGoalsViews } from './features/goals/submit.js';
import { registerHolidaysActions } from './features/holidays/actions.js';
import { holidaysSubcommands } from './features/holidays/command.js';
import { registerHolidaysViews } from './features/holidays/submit.js';
import { registerHomeActions } from './features/home/actions.js';
import { registerPartnershipsEvents } from './features/home/events.js';
import { registerLeaveActions } from './features/leave/actions.js';
import { leaveSubcommands } from './features/leave/command.js';
import { registerLeaveViews } from './features/leave/submit.js';
import { registerNotesActions } from './features/notes/actions.js';
import { registerNotesViews } from './features/notes/submit.js';
import { registerPartnershipsActions } from './features/partnerships/actions.js';
import { partnershipsSubcommands } from './features/partnerships/command.js';
import { registerPartnershipsViews } from './features/partnerships/submit.js';
import { registerProgressActions } from './features/progress/actions.js';
import { progressSubcommands } from './features/progress/command.js';
import { registerProgressViews } from './features/progress/submit.js';
import { reportsSubcommands } from './features/reports/command.js';
import { registerRolesActions } from './features/roles/actions.js';
import { rolesSubcommands } from './features/roles/command.js';
import { registerRolesViews } from './features/roles/submit.js';
import { registerSchedulesActions } from './features/schedules/actions.js';
import { schedulesSubcommands } from './features/schedules/command.js';
import { registerSchedulesEvents } from './features/schedules/events.js';
import { registerSchedulesViews } from './features/schedules/submit.js';
import { registerUnitsActions } from './features/units/actions.js';
import { unitsSubcommands } from './features/units/command.js';
import { registerUnitsViews } from './features/units/submit.js';
import { brokenElements } from './kit/view-state.js';

/**
 * Binds every command word, action, form and event to its feature. Help and unknown words are
 * answered by the router; interactions no feature claims by the fallback.
 */
export function registerListeners(app: App, services: Services): void {
  app.command(
    '/mitra',
    mitraCommand(services, {
      ...partnershipsSubcommands,
      ...unitsSubcommands,
      ...goalsSubcommands,
      ...progressSubcommands,
      ...rolesSubcommands,
      ...schedulesSubcommands,
      ...holidaysSubcommands,
      ...evaluationsSubcommands,
      ...exportsSubcommands,
      ...reportsSubcommands,
      ...actionsSubcommands,
      ...leaveSubcommands,
    }),
  );

  registerPartnershipsActions(app, services);
  registerUnitsActions(app, services);
  registerHomeActions(app, services);
  registerGoalsActions(app, services);
  registerProgressActions(app, services);
  registerRolesActions(app, services);
  registerSchedulesActions(app, services);
  registerHolidaysActions(app, services);
  registerEvaluationsActions(app, services);
  registerActionsActions(app, services);
  registerNotesActions(app, services);
  registerLeaveActions(app, services);

  app.use(refuseBrokenState(services));
  registerPartnershipsViews(app, services);
  registerUnitsViews(app, services);
  registerGoalsViews(app, services);
  registerProgressViews(app, services);
  registerRolesViews(app, services);
  registerSchedulesViews(app, services);
  registerHolidaysViews(app, services);
  registerEvaluationsViews(app, services);
  registerActionsViews(app, services);
  registerNotesViews(app, services);
  registerLeaveViews(app, services);

  registerPartnershipsEvents(app, services);
  registerSchedulesEvents(app, services);
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
