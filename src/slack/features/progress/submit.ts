import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { getGoal, saveProgress } from '../../../db/queries/goals.js';
import { GOAL_STATUSES } from '../../../db/schema/index.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import { type Locale, t as translate, translator } from '../../../i18n/index.js';
import { goalStatusKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { choiceError, decimal, id, optionalTextUpTo } from '../../kit/fields.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { answerRefused, openSubmission, type SubmitArgs, savedViewFor } from '../../kit/submission.js';
import { afterChange, linkSavedViewToCharter, notice } from '../charter/flow.js';
import { progressIds } from './ids.js';
import { formatGoalValueMrkdwn, PROGRESS_LIMITS } from './view.js';

const progressSchema = (locale: Locale) =>
  z.object({
    [progressIds.progressGoalBlock]: id,
    [progressIds.progressValue]: decimal(locale),
    [progressIds.progressStatus]: z.enum(GOAL_STATUSES, { error: choiceError }),
    [progressIds.progressNote]: optionalTextUpTo(PROGRESS_LIMITS.note),
  });

function submitProgress(services: Services) {
  return async (args: SubmitArgs) => {
    const opened = await openSubmission(services, args, 'view', [progressIds.progressGoalBlock]);
    if (!opened.ok) return args.ack(answerRefused(opened));
    const { teamId, userId, t, form, partnership, actor } = opened;
    const parsed = form.parse(progressSchema(form.locale));
    if (!parsed.ok) return args.ack({ response_action: 'errors', errors: parsed.errors });
    const data = parsed.data;
    const goal = getGoal(services.db, {
      teamId,
      partnershipId: partnership.id,
      id: data[progressIds.progressGoalBlock],
    });
    if (!goal || !canRecordProgress(actor, goal)) {
      const text = goal
        ? t('progress.notAllowed', { code: partnership.code })
        : t('goal.error.notInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([progressIds.progressGoalBlock], text),
      });
    }
    // A count or a percentage cannot go below zero; only an indicator whose own figures do may.
    const value = data[progressIds.progressValue];
    if (value !== null && value < 0 && !((goal.baseline ?? 0) < 0 || (goal.target ?? 0) < 0)) {
      return args.ack({
        response_action: 'errors',
        errors: form.error([progressIds.progressValue], t('progress.error.negative')),
      });
    }

    const now = services.clock();
    const saved = saveProgress(services.db, {
      teamId,
      partnershipId: partnership.id,
      goal,
      value: data[progressIds.progressValue],
      status: data[progressIds.progressStatus],
      note: data[progressIds.progressNote],
      actor: userId,
      now,
    });
    const savedView = savedViewFor(t, partnership, {
      text: t('saved.progress', {
        title: escapeMrkdwn(saved.title),
        value: formatGoalValueMrkdwn(saved.currentValue, saved.measureUnit, form.locale, t),
        status: t(goalStatusKey(saved.status)),
      }),
    });
    await args.ack({ response_action: 'update', view: savedView() });
    // The notice is read in the shared channel, so it is worded in the deployment's language.
    const channelLocale = services.config.locale;
    const outcome = await afterChange(services, args.client, {
      teamId,
      partnershipId: partnership.id,
      notice: notice(userId, 'progress.notice.recorded', {
        title: escapeMrkdwn(saved.title),
        value: formatGoalValueMrkdwn(
          saved.currentValue,
          saved.measureUnit,
          channelLocale,
          translator(channelLocale),
        ),
        status: translate(channelLocale, goalStatusKey(saved.status)),
      }),
      homeUserIds: [userId, saved.personInChargeId],
    });
    await linkSavedViewToCharter(services, args.client, {
      viewId: args.body.view.id,
      outcome,
      build: savedView,
    });
  };
}

export function registerProgressViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(progressIds.progressModal, submitProgress(services));
}
