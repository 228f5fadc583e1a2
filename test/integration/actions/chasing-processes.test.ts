/**
 * Real processes: the chasing job in child processes (test/fixtures/follow-through-worker.ts)
 * against one SQLite file and one Slack-like server, killed with SIGKILL mid-burst or run two at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../sandbox/fake-slack/index.js';
import { createActionItems } from '../../../src/db/queries/action-items.js';
import { actionItemChases, escalations } from '../../../src/db/schema/index.js';
import { openTestDb } from '../../support/db.js';
import { createPartnership, createRole, TEAM } from '../../support/factories.js';
import { PEOPLE, SHARED_CHANNEL, SIGNING_SECRET } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const WORKER = resolve(ROOT, 'test/fixtures/follow-through-worker.ts');
// Friday 6 March 2026, 09:00 WIB: the workday before the items' Monday due date.
const DUE = new Date('2026-03-06T02:00:00Z');
const BURST = 30;
const OWNER = PEOPLE.manager1.id;
const DM = `D${OWNER.slice(1)}`;

let fake: FakeSlack;
let database: ReturnType<typeof openTestDb>;

beforeEach(async () => {
  fake = new FakeSlack({ signingSecret: SIGNING_SECRET });
  await fake.start();
  for (const person of Object.values(PEOPLE)) fake.addUser(person);
  fake.addChannel({ id: SHARED_CHANNEL, name: 'bersama', members: [PEOPLE.coordinator.id] });
  database = openTestDb('file');
  const p = createPartnership(database.db);
  createRole(database.db, { partnershipId: p.id, unitId: p.leadUnitId, userId: OWNER, role: 'member' });
  createActionItems(database.db, {
    teamId: TEAM,
    partnershipId: p.id,
    items: Array.from({ length: BURST }, (_, i) => ({
      what: `Tindak lanjut ${i + 1}`,
      ownerUserId: OWNER,
      ownerUnitId: p.leadUnitId,
      dueDate: '2026-03-09',
    })),
    origin: { source: 'notes' },
    actorId: PEOPLE.coordinator.id,
    now: new Date('2026-03-02T03:00:00Z'),
  });
});

afterEach(async () => {
  await fake.stop();
  database.cleanup();
});

interface Worker {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function startWorker(now: Date, workerId: string): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, database.path, fake.apiUrl, now.toISOString(), workerId],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((done) => child.on('exit', (code, signal) => done({ code, signal, stdout, stderr })));
  return { child, exited };
}

/** The chasing DMs in the owner's DM, by item id. */
const chaseDms = () =>
  fake
    .messages(DM)
    .filter((m) => m.metadata?.event_type === 'mitra_action_chase')
    .map((m) => Number(m.metadata?.event_payload.item_id));

function expectEachChasedOnce() {
  const items = chaseDms();
  expect(items).toHaveLength(BURST);
  expect(new Set(items).size).toBe(BURST);
  const claims = database.db.select().from(actionItemChases).all();
  expect(claims).toHaveLength(BURST);
  expect(claims.every((c) => c.sentAt !== null && c.kind === 'due_soon')).toBe(true);
}

describe('chasing across processes', () => {
  it('DMs each owner once when a process is killed with SIGKILL mid-burst and another takes over', async () => {
    fake.injectFault('chat.postMessage', { kind: 'slow', ms: 60 }, BURST);
    const first = startWorker(DUE, 'worker-killed');
    await waitFor(() => chaseDms().length >= 6, { timeoutMs: 30_000, what: 'a burst' });
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    // Let the server finish the request it was handling when the client died.
    await new Promise((settle) => setTimeout(settle, 300));
    fake.clearFaults();
    const before = chaseDms().length;
    expect(before).toBeLessThan(BURST);

    // A restart right away leaves the dead process's claims alone (they may still be in flight)…
    const early = startWorker(new Date(DUE.getTime() + 60_000), 'worker-early');
    const earlyDone = await early.exited;
    expect(earlyDone.code, earlyDone.stderr).toBe(0);
    // …and one after they have gone stale takes them over, looking for each DM before sending it.
    const late = startWorker(new Date(DUE.getTime() + 11 * 60_000), 'worker-restarted');
    const done = await late.exited;
    expect(done.code, done.stderr).toBe(0);
    expectEachChasedOnce();
  }, 60_000);

  it('DMs each owner once when two processes share one database file', async () => {
    fake.injectFault('chat.postMessage', { kind: 'slow', ms: 10 }, BURST);
    const a = startWorker(DUE, 'worker-a');
    const b = startWorker(DUE, 'worker-b');
    const [doneA, doneB] = await Promise.all([a.exited, b.exited]);
    expect(doneA.code, doneA.stderr).toBe(0);
    expect(doneB.code, doneB.stderr).toBe(0);
    const chased = [doneA, doneB].map((d) => (JSON.parse(d.stdout.trim()) as { chased: number }).chased);
    expect((chased[0] ?? 0) + (chased[1] ?? 0)).toBe(BURST);
    expectEachChasedOnce();
  }, 60_000);

  it('escalates each overdue item once when two processes share one database file', async () => {
    const p = createPartnership(database.db);
    createRole(database.db, {
      partnershipId: p.id,
      unitId: p.leadUnitId,
      userId: PEOPLE.manager2.id,
      role: 'manager',
    });
    createActionItems(database.db, {
      teamId: TEAM,
      partnershipId: p.id,
      items: Array.from({ length: 10 }, (_, i) => ({
        what: `Tertunda ${i + 1}`,
        ownerUserId: OWNER,
        ownerUnitId: p.leadUnitId,
        dueDate: '2026-02-20',
      })),
      origin: { source: 'notes' },
      actorId: PEOPLE.coordinator.id,
      now: new Date('2026-02-10T03:00:00Z'),
    });
    fake.injectFault('chat.postMessage', { kind: 'slow', ms: 10 }, 40);
    const a = startWorker(DUE, 'worker-a');
    const b = startWorker(DUE, 'worker-b');
    const [doneA, doneB] = await Promise.all([a.exited, b.exited]);
    expect(doneA.code, doneA.stderr).toBe(0);
    expect(doneB.code, doneB.stderr).toBe(0);
    const escalated = [doneA, doneB].map(
      (d) => (JSON.parse(d.stdout.trim()) as { escalated: number }).escalated,
    );
    expect((escalated[0] ?? 0) + (escalated[1] ?? 0)).toBe(10);
    const dms = fake
      .messages(`D${PEOPLE.manager2.id.slice(1)}`)
      .filter((m) => m.metadata?.event_type === 'mitra_escalation')
      .map((m) => Number(m.metadata?.event_payload.escalation_id));
    expect(dms).toHaveLength(10);
    expect(new Set(dms).size).toBe(10);
    expect(
      database.db
        .select()
        .from(escalations)
        .all()
        .every((e) => e.sentAt !== null),
    ).toBe(true);
    // The first batch's due-soon DMs and this batch's overdue DMs, each once.
    expect(chaseDms()).toHaveLength(BURST + 10);
    expect(new Set(chaseDms()).size).toBe(BURST + 10);
  }, 60_000);
});
