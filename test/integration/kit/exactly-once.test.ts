/**
 * Exactly once, with a Slack that carries a post out and then answers too late (or drops the
 * connection): the real app, its own Web API client (with a short time-out), real SQLite and the
 * stand-in Slack over HTTP. Each kind of post must appear once, be stored with its real `ts`, and
 * leave a log line saying its outcome was unknown.
 */
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../../sandbox/fake-slack/index.js';
import { evaluationCycles, evaluationInvitations, partnerships } from '../../../src/db/schema/index.js';
import { closeDueCycles } from '../../../src/jobs/evaluation-close.js';
import { remindNonResponders } from '../../../src/jobs/evaluation-reminders.js';
import { refreshCharter } from '../../../src/slack/features/charter/flow.js';
import { openEvaluationCycle } from '../../../src/slack/features/evaluations/flow.js';
import { deliveriesOf, reminderJob, reminderMessages } from '../../support/delivery.js';
import { createPartnership, createRole, createSchedule, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';

/** The client gives up after this; the stand-in answers well after it. */
const TIMEOUT_MS = 250;
const LATE: Fault = { kind: 'late_answer', ms: 4 * TIMEOUT_MS };
const DROPPED: Fault = { kind: 'dropped_answer' };
const FAULTS = [
  ['answers after the time-out', LATE],
  ['drops the connection after acting', DROPPED],
] as const;

const UNKNOWN = 'post outcome unknown; looking for it by its metadata';
const ARRIVED = 'the post had arrived; not posting again';

let now = new Date('2026-04-06T02:00:00Z');
let h: Harness;
let logs: Record<string, unknown>[];

async function start() {
  logs = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  h = await startHarness({ clock: () => now, apiTimeoutMs: TIMEOUT_MS, logger });
  return h;
}

afterEach(async () => {
  await h?.close();
  now = new Date('2026-04-06T02:00:00Z');
});

const logged = (msg: string) => logs.filter((line) => line.msg === msg);

/** Messages in a channel or DM whose metadata is of this type (and cycle, where given). */
function posts(channel: string, eventType: string, cycleId?: number) {
  return h.fake
    .messages(channel)
    .filter(
      (m) =>
        m.metadata?.event_type === eventType &&
        (cycleId === undefined || Number(m.metadata.event_payload.cycle_id) === cycleId),
    );
}

/** Requests to post messages of this type that reached Slack (the client did not retry them). */
function postRequests(eventType: string) {
  return h.fake
    .callsTo('chat.postMessage')
    .filter((c) => (c.args.metadata as { event_type?: unknown } | undefined)?.event_type === eventType);
}

const dmOf = (userId: string) => `D${userId.replace(/^U/, '')}`;

function partnershipWithManagers() {
  const a = createUnit(h.db);
  const b = createUnit(h.db);
  const p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: PEOPLE.english.id });
  createRole(h.db, { partnershipId: p.id, unitId: a.id, userId: PEOPLE.manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: PEOPLE.manager2.id, role: 'manager' });
  return p;
}

async function openCycle(partnershipId: number, remindAt: Date | null = null) {
  const opened = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
    teamId: TEAM,
    partnershipId,
    openedBy: PEOPLE.english.id,
    closesAt: new Date('2026-04-13T02:00:00Z'),
    remindAt,
  });
  if (!opened.ok) throw new Error('the cycle did not open');
  return opened.cycleId;
}

const cycleRow = (cycleId: number) =>
  h.db.select().from(evaluationCycles).where(eq(evaluationCycles.id, cycleId)).get();

describe.each(FAULTS)('when Slack %s', (_what, fault) => {
  it('posts a reminder once and records it sent with its real ts', async () => {
    await start();
    const p = createPartnership(h.db);
    const due = new Date('2026-03-02T02:00:00Z');
    const s = createSchedule(h.db, { partnershipId: p.id, lastRunAt: new Date(due.getTime() - 60_000) });
    h.fake.injectFault('chat.postMessage', fault);

    await reminderJob(h, h.mitra.app.client).run({ now: due });

    const messages = reminderMessages(h.fake, SHARED_CHANNEL);
    expect(messages).toHaveLength(1);
    expect(postRequests('mitra_reminder')).toHaveLength(1);
    expect(deliveriesOf(h.db, s.id)[0]).toMatchObject({
      status: 'sent',
      attempts: 1,
      messageTs: messages[0]?.ts,
    });
    expect(logged(UNKNOWN)).toHaveLength(1);
    expect(logged(UNKNOWN)[0]).toMatchObject({ post: 'mitra_reminder', channel: SHARED_CHANNEL });
    expect(logged(ARRIVED)).toHaveLength(1);
  });

  it('posts the evaluation prompt, the charter and each invitation DM once', async () => {
    await start();
    const p = partnershipWithManagers();
    // Every post of the opening answers late: prompt, charter, two DMs.
    h.fake.injectFault('chat.postMessage', fault, 4);

    const cycleId = await openCycle(p.id);

    const prompts = posts(SHARED_CHANNEL, 'mitra_evaluation_prompt', cycleId);
    expect(prompts).toHaveLength(1);
    expect(cycleRow(cycleId)?.promptTs).toBe(prompts[0]?.ts);
    const charters = posts(SHARED_CHANNEL, 'mitra_charter');
    expect(charters).toHaveLength(1);
    const stored = h.db.select().from(partnerships).where(eq(partnerships.id, p.id)).get();
    expect(stored?.charterTs).toBe(charters[0]?.ts);
    const invitations = h.db
      .select()
      .from(evaluationInvitations)
      .where(eq(evaluationInvitations.cycleId, cycleId))
      .all();
    for (const manager of [PEOPLE.manager1, PEOPLE.manager2]) {
      const dms = posts(dmOf(manager.id), 'mitra_evaluation_invitation', cycleId);
      expect(dms, manager.id).toHaveLength(1);
      expect(invitations.find((i) => i.userId === manager.id)?.dmTs).toBe(dms[0]?.ts);
    }
    expect(postRequests('mitra_evaluation_prompt')).toHaveLength(1);
    expect(postRequests('mitra_evaluation_invitation')).toHaveLength(2);
    expect(logged(UNKNOWN).map((line) => line.post)).toEqual([
      'mitra_evaluation_prompt',
      'mitra_charter',
      'mitra_evaluation_invitation',
      'mitra_evaluation_invitation',
    ]);
  });

  it('posts the evaluation summary once at close and stores its ts', async () => {
    await start();
    const p = partnershipWithManagers();
    const cycleId = await openCycle(p.id);
    h.fake.injectFault('chat.postMessage', fault);

    now = new Date('2026-04-13T02:01:00Z');
    const closed = await closeDueCycles(h.mitra.services, h.mitra.app.client, { now, claimant: 'test' });

    expect(closed).toEqual([cycleId]);
    const summaries = posts(SHARED_CHANNEL, 'mitra_evaluation_summary', cycleId);
    expect(summaries).toHaveLength(1);
    expect(postRequests('mitra_evaluation_summary')).toHaveLength(1);
    expect(cycleRow(cycleId)).toMatchObject({ status: 'closed', summaryTs: summaries[0]?.ts });
    expect(logged(UNKNOWN).map((line) => line.post)).toEqual(['mitra_evaluation_summary']);
  });

  it('sends each non-responder one reminder DM', async () => {
    await start();
    const p = partnershipWithManagers();
    const cycleId = await openCycle(p.id, new Date('2026-04-12T02:00:00Z'));
    h.fake.injectFault('chat.postMessage', fault, 2);

    now = new Date('2026-04-12T02:01:00Z');
    const sent = await remindNonResponders(h.mitra.services, h.mitra.app.client, { now });

    expect(sent).toBe(2);
    for (const manager of [PEOPLE.manager1, PEOPLE.manager2]) {
      expect(posts(dmOf(manager.id), 'mitra_evaluation_reminder', cycleId), manager.id).toHaveLength(1);
    }
    expect(postRequests('mitra_evaluation_reminder')).toHaveLength(2);
    expect(logged(UNKNOWN).map((line) => line.post)).toEqual([
      'mitra_evaluation_reminder',
      'mitra_evaluation_reminder',
    ]);
  });

  it('posts a partnership’s charter once, then updates it in place', async () => {
    await start();
    const p = createPartnership(h.db);
    h.fake.injectFault('chat.postMessage', fault);

    const first = await refreshCharter(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
    });
    const second = await refreshCharter(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
    });

    const charters = posts(SHARED_CHANNEL, 'mitra_charter');
    expect(charters).toHaveLength(1);
    expect(first).toMatchObject({ ok: true, action: 'posted', ts: charters[0]?.ts });
    expect(second).toMatchObject({ ok: true, action: 'updated', ts: charters[0]?.ts });
    expect(h.db.select().from(partnerships).where(eq(partnerships.id, p.id)).get()?.charterTs).toBe(
      charters[0]?.ts,
    );
    expect(logged(UNKNOWN).map((line) => line.post)).toEqual(['mitra_charter']);
  });
});

describe('a post Slack never received', () => {
  it('is posted after the look finds nothing, once, when the request was answered with a 5xx', async () => {
    await start();
    const p = createPartnership(h.db);
    h.fake.injectFault('chat.postMessage', { kind: 'http_error', status: 500 });

    const outcome = await refreshCharter(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
    });

    expect(outcome).toMatchObject({ ok: true, action: 'posted' });
    expect(posts(SHARED_CHANNEL, 'mitra_charter')).toHaveLength(1);
    // One refused request, one look, one post.
    expect(postRequests('mitra_charter').map((c) => c.status)).toEqual([500, 200]);
    expect(logged('the post is not there; posting it again')).toHaveLength(1);
  });
});

describe('the Web API client', () => {
  it('still retries calls that can be repeated without harm', async () => {
    await start();
    h.fake.injectFault('conversations.info', { kind: 'http_error', status: 503 });
    const info = await h.mitra.app.client.conversations.info({ channel: SHARED_CHANNEL });
    expect(info.channel?.id).toBe(SHARED_CHANNEL);
    expect(h.fake.callsTo('conversations.info').map((c) => c.status)).toEqual([503, 200]);
  });

  it('does not repeat a post that timed out, nor a modal', async () => {
    await start();
    h.fake.injectFault('chat.postMessage', LATE);
    await expect(
      h.mitra.app.client.chat.postMessage({ channel: SHARED_CHANNEL, text: 'hallo' }),
    ).rejects.toMatchObject({ code: 'slack_webapi_request_error' });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.fake.messages(SHARED_CHANNEL)).toHaveLength(1);

    h.fake.injectFault('views.open', { kind: 'http_error', status: 503 });
    await expect(
      h.mitra.app.client.views.open({
        trigger_id: 'expired',
        view: { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] },
      }),
    ).rejects.toMatchObject({ code: 'slack_webapi_request_error' });
    expect(h.fake.callsTo('views.open')).toHaveLength(1);
  });
});
