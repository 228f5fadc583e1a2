import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { getGoal, listUnitsOfPartnership, saveGoal } from '../../../db/queries/goals.js';
import { INDICATOR_DIRECTIONS } from '../../../domain/capaian.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import type { Locale } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import {
  choiceError,
  decimal,
  id,
  optionalDate,
  optionalTextUpTo,
  slackUser,
  textUpTo,
} from '../../kit/fields.js';
import { escapeMrkdwn } from '../../kit/message.js';
import {
  answerRefused,
  openSubmission,
  type SubmitArgs,
  savedViewFor,
  unitIn,
} from '../../kit/submission.js';
import { afterChange, linkSavedViewToCharter, notice } from '../charter/flow.js';
import { reportingYear } from './flow.js';
import { goalsIds } from './ids.js';
import { QUARTER_TARGET_IDS, REPORTING_LIMITS } from './targets-view.js';
import { GOAL_LIMITS, NEW_GOAL } from './view.js';

const goalSchema = (locale: Locale) =>
  z.object({
    [goalsIds.goalTitle]: textUpTo(GOAL_LIMITS.title),
    [goalsIds.goalIndicator]: textUpTo(GOAL_LIMITS.indicator),
    [goalsIds.goalBaseline]: decimal(locale),
    [goalsIds.goalTarget]: decimal(locale),
    [goalsIds.goalTargetQ1]: decimal(locale),
    [goalsIds.goalTargetQ2]: decimal(locale),
    [goalsIds.goalTargetQ3]: decimal(locale),
    [goalsIds.goalTargetQ4]: decimal(locale),
    [goalsIds.goalIkuCode]: optionalTextUpTo(REPORTING_LIMITS.ikuCode),
    [goalsIds.goalIkuText]: optionalTextUpTo(REPORTING_LIMITS.ikuText),
    [goalsIds.goalDirection]: z.enum(INDICATOR_DIRECTIONS, { error: choiceError }).nullish(),
    [goalsIds.goalMeasureUnit]: optionalTextUpTo(GOAL_LIMITS.measureUnit),
    [goalsIds.goalDueDate]: optionalDate,
    [goalsIds.goalOwnerUnit]: id.nullish().transform((v) => v ?? null),
    [goalsIds.goalPersonInCharge]: slackUser.nullish().transform((v) => v ?? null),
  });

// ── the three modals ────────────────────────────────────────────────────────────────────────

function submitGoal(services: Services) {
  return async (args: SubmitArgs) => {
    const opened = await openSubmission(services, args, 'manage', [goalsIds.goalTitle]);
    if (!opened.ok) return args.ack(answerRefused(opened));
    const { teamId, userId, t, form, metadata, partnership } = opened;
    const scope = { teamId, partnershipId: partnership.id };

    // The "new goal / edit" select says which goal; without it (no goals yet) the form is for a new one.
    const choice = form.values[goalsIds.goalChoiceBlock];
    const goalId =
      choice === NEW_GOAL
        ? null
        : choice === undefined || choice === null
          ? metadata.goalId
          : id.safeParse(choice).data;
    const before =
      goalId === null || goalId === undefined ? undefined : getGoal(services.db, { ...scope, id: goalId });
    if (goalId !== null && !before) {
      const text = t('goal.error.notInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.goalChoiceBlock, goalsIds.goalTitle], text),
      });
    }
    const parsed = form.parse(goalSchema(form.locale));
    if (!parsed.ok) return args.ack({ response_action: 'errors', errors: parsed.errors });
    const data = parsed.data;
    const units = listUnitsOfPartnership(services.db, scope);
    if (!unitIn(units, data[goalsIds.goalOwnerUnit])) {
      const text = t('goal.error.unitNotInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.goalOwnerUnit], text),
      });
    }

    // A new due date must not have passed; a goal keeps the date it already had when edited.
    const dueDate = data[goalsIds.goalDueDate];
    if (
      dueDate &&
      dueDate !== before?.dueDate &&
      dueDate < localDateOf(services.clock(), partnership.timeZone)
    ) {
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.goalDueDate], t('goal.error.dueInPast')),
      });
    }

    const fields = {
      title: data[goalsIds.goalTitle],
      indicator: data[goalsIds.goalIndicator],
      baseline: data[goalsIds.goalBaseline],
      target: data[goalsIds.goalTarget],
      measureUnit: data[goalsIds.goalMeasureUnit],
      // A form opened before these fields existed leaves what the goal had.
      ikuCode: form.has(goalsIds.goalIkuCode)
        ? data[goalsIds.goalIkuCode]?.trim() || null
        : (before?.ikuCode ?? null),
      ikuText: form.has(goalsIds.goalIkuText)
        ? data[goalsIds.goalIkuText]?.trim() || null
        : (before?.ikuText ?? null),
      direction: data[goalsIds.goalDirection] ?? before?.direction ?? 'higher',
      dueDate: data[goalsIds.goalDueDate],
      ownerUnitId: data[goalsIds.goalOwnerUnit],
      personInChargeId: data[goalsIds.goalPersonInCharge],
    };
    const now = services.clock();
    // `target` stays the annual target (older readers use it); the year's quarters come with it.
    const targets = {
      year: reportingYear(services, partnership.timeZone),
      values: [
        { quarter: 0, value: data[goalsIds.goalTarget] },
        ...QUARTER_TARGET_IDS.flatMap((field, index) =>
          form.has(field) ? [{ quarter: index + 1, value: data[field] }] : [],
        ),
      ],
    };
    const saved = saveGoal(services.db, { ...scope, before, fields, targets, actor: userId, now });
    const savedView = savedViewFor(t, partnership, {
      text: t(before ? 'saved.goal.updated' : 'saved.goal.added', { title: escapeMrkdwn(saved.title) }),
    });
    await args.ack({ response_action: 'update', view: savedView() });
    const outcome = await afterChange(services, args.client, {
      teamId,
      partnershipId: partnership.id,
      notice: notice(userId, before ? 'goal.notice.updated' : 'goal.notice.added', {
        title: escapeMrkdwn(saved.title),
      }),
      homeUserIds: [userId, saved.personInChargeId, before?.personInChargeId ?? null],
    });
    await linkSavedViewToCharter(services, args.client, {
      viewId: args.body.view.id,
      outcome,
      build: savedView,
    });
  };
}

export function registerGoalsViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(goalsIds.goalModal, submitGoal(services));
}
