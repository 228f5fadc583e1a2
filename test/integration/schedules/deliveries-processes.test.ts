/**
 * Real processes: the reminders job in child processes (test/fixtures/delivery-worker.ts) against
 * one SQLite file and one Slack-like server, killed with SIGKILL mid-burst or run two at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../sandbox/fake-slack/index.js';
import { listDeliveriesOfSchedules } from '../../../src/db/queries/deliveries.js';
import type { Schedule } from '../../../src/db/schema/index.js';
import { openTestDb } from '../../support/db.js';
import { reminderMessages } from '../../support/delivery.js';
import { createPartnership, createSchedule } from '../../support/factories.js';
import { PEOPLE, SHARED_CHANNEL, SIGNING_SECRET } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const WORKER = resolve(ROOT, 'test/fixtures/delivery-worker.ts');
const DUE = new Date('2026-03-02T02:00:00Z');
const BURST = 40;

let fake: FakeSlack;
let database: ReturnType<typeof openTestDb>;
let burst: Schedule[];

beforeEach(async () => {
  fake = new FakeSlack({ signingSecret: SIGNING_SECRET });
  await fake.start();
  for (const person of Object.values(PEOPLE)) fake.addUser(person);
  fake.addChannel({ id: SHARED_CHANNEL, name: 'bersama', members: [PEOPLE.coordinator.id] });
  database = openTestDb('file');
  const p = createPartnership(database.db);
  burst = Array.from({ length: BURST }, () =>
    createSchedule(database.db, { partnershipId: p.id, lastRunAt: new Date(DUE.getTime() - 60_000) }),
  );
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
  // Node itself with tsx's loader, not the `tsx` wrapper: SIGKILL must reach the process doing the work.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, database.path, fake.apiUrl, now.toISOString(), workerId],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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

function expectEachReminderPostedOnce() {
  const posted = reminderMessages(fake, SHARED_CHANNEL);
  const rows = listDeliveriesOfSchedules(database.db, { scheduleIds: burst.map((s) => s.id) });
  expect(rows).toHaveLength(BURST);
  expect(rows.every((d) => d.status === 'sent')).toBe(true);
  expect(posted).toHaveLength(BURST);
  expect(new Set(posted.map((m) => m.deliveryId)).size).toBe(BURST);
  for (const row of rows) expect(posted.find((m) => m.deliveryId === row.id)?.ts).toBe(row.messageTs);
}

describe('deliveries across processes', () => {
  it('posts each reminder exactly once when a process is killed with SIGKILL in the middle of a burst', async () => {
    // Each post takes a while, so the kill lands mid-burst, possibly while a post is in flight.
    fake.injectFault('chat.postMessage', { kind: 'slow', ms: 60 }, BURST);
    const first = startWorker(DUE, 'worker-killed');
    await waitFor(() => reminderMessages(fake, SHARED_CHANNEL).length >= 8, {
      timeoutMs: 30_000,
      what: 'a burst',
    });
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    // Let the server finish the request it was handling when the client died (it may still post it),
    // and only then count what the dead process got posted.
    await new Promise((settle) => setTimeout(settle, 300));
    fake.clearFaults();
    const before = reminderMessages(fake, SHARED_CHANNEL).length;
    expect(before).toBeLessThan(BURST);

    // The restarted app: later than the dead process's claims can live.
    const second = startWorker(new Date(DUE.getTime() + 11 * 60_000), 'worker-restarted');
    const done = await second.exited;
    expect(done.code, done.stderr).toBe(0);
    const report = JSON.parse(done.stdout.trim()) as { sent: number; recovered: number };
    expect(report.sent, done.stdout).toBe(BURST - before + report.recovered);
    expectEachReminderPostedOnce();
  }, 60_000);

  it('posts each reminder exactly once when two processes share one database file', async () => {
    fake.injectFault('chat.postMessage', { kind: 'slow', ms: 10 }, BURST);
    const a = startWorker(DUE, 'worker-a');
    const b = startWorker(DUE, 'worker-b');
    const [doneA, doneB] = await Promise.all([a.exited, b.exited]);
    expect(doneA.code, doneA.stderr).toBe(0);
    expect(doneB.code, doneB.stderr).toBe(0);
    const sent = [doneA, doneB].map((d) => (JSON.parse(d.stdout.trim()) as { sent: number }).sent);
    expect((sent[0] ?? 0) + (sent[1] ?? 0)).toBe(BURST);
    expectEachReminderPostedOnce();
  }, 60_000);
});
