import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { recordLeave } from '../../../db/queries/leaves.js';
import { leaveProblem } from '../../../domain/follow-through.js';
import { isAdmin } from '../../../domain/permissions.js';
import { isValidLocalDate } from '../../../domain/time/calendar.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { sendDm } from '../../kit/dm.js';
import type { SubmitArgs } from '../../kit/submission.js';
import { type FieldErrors, readViewState } from '../../kit/view-state.js';
import { leaveToday } from './flow.js';
import { leaveIds } from './ids.js';
import { leaveLine } from './view.js';

const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function submitLeave(services: Services) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const actor = body.user.id;
    const teamId = body.team?.id ?? view.team_id;
    const locale = await services.locales.forUserQuickly(client, actor);
    const t = translator(locale);
    const values = readViewState(view.state.values);
    const admin = isAdmin(services.config.admins, actor);
    const errors: FieldErrors = {};
    const chosen = values[leaveIds.personBlock];
    let person = actor;
    if (chosen !== undefined && chosen !== null) {
      // Only admins get the person field; anyone else naming someone is refused, nothing saved.
      if (!admin) errors[leaveIds.personBlock] = t('admin.only');
      else if (!userId.safeParse(chosen).success) errors[leaveIds.personBlock] = t('validation.required');
      else person = String(chosen);
    }
    const from = text(values[leaveIds.fromBlock]);
    const to = text(values[leaveIds.toBlock]);
    const delegateValue = values[leaveIds.delegateBlock];
    const delegate = userId.safeParse(delegateValue).success ? String(delegateValue) : null;
    if (!isValidLocalDate(from)) errors[leaveIds.fromBlock] = t('validation.date');
    if (!isValidLocalDate(to)) errors[leaveIds.toBlock] = t('validation.date');
    if (Object.keys(errors).length === 0) {
      const problem = leaveProblem(
        { userId: person, fromDate: from, toDate: to, delegateUserId: delegate },
        leaveToday(services),
      );
      if (problem === 'order') errors[leaveIds.toBlock] = t('leave.error.order');
      if (problem === 'past') errors[leaveIds.toBlock] = t('leave.error.past');
      if (problem === 'selfDelegate') errors[leaveIds.delegateBlock] = t('leave.error.selfDelegate');
    }
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const leave = recordLeave(services.db, {
      teamId,
      userId: person,
      fromDate: from,
      toDate: to,
      delegateUserId: delegate,
      actorId: actor,
      now: services.clock(),
    });
    await sendDm(client, actor, t('leave.saved', { line: leaveLine(leave, t, locale) }));
    if (person !== actor) {
      const theirLocale = await services.locales.forUser(client, person);
      const theirT = translator(theirLocale);
      await sendDm(
        client,
        person,
        theirT('leave.recordedForYou', { admin: actor, line: leaveLine(leave, theirT, theirLocale) }),
      );
    }
  };
}

export function registerLeaveViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(leaveIds.modal, submitLeave(services));
}
