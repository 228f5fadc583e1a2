import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { upsertResponse } from '../../../db/queries/evaluation-responses.js';
import { listManagerRoles } from '../../../db/queries/evaluations.js';
import { decideOpenCycle, surveySubmissionSchema } from '../../../domain/evaluation-cycle.js';
import { formatLocalDateTime } from '../../../domain/time/cadence-text.js';

import { type Locale, t as translate, translator } from '../../../i18n/index.js';
import { slackErrorText } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { accessPartnership } from '../../kit/access.js';
import { sendDm } from '../../kit/dm.js';
import { idValue } from '../../kit/modal-actions.js';
import { buildNoticeModal } from '../../kit/notice-modal.js';
import { refuse } from '../../kit/refuse.js';
import { parseJson, parseViewSubmission, readViewState } from '../../kit/view-state.js';
import { publishHome } from '../home/flow.js';
import { checkSurveyAccess, openEvaluationCycle } from './flow.js';
import { evaluationsIds as ids } from './ids.js';
import { managersBlockId } from './modals-view.js';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const openCycleMetadata = z.object({ partnershipId: z.number().int().positive().nullable() });
const surveyMetadata = z.object({ cycleId: z.number().int().positive() });

/**
 * The open-cycle form's fields as Slack sends them: a forged payload that puts another element in
 * a block (people where a time goes) is refused on that block, never read as "empty".
 */
const openCycleState = z.looseObject({
  partnership: z.string().nullish(),
  closes_date: z.string().nullish(),
  closes_time: z.string().nullish(),
  remind_lead: z.string().nullish(),
});
const managersState = z.array(z.string()).nullish();

function parseMetadata<T extends z.ZodType>(schema: T, raw: string): z.infer<T> | undefined {
  const parsed = schema.safeParse(parseJson(raw));
  return parsed.success ? parsed.data : undefined;
}

/** Replaces the modal with a notice: the refusal is read where the user is looking, nothing saved. */
function noticeAnswer(locale: Locale, text: string) {
  const t = translator(locale);
  return {
    response_action: 'update' as const,
    view: buildNoticeModal({
      title: t('evaluation.survey.notice.title'),
      close: t('evaluation.survey.close'),
      text,
    }),
  };
}

export function registerEvaluationsViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(ids.openCycleCallback, async ({ ack, body, view, client }: ViewArgs) => {
    const userId = body.user.id;
    const teamId = view.team_id;
    const locale = await services.locales.forUserQuickly(client, userId);
    const form = readViewState(view.state.values);
    const metadata = parseMetadata(openCycleMetadata, view.private_metadata);
    if (!metadata) {
      await ack(refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: userId }));
      return;
    }
    const state = openCycleState.safeParse(form);
    const wrongBlock = state.success
      ? Object.keys(form).find(
          (block) => block.startsWith('managers') && !managersState.safeParse(form[block]).success,
        )
      : String(state.error.issues[0]?.path[0] ?? 'partnership');
    if (wrongBlock !== undefined) {
      refuse(services.logger, { kind: body.type, id: view.callback_id, user: userId, reason: 'state' });
      await ack({
        response_action: 'errors',
        errors: { [wrongBlock]: translate(locale, 'validation.invalid') },
      });
      return;
    }
    const chosen = idValue.safeParse(form.partnership);
    const partnershipId = metadata.partnershipId ?? (chosen.success ? chosen.data : null);
    if (partnershipId === null) {
      await ack({
        response_action: 'errors',
        errors: { partnership: translate(locale, 'validation.chooseOption') },
      });
      return;
    }
    // Who may open a cycle is decided here, from the database — never from the modal.
    const access = accessPartnership(services, { teamId, userId, need: 'manage', id: partnershipId });
    if (!access.ok) {
      await ack(noticeAnswer(locale, translate(locale, access.problem.key, access.problem.params)));
      return;
    }
    const { partnership } = access;
    // The managers block is `managers`, or `managers_<id>` once chosen in the select variant.
    const managersBlock = managersBlockId(metadata.partnershipId ? null : partnershipId);
    const hasManagersBlock = view.blocks.some((b) => b.block_id === managersBlock);
    const invited = z.array(z.string()).safeParse(form[managersBlock] ?? []);
    const decision = decideOpenCycle(
      {
        closesDate: typeof form.closes_date === 'string' ? form.closes_date : null,
        closesTime: typeof form.closes_time === 'string' ? form.closes_time : null,
        remindLead: typeof form.remind_lead === 'string' ? form.remind_lead : null,
        invited: invited.success ? invited.data : [],
      },
      {
        now: services.clock(),
        timeZone: partnership.timeZone,
        code: partnership.code,
        managerIds: listManagerRoles(services.db, { teamId, partnershipId }).map((m) => m.userId),
      },
    );
    if (!decision.ok) {
      const errors: Record<string, string> = {};
      for (const [block, problem] of Object.entries(decision.errors)) {
        if (!problem) continue;
        // With no managers block yet (select variant before the redraw), the select carries it.
        const blockId = block !== 'managers' ? block : hasManagersBlock ? managersBlock : 'partnership';
        // Field errors are plain text, where `<@U…>` shows raw: name the people instead.
        const params = problem.userIds
          ? { ...problem.params, people: await realNames(client, problem.userIds) }
          : problem.params;
        errors[blockId] = translate(locale, problem.key, params);
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();

    const result = await openEvaluationCycle(services, client, {
      teamId,
      partnershipId,
      openedBy: userId,
      closesAt: decision.closesAt,
      remindAt: decision.remindAt,
      invitedUserIds: decision.invited,
    });
    const t = translator(locale);
    const lines = result.ok
      ? [
          t('evaluation.open.done', {
            code: partnership.code,
            invited: decision.invited.length,
            closes: formatLocalDateTime(decision.closesAt, partnership.timeZone, locale),
          }),
          result.promptProblem
            ? t('evaluation.open.promptFailed', {
                code: partnership.code,
                channel: result.promptProblem.channelId,
                error: slackErrorText(t, result.promptProblem.error),
              })
            : null,
        ]
      : [t(result.problem.key, result.problem.params)];
    const text = lines.filter(Boolean).join('\n');
    await sendDm(client, userId, { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });
  });

  app.view<ViewSubmitAction>(ids.surveyCallback, async ({ ack, body, view, client }: ViewArgs) => {
    const userId = body.user.id;
    const teamId = view.team_id;
    const locale = await services.locales.forUserQuickly(client, userId);
    const t = translator(locale);
    const metadata = parseMetadata(surveyMetadata, view.private_metadata);
    if (!metadata) {
      refuse(services.logger, {
        kind: body.type,
        id: view.callback_id,
        user: userId,
        reason: 'private_metadata',
      });
      await ack(noticeAnswer(locale, t('evaluation.survey.notFound')));
      return;
    }
    // Re-checked on submission: the cycle may have closed, or the payload may name another team's cycle.
    const access = checkSurveyAccess(services, { teamId, userId, cycleId: metadata.cycleId });
    if (!access.ok) {
      await ack(noticeAnswer(locale, t(access.key, access.params)));
      return;
    }
    const parsed = parseViewSubmission(surveySubmissionSchema, view.state.values, locale);
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const { cycle, partnership } = access;
    const saved = upsertResponse(services.db, {
      teamId,
      cycleId: cycle.id,
      partnershipId: partnership.id,
      userId,
      unitId: access.unitId,
      ...parsed.data,
      now: services.clock(),
    });
    if (!saved.ok) {
      await ack(noticeAnswer(locale, t('evaluation.survey.closed', { code: partnership.code })));
      return;
    }
    await ack({
      response_action: 'update',
      view: buildNoticeModal({
        title: t('evaluation.survey.thanks.title'),
        close: t('evaluation.survey.close'),
        text: t('evaluation.survey.thanks.body', {
          code: partnership.code,
          closes: formatLocalDateTime(cycle.closesAt, partnership.timeZone, locale),
        }),
      }),
    });
    await publishHome(services, client, { teamId, userId });
  });
}

/** At most this many people are named in a field error; the count says how many in all. */
const MAX_NAMED = 5;

/**
 * "Budi Santoso, Sari Dewi" for a plain-text error. The lookups run together and give up fast —
 * the submission must be acked within 3 s — leaving the Slack id where no name came back.
 */
async function realNames(client: ViewArgs['client'], userIds: readonly string[]): Promise<string> {
  const shown = userIds.slice(0, MAX_NAMED);
  const lookups = Promise.all(
    shown.map((user) =>
      client.users
        .info({ user })
        .then((info) => info.user?.real_name || info.user?.profile?.real_name || info.user?.name || user)
        .catch(() => user),
    ),
  );
  const fallback = new Promise<string[]>((resolve) => setTimeout(() => resolve([...shown]), 1000).unref());
  const names = await Promise.race([lookups, fallback]);
  return userIds.length > shown.length ? `${names.join(', ')}, …` : names.join(', ');
}
