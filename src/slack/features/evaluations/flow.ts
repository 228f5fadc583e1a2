import type { WebClient } from '@slack/web-api';
import { getInvitation, getResponse, setInvitationDm } from '../../../db/queries/evaluation-responses.js';
import {
  type ClosedCycle,
  createEvaluationCycle,
  getCycle,
  getCycleProgress,
  getOpenCycle,
  listClosedCycles,
  listManagerRoles,
  listUnitNames,
  setCyclePromptTs,
} from '../../../db/queries/evaluations.js';
import { getPartnershipById } from '../../../db/queries/partnerships.js';
import type { EvaluationCycle, Partnership } from '../../../db/schema/index.js';
import { acceptsAnswers, defaultRemindAt } from '../../../domain/evaluation-cycle.js';
import { DEFAULT_MIN_GROUP_SIZE } from '../../../domain/evaluation-stats.js';
import { formatPercent } from '../../../domain/evaluation-trend.js';
import { formatLocalDateTime } from '../../../domain/time/cadence-text.js';

import { type Locale, type MessageKey, type MessageParams, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { sendDm } from '../../kit/dm.js';
import type { SlackMessage } from '../../kit/message.js';
import { buildNoticeModal } from '../../kit/notice-modal.js';
import { type ChannelProblem, postOnce } from '../../kit/post.js';
import { invitationKey, promptKey } from '../../kit/post-keys.js';
import { afterChange } from '../charter/flow.js';
import { publishHome } from '../home/flow.js';
import { buildInvitationDm, buildPromptMessage } from './messages-view.js';
import { buildSurveyModal } from './modals-view.js';
import { buildReportMessage } from './report-view.js';

export { addSummaryChart, sendReportChart } from './charts.js';
export { MAX_TREND_POINTS } from './report-view.js';

export interface OpenCycleParams {
  teamId: string;
  partnershipId: number;
  openedBy: string;
  closesAt: Date;
  /** Default: every holder of the `manager` role in the partnership. */
  invitedUserIds?: readonly string[];
  scheduleId?: number | null;
  /** When non-responders are reminded; `null` for never. Default: a day before closing. */
  remindAt?: Date | null;
}

export type OpenCycleResult =
  | {
      ok: true;
      cycleId: number;
      /** Set when the prompt could not be posted in the channel (the DMs went out regardless). */
      promptProblem?: { problem: ChannelProblem; error: string; channelId: string };
    }
  | { ok: false; problem: { key: MessageKey; params?: MessageParams } };

/**
 * Opens an evaluation cycle: stores it with its invitations, posts the prompt in the shared
 * channel and DMs each invited manager a button to the survey. Used by `/mitra evaluasi` and by
 * schedules of kind `evaluation`.
 *
 * Refused (nothing stored) when the partnership has no managers to invite or already has a cycle
 * running. A prompt that cannot be posted does not undo the cycle: the managers still get their
 * DMs, and the result says what went wrong so the caller can tell the coordinator.
 */
export async function openEvaluationCycle(
  services: Services,
  client: WebClient,
  params: OpenCycleParams,
): Promise<OpenCycleResult> {
  const { db, logger } = services;
  const partnership = getPartnershipById(db, { teamId: params.teamId, id: params.partnershipId });
  if (!partnership) {
    return {
      ok: false,
      problem: { key: 'partnership.notFound', params: { code: String(params.partnershipId) } },
    };
  }
  const managers = listManagerRoles(db, { teamId: params.teamId, partnershipId: partnership.id });
  const unitOf = new Map(managers.map((m) => [m.userId, m.unitId]));
  const invited = [...new Set(params.invitedUserIds ?? managers.map((m) => m.userId))];
  if (invited.length === 0) {
    return {
      ok: false,
      problem: { key: 'evaluation.open.error.noManagers', params: { code: partnership.code } },
    };
  }

  const now = services.clock();
  const cycle = createEvaluationCycle(db, {
    teamId: params.teamId,
    partnershipId: partnership.id,
    scheduleId: params.scheduleId ?? null,
    openedBy: params.openedBy,
    openedAt: now,
    closesAt: params.closesAt,
    remindAt: params.remindAt !== undefined ? params.remindAt : defaultRemindAt(now, params.closesAt),
    channelId: partnership.channelId,
    invitations: invited.map((userId) => ({ userId, unitId: unitOf.get(userId) ?? null })),
  });
  if (!cycle)
    return { ok: false, problem: alreadyOpenProblem(services, partnership, services.config.locale) };

  const channelLocale = services.config.locale;
  const prompt = buildPromptMessage(
    { ...cycleMessageData(cycle, partnership, channelLocale), invitedUserIds: invited },
    translator(channelLocale),
  );
  const posted = await postOnce(
    client,
    { channel: cycle.channelId, text: prompt.text, blocks: prompt.blocks },
    { key: promptKey(cycle.id), log: logger },
  );
  let promptProblem: { problem: ChannelProblem; error: string; channelId: string } | undefined;
  if (posted.ok) setCyclePromptTs(db, { teamId: cycle.teamId, cycleId: cycle.id, promptTs: posted.ts });
  else {
    promptProblem = { problem: posted.problem, error: posted.error, channelId: cycle.channelId };
    logger.warn({ cycle: cycle.id, error: posted.error }, 'evaluation prompt could not be posted');
  }
  // The charter shows the running cycle and its response rate.
  await afterChange(services, client, {
    teamId: cycle.teamId,
    partnershipId: partnership.id,
    homeUserIds: [],
  });

  for (const userId of invited) {
    const locale = await services.locales.forUser(client, userId);
    const dm = buildInvitationDm(cycleMessageData(cycle, partnership, locale), translator(locale));
    const sent = await sendDm(client, userId, dm, { key: invitationKey(cycle.id), log: logger });
    if (sent)
      setInvitationDm(db, {
        teamId: cycle.teamId,
        cycleId: cycle.id,
        userId,
        dmChannelId: sent.channel,
        dmTs: sent.ts,
      });
    else logger.warn({ cycle: cycle.id, user: userId }, 'evaluation invitation DM could not be sent');
  }
  for (const userId of new Set([...invited, params.openedBy])) {
    await publishHome(services, client, { teamId: cycle.teamId, userId });
  }
  return { ok: true, cycleId: cycle.id, ...(promptProblem ? { promptProblem } : {}) };
}

/** "Running until …: 2 of 3 answered (67%)", for a coordinator who tries to open a second cycle. */
export function alreadyOpenProblem(
  services: Services,
  partnership: Partnership,
  locale: Locale,
): { key: MessageKey; params: MessageParams } {
  const open = getOpenCycle(services.db, { teamId: partnership.teamId, partnershipId: partnership.id });
  const progress = open
    ? getCycleProgress(services.db, { teamId: partnership.teamId, cycleId: open.id })
    : undefined;
  return {
    key: 'evaluation.open.alreadyOpen',
    params: {
      code: partnership.code,
      closes: open ? formatLocalDateTime(open.closesAt, partnership.timeZone, locale) : '–',
      responded: progress?.respondedCount ?? 0,
      invited: progress?.invitedCount ?? 0,
      rate: formatPercent(progress?.responseRate ?? null, locale),
    },
  };
}

export function cycleMessageData(
  cycle: Pick<EvaluationCycle, 'id' | 'closesAt'>,
  partnership: Pick<Partnership, 'code' | 'name' | 'timeZone'>,
  locale: Locale,
) {
  return {
    cycleId: cycle.id,
    code: partnership.code,
    name: partnership.name,
    closesLabel: formatLocalDateTime(cycle.closesAt, partnership.timeZone, locale),
  };
}

export type SurveyAccess =
  | { ok: true; cycle: EvaluationCycle; partnership: Partnership; unitId: number | null }
  | { ok: false; key: MessageKey; params: MessageParams };

/**
 * May this person answer this cycle now? Checked on the server when the survey opens and again
 * when it is submitted: the cycle must belong to the team, the person must be invited, and the
 * cycle must still be open and before its closing time.
 */
export function checkSurveyAccess(
  services: Services,
  params: { teamId: string; userId: string; cycleId: number },
): SurveyAccess {
  const cycle = getCycle(services.db, { teamId: params.teamId, cycleId: params.cycleId });
  const partnership =
    cycle && getPartnershipById(services.db, { teamId: params.teamId, id: cycle.partnershipId });
  if (!cycle || !partnership) return { ok: false, key: 'evaluation.survey.notFound', params: {} };
  const invitation = getInvitation(services.db, { ...params, cycleId: cycle.id });
  if (!invitation) return { ok: false, key: 'evaluation.survey.notInvited', params: {} };
  if (!acceptsAnswers(cycle, services.clock())) {
    return { ok: false, key: 'evaluation.survey.closed', params: { code: partnership.code } };
  }
  return { ok: true, cycle, partnership, unitId: invitation.unitId };
}

/**
 * Opens the survey for a person, pre-filled with their earlier answers; or, when they may not
 * answer, a modal that says why. Uses the trigger at once.
 */
export async function openSurvey(
  services: Services,
  client: WebClient,
  params: { teamId: string; userId: string; cycleId: number; triggerId: string; locale: Locale },
): Promise<void> {
  const t = translator(params.locale);
  const access = checkSurveyAccess(services, params);
  if (!access.ok) {
    await client.views.open({
      trigger_id: params.triggerId,
      view: buildNoticeModal({
        title: t('evaluation.survey.notice.title'),
        close: t('evaluation.survey.close'),
        text: t(access.key, access.params),
      }),
    });
    return;
  }
  const { cycle, partnership } = access;
  const previous = getResponse(services.db, {
    teamId: params.teamId,
    cycleId: cycle.id,
    userId: params.userId,
  });
  await client.views.open({
    trigger_id: params.triggerId,
    view: buildSurveyModal(
      {
        ...cycleMessageData(cycle, partnership, params.locale),
        minGroupSize: DEFAULT_MIN_GROUP_SIZE,
        previous: previous
          ? {
              scores: {
                coordination: previous.coordination,
                communication: previous.communication,
                collaboration: previous.collaboration,
                efficiency: previous.efficiency,
                satisfaction: previous.satisfaction,
                trust: previous.trust,
                roleClarity: previous.roleClarity,
              },
              whatWorks: previous.whatWorks,
              whatToImprove: previous.whatToImprove,
              answeredLabel: formatLocalDateTime(previous.updatedAt, partnership.timeZone, params.locale),
            }
          : null,
      },
      t,
    ),
  });
}

/**
 * `/mitra laporan`: the latest closed cycle's stored summary, the trend over every closed cycle,
 * and how far a running cycle has got — all from the database, in the reader's language.
 */
export function loadReport(
  services: Services,
  params: { partnership: Partnership; locale: Locale },
): SlackMessage {
  return loadReportWithCycles(services, params).message;
}

/** The same, with the closed cycles it was built from (oldest first), for the trend's chart. */
export function loadReportWithCycles(
  services: Services,
  params: { partnership: Partnership; locale: Locale },
): { message: SlackMessage; closed: ClosedCycle[] } {
  const { partnership, locale } = params;
  const teamId = partnership.teamId;
  const closed = listClosedCycles(services.db, { teamId, partnershipId: partnership.id });
  const last = closed.at(-1);
  const open = getOpenCycle(services.db, { teamId, partnershipId: partnership.id });
  const progress = open ? getCycleProgress(services.db, { teamId, cycleId: open.id }) : undefined;
  const when = (at: Date) => formatLocalDateTime(at, partnership.timeZone, locale);
  const breakdown = last?.summaryJson.unitBreakdown;
  const message = buildReportMessage(
    {
      code: partnership.code,
      name: partnership.name,
      summaries: closed.map((c) => c.summaryJson),
      latest: last
        ? {
            code: partnership.code,
            name: partnership.name,
            summary: last.summaryJson,
            openedLabel: when(last.openedAt),
            closedLabel: when(last.closedAt ?? last.closesAt),
            unitNames: listUnitNames(services.db, {
              teamId,
              unitIds: breakdown?.status === 'shown' ? breakdown.units.map((u) => u.unitId) : [],
            }),
          }
        : null,
      running: progress
        ? {
            responded: progress.respondedCount,
            invited: progress.invitedCount,
            rate: progress.responseRate,
            closesLabel: when(progress.closesAt),
          }
        : null,
    },
    locale,
    translator(locale),
  );
  return { message, closed };
}
