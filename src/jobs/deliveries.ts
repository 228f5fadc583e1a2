/**
 * Durable delivery of reminders. node-cron only says "tick"; the database says what is due.
 *
 * Each tick has two steps:
 * 1. **Plan.** For every active schedule, every due time between its watermark (`last_run_at`) and
 *    now becomes a delivery row — `INSERT … ON CONFLICT DO NOTHING` on (schedule_id, due_at) — and
 *    the watermark moves to now, in one transaction. Holidays (when the schedule skips them) and
 *    due times older than the grace window are inserted as `skipped` with their reason. Because the
 *    watermark is in the database, a tick missed while the app was down or the host slept is
 *    caught up by the next one, and two processes planning together insert each row once.
 * 2. **Deliver.** Each pending row is claimed with a compare-and-swap on `attempts` (only one
 *    process wins), posted, and marked `sent` with the message `ts` — only by the process still
 *    holding the claim. `chat.postMessage` has no idempotency key, so the message itself is the
 *    only proof it was posted: a post whose answer never came (time-out, dropped connection) is
 *    looked for at once in the channel's history by the delivery id in its metadata, and a row
 *    whose holder died (claim older than {@link STALE_CLAIM_MS}) or whose earlier attempt ended
 *    without a known outcome is looked for before it is posted again (see `postOnce`).
 */
import { hostname } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import { and, eq, gte } from 'drizzle-orm';
import {
  type ClaimableDelivery,
  claimDelivery,
  finishDelivery,
  insertDeliveries,
  listClaimableDeliveries,
  type NewDelivery,
} from '../db/queries/deliveries.js';
import { listExtraHolidays } from '../db/queries/holidays.js';
import { getPartnershipById } from '../db/queries/partnerships.js';
import {
  advanceWatermarks,
  getSchedule,
  listActiveScheduleHeads,
  listActiveSchedulesById,
  listRoleHolders,
  type PauseReason,
  pauseSchedules,
  type ScheduleHead,
  type ScheduleToPlan,
} from '../db/queries/schedules.js';
import { type Delivery, evaluationCycles, type Partnership, type Schedule } from '../db/schema/index.js';
import {
  cadenceOfSchedule,
  decideDue,
  formatSkipReason,
  MAX_ATTEMPTS,
  retryDelayMs,
  STALE_CLAIM_MS,
} from '../domain/reminders.js';
import { describeCadence, dueTimesBetween, MAX_RUNS, nextRuns } from '../domain/time/cadence.js';
import { type HolidayChecker, makeHolidayChecker } from '../domain/time/holidays.js';
import { type MessageKey, type MessageParams, t } from '../i18n/index.js';
import { scheduleKindKey } from '../i18n/labels.js';
import type { Services } from '../services.js';
import { refreshCharter } from '../slack/features/charter/flow.js';
import { openEvaluationCycle } from '../slack/features/evaluations/flow.js';
import { buildReminder, evaluationClosesAt } from '../slack/features/schedules/reminder-content.js';
import { sendDm } from '../slack/kit/dm.js';
import { escapeMrkdwn, type SlackMessage } from '../slack/kit/message.js';
import { findPost, type PostOutcome, postOnce } from '../slack/kit/post.js';
import { reminderKey } from '../slack/kit/post-keys.js';

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
 * Schedules planned per slice. Each slice is one short write transaction, then the event loop is
 * given back, so requests are answered while a tick plans thousands of schedules (the first tick
 * after a start computes every schedule's next run).
 */
const PLAN_SLICE = 50;

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

/** Runs `work` on every item, at most `limit` at a time. */
async function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Splits deliveries into queues, oldest first within each, such that two deliveries sharing a
 * channel or a partnership are in the same queue (connected components, by union–find).
 */
export function queuesOf(candidates: readonly ClaimableDelivery[]): ClaimableDelivery[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(key, root);
    return root;
  };
  for (const c of candidates) {
    const channel = find(`c:${c.channelId}`);
    const partnership = find(`p:${c.partnershipId}`);
    parent.set(channel, channel);
    if (channel !== partnership) parent.set(partnership, channel);
  }
  const queues = new Map<string, ClaimableDelivery[]>();
  for (const c of candidates) {
    const root = find(`c:${c.channelId}`);
    const queue = queues.get(root);
    if (queue) queue.push(c);
    else queues.set(root, [c]);
  }
  return [...queues.values()];
}

/** The delivery job's two steps, for one process. */
export function createDeliveryRunner(services: Services, client: WebClient, options: DeliveryOptions = {}) {
  const workerId = options.workerId ?? defaultWorkerId();
  const maxPerTick = options.maxPerTick ?? 500;
  const historyPages = options.historyPages ?? 5;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const graceMs = services.config.graceHours * 3_600_000;
  const log = services.logger.child({ job: 'deliveries', worker: workerId });

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

  // ── plan ──────────────────────────────────────────────────────────────────

  async function plan(now: Date): Promise<number> {
    const checkers = new Map<string, HolidayChecker>();
    const checkerFor = (teamId: string): HolidayChecker => {
      let checker = checkers.get(teamId);
      if (!checker) {
        const extraDates = listExtraHolidays(services.db, { teamId }).map((h) => ({
          date: h.date,
          name: h.name,
        }));
        checker = makeHolidayChecker({ extraDates, locale: services.config.locale });
        checkers.set(teamId, checker);
      }
      return checker;
    };

    // A quiet minute reads only the columns that say when each schedule is next due, and loads
    // whole only the schedules that may be due (or that this process has not seen as they are now).
    const heads = listActiveScheduleHeads(services.db);
    // Forget schedules no longer active (deleted, paused), so the memory stays bounded by the active ones.
    const active = new Set(heads.map((head) => head.id));
    for (const id of nextDue.keys()) if (!active.has(id)) nextDue.delete(id);
    const ids = heads.filter((head) => mayBeDue(head, now)).map((head) => head.id);
    let inserted = 0;
    for (let i = 0; i < ids.length; i += PLAN_SLICE) {
      if (i > 0) await setImmediate(); // let requests in between slices
      const slice = ids.slice(i, i + PLAN_SLICE);
      // One write transaction per slice, reading the schedules inside it: `immediate` takes the
      // write lock up front, so a second process waits (busy_timeout) instead of failing on a lock
      // upgrade, and a schedule deleted meanwhile is not planned. The watermark moves only past due
      // times that now have their rows, which is all that missed-run detection needs.
      inserted += services.db.transaction(
        (tx) => {
          const { rows, advanced } = planSlice(listActiveSchedulesById(tx, slice), now, checkerFor);
          const count = insertDeliveries(tx, rows, now);
          advanceWatermarks(tx, { scheduleIds: advanced, to: now });
          return count;
        },
        { behavior: 'immediate' },
      );
    }
    return inserted;
  }

  function planSlice(
    toPlan: readonly ScheduleToPlan[],
    now: Date,
    checkerFor: (teamId: string) => HolidayChecker,
  ): { rows: NewDelivery[]; advanced: number[] } {
    const rows: NewDelivery[] = [];
    const advanced: number[] = [];
    for (const { schedule, partnershipStatus } of toPlan) {
      if (!mayBeDue(headOf(schedule), now)) continue;
      const cadence = cadenceOfSchedule(schedule);
      // Remembered until the next due time, so the schedule is not loaded again before then.
      const [next] = cadence.ok ? nextRuns(cadence.spec, { after: now, count: 1 }) : [];
      nextDue.set(schedule.id, {
        updatedAtMs: schedule.updatedAt.getTime(),
        after: now.getTime(),
        at: next?.at.getTime() ?? Infinity,
      });
      advanced.push(schedule.id);
      // A paused or closed partnership posts nothing; its schedules do not owe the time it was paused.
      if (partnershipStatus !== 'active') continue;
      if (!cadence.ok) {
        log.warn(
          { schedule: schedule.id, errors: cadence.errors },
          'schedule has an invalid cadence; skipped',
        );
        continue;
      }
      // A schedule never planned before starts now: it owes nothing from before anyone looked.
      const from = schedule.lastRunAt ?? now;
      const options = { isHoliday: checkerFor(schedule.teamId), skipHolidays: schedule.skipHolidays };
      let after = from;
      for (;;) {
        const runs = dueTimesBetween(cadence.spec, after, now, options);
        for (const run of runs) {
          const base = { teamId: schedule.teamId, scheduleId: schedule.id, dueAt: run.at };
          if (run.skipped === 'holiday') {
            rows.push({
              ...base,
              status: 'skipped',
              skipReason: formatSkipReason('holiday', run.holidayName),
            });
          } else if (decideDue(run.at, now, graceMs) === 'missed') {
            rows.push({ ...base, status: 'skipped', skipReason: formatSkipReason('missed') });
          } else {
            rows.push({ ...base, status: 'pending' });
          }
        }
        const last = runs[runs.length - 1];
        if (runs.length < MAX_RUNS || !last) break;
        after = last.at;
      }
    }
    return { rows, advanced };
  }

  /**
   * Walking the calendar for every schedule every minute (and loading each whole) would be most
   * of a quiet tick's cost, so each process remembers when a schedule is next due — in memory, not
   * in a column. The memory is only a shortcut: it holds for the schedule's last change
   * (`updated_at`, which every edit moves) and the watermark it was computed from; a schedule
   * changed, planned by another process with an older watermark, or never seen is computed again.
   */
  const nextDue = new Map<number, { updatedAtMs: number; after: number; at: number }>();
  function headOf(schedule: Schedule): ScheduleHead {
    return {
      id: schedule.id,
      updatedAtMs: schedule.updatedAt.getTime(),
      lastRunAtMs: schedule.lastRunAt?.getTime() ?? null,
    };
  }
  function mayBeDue(head: ScheduleHead, now: Date): boolean {
    const known = nextDue.get(head.id);
    if (!known || head.lastRunAtMs === null || head.lastRunAtMs < known.after) return true;
    if (known.updatedAtMs !== head.updatedAtMs) return true;
    return now.getTime() >= known.at;
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

    const message = buildReminder(services, {
      schedule,
      partnership,
      now,
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

/**
 * DMs each coordinator of the partnership, in their own language, about one schedule. A DM that
 * fails is logged, never thrown: the delivery's own outcome is already stored.
 */
export async function notifyCoordinators(
  services: Services,
  client: WebClient,
  params: { schedule: Schedule; partnership: Partnership; key: MessageKey; params: MessageParams },
): Promise<void> {
  const { schedule, partnership } = params;
  const coordinators = listRoleHolders(services.db, {
    teamId: schedule.teamId,
    partnershipId: partnership.id,
    roles: ['coordinator'],
  });
  for (const userId of new Set(coordinators.map((c) => c.userId))) {
    const locale = await services.locales.forUser(client, userId);
    const cadence = cadenceOfSchedule(schedule);
    const text = t(locale, params.key, {
      code: partnership.code,
      // A DM is mrkdwn too: the name a coordinator typed must not form a link or a mention.
      name: escapeMrkdwn(partnership.name),
      schedule: cadence.ok ? describeCadence(cadence.spec, locale) : schedule.cadence,
      kind: t(locale, scheduleKindKey(schedule.kind)),
      ...params.params,
    });
    if (!(await sendDm(client, userId, text))) {
      services.logger.warn({ userId, schedule: schedule.id }, 'could not tell a coordinator');
    }
  }
}

/**
 * Posts a reminder carrying its delivery id in the message metadata, once (see `postOnce`). An
 * answer that never came and a message not (yet) in the history is left to the next attempt,
 * which looks again before posting: the delivery row is the durable retry.
 */
export async function postReminder(
  client: WebClient,
  channelId: string,
  message: SlackMessage,
  deliveryId: number,
  log?: Services['logger'],
  historyPages?: number,
): Promise<PostOutcome> {
  return postOnce(
    client,
    { channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false },
    {
      key: reminderKey(deliveryId),
      retryLater: true,
      ...(historyPages ? { historyPages } : {}),
      ...(log ? { log } : {}),
    },
  );
}
