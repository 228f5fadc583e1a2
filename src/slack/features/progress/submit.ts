import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { getGoal, saveProgress } from '../../../db/queries/goals.js';
import { GOAL_STATUSES } from '../../../db/schema/index.js';
import { parseEvidenceList } from '../../../domain/evidence.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { compareQuarters, quarterOfDate } from '../../../domain/time/quarters.js';
import { type Locale, t as translate, translator } from '../../../i18n/index.js';
import { goalStatusKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { choiceError, decimal, id, optionalTextUpTo } from '../../kit/fields.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { answerRefused, openSubmission, type SubmitArgs, savedViewFor } from '../../kit/submission.js';
import { afterChange, linkSavedViewToCharter, notice } from '../charter/flow.js';
import { progressIds } from './ids.js';
import { parsePeriodValue, QUARTER_LIMITS, quarterChoices } from './quarter-view.js';
import { formatGoalValueMrkdwn, PROGRESS_LIMITS } from './view.js';

const progressSchema = (locale: Locale) =>
  z.object({
    [progressIds.progressGoalBlock]: id,
    [progressIds.progressValue]: decimal(locale),
    [progressIds.progressStatus]: z.enum(GOAL_STATUSES, { error: choiceError }),
    [progressIds.progressNote]: optionalTextUpTo(PROGRESS_LIMITS.note),
    [progressIds.progressQuarterBlock]: z
      .string({ error: choiceError })
      .refine((v) => parsePeriodValue(v) !== null, { message: 'validation.chooseOption' })
      .nullish(),
    [progressIds.progressObstacles]: optionalTextUpTo(QUARTER_LIMITS.obstacles),
    [progressIds.progressFollowUp]: optionalTextUpTo(QUARTER_LIMITS.followUp),
    [progressIds.progressEvidence]: optionalTextUpTo(QUARTER_LIMITS.evidence),
  });

const blank = (text: string | null) => (text && text.trim() !== '' ? text.trim() : null);

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
    // The quarter: offered ones only go back; one that has not begun cannot have a realisation.
    const current = quarterOfDate(localDateOf(now, partnership.timeZone));
    // A form opened before the quarter field existed reports on the current quarter.
    const period = form.has(progressIds.progressQuarterBlock)
      ? parsePeriodValue(data[progressIds.progressQuarterBlock])
      : current;
    const offered = period && quarterChoices(current).some((c) => compareQuarters(c, period) === 0);
    if (!period || !offered) {
      const key =
        period && compareQuarters(period, current) > 0
          ? 'progress.error.futureQuarter'
          : 'progress.error.oldQuarter';
      return args.ack({
        response_action: 'errors',
        errors: form.error([progressIds.progressQuarterBlock], t(key)),
      });
    }
    const evidence = parseEvidenceList(data[progressIds.progressEvidence] ?? '');
    if (!evidence.ok) {
      return args.ack({
        response_action: 'errors',
        errors: form.error(
          [progressIds.progressEvidence],
          t(`progress.error.evidence.${evidence.error}`, { input: evidence.input.slice(0, 80) }),
        ),
      });
    }
    const saved = saveProgress(services.db, {
      teamId,
      partnershipId: partnership.id,
      goal,
      value: data[progressIds.progressValue],
      status: data[progressIds.progressStatus],
      note: data[progressIds.progressNote],
      period,
      isCurrent: compareQuarters(period, current) === 0,
      obstacles: blank(data[progressIds.progressObstacles]),
      followUpActions: blank(data[progressIds.progressFollowUp]),
      evidence: evidence.links,
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
