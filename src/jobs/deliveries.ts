import { hostname } from 'node:os';
import type { WebClient } from '@slack/web-api';
import { and, eq, gte } from 'drizzle-orm';
import {
  type ClaimableDelivery,
  claimDelivery,
  finishDelivery,
  listClaimableDeliveries,
} from '../db/queries/deliveries.js';
import { getPartnershipById } from '../db/queries/partnerships.js';
import { getSchedule, type PauseReason, pauseSchedules } from '../db/queries/schedules.js';
import { type Delivery, evaluationCycles, type Partnership, type Schedule } from '../db/schema/index.js';
import {
  decideDue,
  formatSkipReason,
  MAX_ATTEMPTS,
  retryDelayMs,
  STALE_CLAIM_MS,
} from '../domain/reminders.js';
import { localDateOf } from '../domain/time/calendar.js';
import { realisationPromptOf } from '../domain/time/quarters.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import type { Services } from '../services.js';
import { refreshCharter } from '../slack/features/charter/flow.js';
import { openEvaluationCycle } from '../slack/features/evaluations/flow.js';
import { sendRealisationPrompts } from '../slack/features/progress/flow.js';
import { notifyCoordinators, postReminder } from '../slack/features/schedules/flow.js';
import { buildReminder, evaluationClosesAt } from '../slack/features/schedules/reminder-content.js';
import { findPost } from '../slack/kit/post.js';
import { reminderKey } from '../slack/kit/post-keys.js';
import { createPlanner } from './delivery-plan.js';
import { inPool, queuesOf } from './delivery-queues.js';

export interface DeliveryOptions {
  /** Names this process in `claimed_by`; default host:pid:random. */
  workerId?: string;
  /** Deliveries read per batch; a tick keeps taking batches while it has time (see {@link TICK_BUDGET_MS}). */
  maxPerTick?: number;
  /** Pages of `conversations.history` read when looking for a reminder posted before a crash. */
  historyPages?: number;
  /** Channels posted to at the same time (one post at a time per channel, as Slack paces per channel). */
  concurrency?: number;
}

export interface TickReport {
  /** Delivery rows inserted by planning (pending and skipped). */
  planned: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Deliveries put back to be retried on a later tick. */
  retried: number;
  /** Found already posted in the channel's history and marked sent without posting again. */
  recovered: number;
}

/** How far before a due time the history lookup starts: a clock a little off must not hide the message. */
const HISTORY_MARGIN_MS = 10 * 60_000;

/**
 * How long a tick keeps taking further batches of due deliveries. Less than the minute between
 * ticks, so a burst is posted in one tick, not a batch a minute; what is left waits for the next.
 */
const TICK_BUDGET_MS = 45_000;

/** Default channels posted to at once: enough to overlap Slack's round trips, few enough to stay polite. */
const DEFAULT_CONCURRENCY = 8;

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** The delivery job's two steps, for one process. */
export function createDeliveryRunner(services: Services, client: WebClient, options: DeliveryOptions = {}) {
  const workerId = options.workerId ?? defaultWorkerId();
  const maxPerTick = options.maxPerTick ?? 500;
  const historyPages = options.historyPages ?? 5;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const graceMs = services.config.graceHours * 3_600_000;
  const log = services.logger.child({ job: 'deliveries', worker: workerId });
  const { plan } = createPlanner(services, { graceMs, log });

  async function tick(now: Date): Promise<TickReport> {
    const report: TickReport = { planned: 0, sent: 0, skipped: 0, failed: 0, retried: 0, recovered: 0 };
    report.planned = await plan(now);
    // Partnerships whose charter now shows a stale "next run" or a new failure, refreshed once each.
    const touched = new Map<number, string>();
    const seen = new Set<number>();
    const started = Date.now();
    for (;;) {
      const candidates = listClaimableDeliveries(services.db, {
        now,
        staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
        limit: maxPerTick,
      });
      const fresh = candidates.filter((c) => !seen.has(c.delivery.id));
      if (fresh.length === 0) break;
      for (const c of fresh) seen.add(c.delivery.id);
      // Deliveries that share a channel (Slack paces posts per channel) or a partnership (an
      // evaluation opens one cycle at a time) go one after another; the others go side by side.
      // Each delivery is still claimed on its own before it is posted.
      const queues = queuesOf(fresh);
      await inPool(queues, concurrency, async (queue) => {
        for (const candidate of queue) await claimAndDeliver(candidate, now, report, touched);
      });
      if (candidates.length < maxPerTick || Date.now() - started > TICK_BUDGET_MS) break;
    }
    await refreshCharters(touched);
    return report;
  }

  async function claimAndDeliver(
    candidate: ClaimableDelivery,
    now: Date,
    report: TickReport,
    touched: Map<number, string>,
  ): Promise<void> {
    if (waitingForRetry(candidate.delivery, now)) return;
    const claimed = claimDelivery(services.db, {
      id: candidate.delivery.id,
      seenAttempts: candidate.delivery.attempts,
      workerId,
      now,
    });
    if (!claimed) return; // another process got it first
    let outcome: Outcome;
    try {
      outcome = await deliver(claimed, now);
    } catch (error) {
      // A bug or a database hiccup must not lose the delivery: count it as an attempt and retry.
      log.error({ err: error, delivery: claimed.id }, 'delivery failed unexpectedly');
      outcome = retryOrFail(claimed, String(error));
    }
    const stored = record(claimed, outcome, now, report);
    if (stored && (outcome.status === 'sent' || outcome.status === 'failed')) {
      touched.set(candidate.partnershipId, claimed.teamId);
    }
  }

  /** After the posts, each touched partnership's charter once, a few at a time. */
  async function refreshCharters(touched: Map<number, string>): Promise<void> {
    await inPool([...touched], concurrency, async ([partnershipId, teamId]) => {
      try {
        await refreshCharter(services, client, { teamId, partnershipId });
      } catch (error) {
        // The reminders are already stored as sent; a charter that cannot be updated must not fail the tick.
        log.warn({ err: error, partnershipId }, 'could not refresh the charter after reminders');
      }
    });
  }

  // ── deliver ───────────────────────────────────────────────────────────────

  type Outcome =
    | { status: 'sent'; messageTs: string | null; channelId: string; late: boolean; recovered?: boolean }
    | { status: 'skipped'; reason: string }
    | { status: 'failed'; error: string }
    | { status: 'retry'; error: string };

  function waitingForRetry(delivery: Delivery, now: Date): boolean {
    if (delivery.claimedBy !== null || delivery.attempts === 0 || !delivery.claimedAt) return false;
    return now.getTime() - delivery.claimedAt.getTime() < retryDelayMs(delivery.attempts);
  }

  function retryOrFail(delivery: Delivery, error: string): Outcome {
    const short = error.slice(0, 500);
    return delivery.attempts >= MAX_ATTEMPTS
      ? { status: 'failed', error: short }
      : { status: 'retry', error: short };
  }

  function record(delivery: Delivery, outcome: Outcome, now: Date, report: TickReport): boolean {
    const stored = finishDelivery(services.db, { id: delivery.id, workerId, now, outcome });
    if (!stored) {
      // Our claim went stale and another process took over; it will find our message by its metadata.
      log.warn({ delivery: delivery.id }, 'claim lost before the outcome was stored');
      return false;
    }
    if (outcome.status === 'sent') {
      report.sent += 1;
      if (outcome.recovered) report.recovered += 1;
    } else if (outcome.status === 'skipped') report.skipped += 1;
    else if (outcome.status === 'failed') report.failed += 1;
    else report.retried += 1;
    if (outcome.status === 'failed' || outcome.status === 'retry') {
      log.warn(
        { delivery: delivery.id, attempts: delivery.attempts, error: outcome.error },
        'reminder not posted',
      );
    }
    return true;
  }

  async function deliver(delivery: Delivery, now: Date): Promise<Outcome> {
    const schedule = getSchedule(services.db, { teamId: delivery.teamId, id: delivery.scheduleId });
    if (schedule?.status !== 'active') return { status: 'skipped', reason: formatSkipReason('paused') };
    const partnership = getPartnershipById(services.db, {
      teamId: delivery.teamId,
      id: schedule.partnershipId,
    });
    if (partnership?.status !== 'active') {
      return { status: 'skipped', reason: formatSkipReason('inactive') };
    }
    const channelId = schedule.channelId ?? partnership.channelId;

    // An earlier attempt may have posted before it died or timed out: look before posting again.
    if (delivery.attempts > 1) {
      const earlier =
        schedule.kind === 'evaluation'
          ? findCycleOpened(schedule, delivery)
          : await findPostedReminder(channelId, delivery);
      if (earlier.kind === 'found') {
        log.info({ delivery: delivery.id }, 'reminder was already posted; not posting again');
        return { status: 'sent', messageTs: earlier.ts, channelId, late: false, recovered: true };
      }
      if (earlier.kind === 'error') return retryOrFail(delivery, earlier.error);
    }

    const decision = decideDue(delivery.dueAt, now, graceMs);
    if (decision === 'missed') return { status: 'skipped', reason: formatSkipReason('missed') };
    const late = decision === 'late';

    if (schedule.kind === 'evaluation') return openCycle(schedule, partnership, delivery, channelId, late);
    if (schedule.kind === 'realisation')
      return promptRealisation(schedule, partnership, delivery, channelId, late);

    const message = buildReminder(services, {
      schedule,
      partnership,
      now,
      deliveryId: delivery.id,
      ...(late ? { lateDueAt: delivery.dueAt } : {}),
    });
    const posted = await postReminder(client, channelId, message, delivery.id, log, historyPages);
    if (posted.ok) {
      return {
        status: 'sent',
        messageTs: posted.ts,
        channelId: posted.channel,
        late,
        recovered: posted.found,
      };
    }

    switch (posted.problem) {
      case 'private_not_member':
        // Mitra cannot join a private channel; the coordinators can invite it. Told once, retried
        // with back-off meanwhile, so an invitation within the hour still gets the reminder out.
        if (delivery.attempts === 1) {
          await tellCoordinators(schedule, partnership, 'delivery.dm.notInChannel', {
            channel: `<#${channelId}>`,
          });
        }
        return retryOrFail(delivery, posted.error);
      case 'archived':
      case 'channel_not_found':
        await pauseAndTell(
          schedule,
          partnership,
          channelId,
          posted.problem === 'archived' ? 'channel_archived' : 'channel_not_found',
          now,
        );
        return { status: 'failed', error: posted.error };
      case 'failed':
        return posted.passing
          ? retryOrFail(delivery, posted.error)
          : { status: 'failed', error: posted.error };
    }
  }

  async function findPostedReminder(
    channelId: string,
    delivery: Delivery,
  ): Promise<{ kind: 'found'; ts: string } | { kind: 'absent' } | { kind: 'error'; error: string }> {
    return findPost(client, channelId, reminderKey(delivery.id), {
      since: new Date(delivery.dueAt.getTime() - HISTORY_MARGIN_MS),
      pages: historyPages,
    });
  }

  /** An evaluation delivery "posted" when its cycle exists; the cycle row is the proof. */
  function findCycleOpened(
    schedule: Schedule,
    delivery: Delivery,
  ): { kind: 'found'; ts: string | null } | { kind: 'absent' } {
    const cycle = services.db
      .select({ id: evaluationCycles.id, promptTs: evaluationCycles.promptTs })
      .from(evaluationCycles)
      .where(
        and(
          eq(evaluationCycles.teamId, schedule.teamId),
          eq(evaluationCycles.scheduleId, schedule.id),
          gte(evaluationCycles.openedAt, delivery.dueAt),
        ),
      )
      .get();
    return cycle ? { kind: 'found', ts: cycle.promptTs } : { kind: 'absent' };
  }

  async function openCycle(
    schedule: Schedule,
    partnership: Partnership,
    delivery: Delivery,
    channelId: string,
    late: boolean,
  ): Promise<Outcome> {
    const result = await openEvaluationCycle(services, client, {
      teamId: schedule.teamId,
      partnershipId: partnership.id,
      openedBy: schedule.createdBy,
      closesAt: evaluationClosesAt(delivery.dueAt),
      scheduleId: schedule.id,
    });
    if (result.ok) {
      const cycle = findCycleOpened(schedule, delivery);
      return { status: 'sent', messageTs: cycle.kind === 'found' ? cycle.ts : null, channelId, late };
    }
    return { status: 'failed', error: result.problem.key };
  }

  /**
   * The quarter-end prompt: DMs, not a channel post. Outside the quarter's last week and the next
   * one's first it has nothing to ask (skipped); each DM is posted once per goal and round.
   */
  async function promptRealisation(
    schedule: Schedule,
    partnership: Partnership,
    delivery: Delivery,
    channelId: string,
    late: boolean,
  ): Promise<Outcome> {
    const prompt = realisationPromptOf(localDateOf(delivery.dueAt, schedule.timeZone));
    if (!prompt) return { status: 'skipped', reason: formatSkipReason('outside_quarter_end') };
    const result = await sendRealisationPrompts(services, client, { partnership, ...prompt, log });
    if (result.failed > 0 && result.asked === 0) return retryOrFail(delivery, 'realisation prompts not sent');
    if (result.asked === 0) return { status: 'skipped', reason: formatSkipReason('nothing_to_ask') };
    return { status: 'sent', messageTs: null, channelId, late };
  }

  async function pauseAndTell(
    schedule: Schedule,
    partnership: Partnership,
    channelId: string,
    reason: PauseReason,
    now: Date,
  ): Promise<void> {
    const paused = pauseSchedules(services.db, {
      teamId: schedule.teamId,
      scheduleId: schedule.id,
      reason,
      now,
    });
    // Only the process that paused it tells people, so they hear it once.
    if (paused.length === 0) return;
    await tellCoordinators(
      schedule,
      partnership,
      reason === 'channel_archived' ? 'delivery.dm.archived' : 'delivery.dm.channelNotFound',
      { channel: `<#${channelId}>` },
    );
  }

  async function tellCoordinators(
    schedule: Schedule,
    partnership: Partnership,
    key: MessageKey,
    params: MessageParams,
  ): Promise<void> {
    await notifyCoordinators(services, client, { schedule, partnership, key, params });
  }

  return { tick, workerId };
}
