import type { WebClient } from '@slack/web-api';
import { listPreviousImprovementItems } from '../db/queries/action-items.js';
import {
  claimCycleToClose,
  markCycleClosed,
  storeCycleSummary,
  storeSummaryTs,
} from '../db/queries/evaluation-close.js';
import { listInvitations, listSurveyAnswers } from '../db/queries/evaluation-responses.js';
import { getPreviousSummary, listUnitNames } from '../db/queries/evaluations.js';
import { listLeavesOverlapping, listRespondentIds } from '../db/queries/leaves.js';
import { getPartnershipById } from '../db/queries/partnerships.js';
import type { EvaluationCycle, Partnership } from '../db/schema/index.js';
import { type CycleSummary, summariseCycle } from '../domain/evaluation-stats.js';
import { awayDuring, outcomeCounts } from '../domain/follow-through.js';
import { formatLocalDateTime } from '../domain/time/cadence-text.js';
import { localDateOf } from '../domain/time/calendar.js';

import { translator } from '../i18n/index.js';
import type { Services } from '../services.js';
import { refreshCharter } from '../slack/features/charter/flow.js';
import { addSummaryChart } from '../slack/features/evaluations/flow.js';
import { buildPromptClosedMessage } from '../slack/features/evaluations/messages-view.js';
import { buildSummaryMessage } from '../slack/features/evaluations/summary-view.js';
import { publishHome } from '../slack/features/home/flow.js';
import type { SlackMessage } from '../slack/kit/message.js';
import { postOnce, updateInChannel } from '../slack/kit/post.js';
import { SUMMARY_EVENT_TYPE, summaryKey } from '../slack/kit/post-keys.js';

/** A claim older than this belongs to a process that died mid-close; another one resumes it. */
export const CLOSE_CLAIM_STALE_MS = 10 * 60 * 1000;

/** The summary message carries this metadata, so a resumed close can find a summary already posted. */
export { SUMMARY_EVENT_TYPE };

/**
 * Closes every cycle whose closing time has come, exactly once, and posts its summary.
 *
 * Durable in steps, each recorded before the next: (1) claim — `status = 'closing'` by one
 * process, atomically; (2) the summary is computed and stored on the cycle; (3) it is posted and
 * its `ts` stored; (4) the channel prompt is updated and the cycle marked `closed`. A process that
 * dies leaves a stale claim that a later tick resumes from the first missing step; if it died
 * between posting and storing the `ts`, the channel's history (the message's metadata names the
 * cycle) tells the resumer the summary is already there. A post whose answer never came is looked
 * for the same way at once, and otherwise left to the resumer rather than posted again.
 */
export async function closeDueCycles(
  services: Services,
  client: WebClient,
  params: { now: Date; claimant: string; staleMs?: number },
): Promise<number[]> {
  const closed: number[] = [];
  const staleBefore = new Date(params.now.getTime() - (params.staleMs ?? CLOSE_CLAIM_STALE_MS));
  for (;;) {
    const cycle = claimCycleToClose(services.db, { now: params.now, claimant: params.claimant, staleBefore });
    if (!cycle) break;
    if (await finishClose(services, client, cycle, params)) closed.push(cycle.id);
  }
  return closed;
}

/**
 * The invited who count for the response rate: everyone who answered, and those who did not unless
 * they were on leave during the survey (no nudges went to them; they are not non-responders).
 */
function expectedRespondents(db: Services['db'], cycle: EvaluationCycle, timeZone: string): number {
  const invitations = listInvitations(db, { teamId: cycle.teamId, cycleId: cycle.id });
  const answered = new Set(listRespondentIds(db, { teamId: cycle.teamId, cycleId: cycle.id }));
  const silent = invitations.filter((i) => !answered.has(i.userId)).map((i) => i.userId);
  const from = localDateOf(cycle.openedAt, timeZone);
  const to = localDateOf(cycle.closesAt, timeZone);
  const leaves = listLeavesOverlapping(db, { teamId: cycle.teamId, userIds: silent, from, to });
  return invitations.length - silent.filter((userId) => awayDuring(leaves, userId, from, to)).length;
}

/** What became of the previous cycle's improvement items, per dimension, as of now. */
function previousItemOutcomes(
  services: Services,
  cycle: EvaluationCycle,
  partnership: Partnership,
  now: Date,
) {
  const items = listPreviousImprovementItems(services.db, {
    teamId: cycle.teamId,
    partnershipId: partnership.id,
    beforeCycleId: cycle.id,
  });
  const today = localDateOf(now, partnership.timeZone);
  const byDimension: Record<string, { done: number; open: number; overdue: number }> = {};
  for (const dimension of new Set(items.map((i) => i.dimension ?? ''))) {
    if (dimension)
      byDimension[dimension] = outcomeCounts(
        items.filter((i) => i.dimension === dimension),
        today,
      );
  }
  return byDimension;
}

async function finishClose(
  services: Services,
  client: WebClient,
  cycle: EvaluationCycle,
  { now, claimant }: { now: Date; claimant: string },
): Promise<boolean> {
  const { db, logger } = services;
  const log = logger.child({ cycle: cycle.id, job: 'evaluation-close' });
  const partnership = getPartnershipById(db, { teamId: cycle.teamId, id: cycle.partnershipId });
  if (!partnership) {
    // Cascading deletes remove cycles with their partnership; this is only a race with a delete.
    markCycleClosed(db, { cycleId: cycle.id, claimant, now });
    return false;
  }

  let summary = cycle.summaryJson;
  if (!summary) {
    summary = summariseCycle({
      invitedCount: expectedRespondents(db, cycle, partnership.timeZone),
      responses: listSurveyAnswers(db, { teamId: cycle.teamId, cycleId: cycle.id }),
      previous: getPreviousSummary(db, {
        teamId: cycle.teamId,
        partnershipId: cycle.partnershipId,
        beforeCycleId: cycle.id,
      }),
    });
    if (!storeCycleSummary(db, { cycleId: cycle.id, claimant, summary, now })) {
      log.warn('lost the close claim before storing the summary');
      return false;
    }
  }

  if (!cycle.summaryTs) {
    // A stored summary means an earlier close got as far as posting: look before posting again.
    const resumed = cycle.summaryJson !== null;
    const message = summaryMessage(services, cycle, partnership, summary, now);
    const ts = await postSummary(services, client, cycle, message, resumed);
    if (ts === 'retry') {
      // Left in `closing`: the claim goes stale and a later tick tries again.
      log.warn('summary could not be posted; will retry');
      return false;
    }
    if (ts) {
      storeSummaryTs(db, { cycleId: cycle.id, summaryTs: ts, now });
      // The picture follows the words: drawn and uploaded once the summary is in the channel.
      await addSummaryChart(services, client, { cycle, partnership, summary, message, ts });
    }
  }

  if (cycle.promptTs) {
    const locale = services.config.locale;
    const message = buildPromptClosedMessage(
      {
        cycleId: cycle.id,
        code: partnership.code,
        name: partnership.name,
        closedLabel: formatLocalDateTime(now, partnership.timeZone, locale),
        responded: summary.respondedCount,
        invited: summary.invitedCount,
      },
      translator(locale),
    );
    const updated = await updateInChannel(client, {
      channel: cycle.channelId,
      ts: cycle.promptTs,
      text: message.text,
      blocks: message.blocks,
    });
    if (!updated.ok) log.warn({ error: updated.error }, 'evaluation prompt could not be updated');
  }

  if (!markCycleClosed(db, { cycleId: cycle.id, claimant, now })) return false;
  // The charter drops the running cycle and shows the new last summary.
  await refreshCharter(services, client, { teamId: cycle.teamId, partnershipId: cycle.partnershipId });
  for (const invitation of listInvitations(db, { teamId: cycle.teamId, cycleId: cycle.id })) {
    await publishHome(services, client, { teamId: cycle.teamId, userId: invitation.userId });
  }
  return true;
}

/** The summary of a closed cycle, in the deployment's language. */
function summaryMessage(
  services: Services,
  cycle: EvaluationCycle,
  partnership: Partnership,
  summary: CycleSummary,
  now: Date,
): SlackMessage {
  const locale = services.config.locale;
  const unitIds =
    summary.unitBreakdown.status === 'shown' ? summary.unitBreakdown.units.map((u) => u.unitId) : [];
  return buildSummaryMessage(
    {
      code: partnership.code,
      name: partnership.name,
      summary,
      openedLabel: formatLocalDateTime(cycle.openedAt, partnership.timeZone, locale),
      closedLabel: formatLocalDateTime(now, partnership.timeZone, locale),
      unitNames: listUnitNames(services.db, { teamId: cycle.teamId, unitIds }),
      cycleId: cycle.id,
      previousItems: previousItemOutcomes(services, cycle, partnership, now),
    },
    locale,
    translator(locale),
  );
}

/**
 * Posts the summary in the channel. A channel that is gone for good (archived, deleted, private
 * without Mitra) gets no summary — `/mitra laporan` still shows it — while any other failure asks
 * for a retry.
 */
async function postSummary(
  services: Services,
  client: WebClient,
  cycle: EvaluationCycle,
  message: SlackMessage,
  resumed: boolean,
): Promise<string | 'retry' | undefined> {
  const posted = await postOnce(
    client,
    { channel: cycle.channelId, text: message.text, blocks: message.blocks },
    {
      key: summaryKey(cycle.id),
      retryLater: true,
      ...(resumed ? { lookFirst: {} } : {}),
      log: services.logger.child({ cycle: cycle.id, job: 'evaluation-close' }),
    },
  );
  if (posted.ok) return posted.ts;
  services.logger.warn({ cycle: cycle.id, error: posted.error }, 'evaluation summary could not be posted');
  return posted.problem === 'failed' && posted.passing ? 'retry' : undefined;
}
