/**
 * Mitra next to a minimal plain Bolt app (bench/plain-bolt.mjs): same Bolt, same HTTPReceiver,
 * same stand-in Slack, each in its own process, loaded by autocannon with requests signed one by
 * one (fresh timestamp, own response_url). Rounds alternate between the two apps so drift on a
 * shared machine hits both. Mitra's database has 50 partnerships, all coordinated by the sender
 * of `daftar` and `lihat`.
 *
 * Figures per app: p50/p99 of the HTTP answer (the ack) over the rounds (median of the rounds'
 * percentiles), requests per second, CPU time per request (from /proc: on a busy machine latency
 * mostly measures the queue, while CPU time stays the app's own), and for Mitra how many answers
 * came in the ack and how many later through response_url (a second request the user waits for).
 *
 * Switches: BENCH_SECONDS (per round, default 3), BENCH_ROUNDS (per app, default 2),
 * BENCH_CONNECTIONS (default 10,50).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import autocannon from 'autocannon';
import type { FakeSlack } from '../sandbox/fake-slack/index.js';
import { openDatabase } from '../src/db/client.js';
import { type AppProcess, ensureBuilt, mitraCommand, ROOT, startAppProcess } from './lib/app-process.js';
import { seedPartnerships } from './lib/seed.js';
import {
  ADMIN,
  COORDINATOR,
  OTHERS,
  SIGNING_SECRET,
  signedSlashCommand,
  startStandIn,
} from './lib/standin.js';
import { envList, envNumber, median, round, table } from './stats.js';

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Answers with text or blocks in the ack body. */
  answeredInAck: number;
  /** CPU time the app used during the run (user + system). */
  cpuMs: number;
}

/** One autocannon run of signed `/mitra <text>` requests against an app. */
export async function loadRun(
  fake: FakeSlack,
  app: AppProcess,
  input: { users: readonly string[]; text: string; connections: number; seconds: number },
): Promise<LoadResult> {
  let n = 0;
  let answeredInAck = 0;
  const cpuBefore = app.cpuMs();
  const result = await autocannon({
    url: app.eventsUrl,
    connections: input.connections,
    duration: input.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const userId = input.users[n++ % input.users.length] as string;
          const signed = signedSlashCommand(fake, { userId, text: input.text });
          return {
            ...request,
            method: 'POST',
            path: '/slack/events',
            headers: signed.headers,
            body: signed.body,
          };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.trim() !== '') answeredInAck += 1;
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.total / Math.max(1, result.duration),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    answeredInAck,
    cpuMs: app.cpuMs() - cpuBefore,
  };
}

const SCENARIOS = [
  { label: '`/mitra bantuan`', text: 'bantuan', users: OTHERS, target: 1.2 },
  { label: '`/mitra daftar` (50)', text: 'daftar', users: [COORDINATOR], target: 1.5 },
  { label: '`/mitra lihat PK-7` (of 50)', text: 'lihat PK-7', users: [COORDINATOR], target: 1.5 },
] as const;

export async function benchSideBySide(): Promise<void> {
  ensureBuilt();
  const seconds = envNumber('BENCH_SECONDS', 3);
  const rounds = envNumber('BENCH_ROUNDS', 2);
  const connectionsList = envList('BENCH_CONNECTIONS', '10,50').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'mitra-bench-'));
  const fake = await startStandIn();
  const databasePath = join(dir, 'mitra.db');
  const database = openDatabase(databasePath);
  seedPartnerships(database.db, { count: 50 });
  database.close();
  const env = {
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
  };
  const mitra = await startAppProcess({
    name: 'Mitra',
    args: mitraCommand(),
    env: { ...env, DATABASE_PATH: databasePath, MITRA_ADMINS: ADMIN, LOG_LEVEL: 'info' },
    logFile: join(dir, 'mitra.log'),
  });
  const plain = await startAppProcess({
    name: 'plain Bolt',
    args: [join(ROOT, 'bench/plain-bolt.mjs')],
    env,
    logFile: join(dir, 'plain.log'),
  });
  try {
    process.stdout.write(
      `Mitra (${mitraCommand().join(' ')}) vs plain Bolt, ${rounds} alternating rounds × ${seconds} s per app\n`,
    );
    // Warm-up: JIT, the locale cache and SQLite's page cache, for both.
    for (const app of [mitra, plain]) {
      for (const s of SCENARIOS)
        await loadRun(fake, app, { users: s.users, text: s.text, connections: 10, seconds: 1 });
      await settle(fake, app);
    }
    const rows: Array<Array<string | number>> = [];
    for (const connections of connectionsList) {
      for (const s of SCENARIOS) {
        const runs: Record<'mitra' | 'plain', LoadResult[]> = { mitra: [], plain: [] };
        for (let r = 0; r < rounds; r += 1) {
          const order = r % 2 === 0 ? (['mitra', 'plain'] as const) : (['plain', 'mitra'] as const);
          for (const which of order) {
            const app = which === 'mitra' ? mitra : plain;
            await settle(fake, app);
            const responsesBefore = fake.responseUrlPosts().length;
            const run = await loadRun(fake, app, { users: s.users, text: s.text, connections, seconds });
            runs[which].push(run);
            if (which === 'mitra') {
              await settle(fake, app);
              // Answers that came later through response_url, counted on the stand-in.
              (run as LoadResult & { later?: number }).later =
                fake.responseUrlPosts().length - responsesBefore;
            }
          }
        }
        const m = aggregate(runs.mitra);
        const p = aggregate(runs.plain);
        const later = runs.mitra.reduce(
          (sum, x) => sum + ((x as LoadResult & { later?: number }).later ?? 0),
          0,
        );
        const ratio = m.requests > 0 && p.requests > 0 ? m.p50 / Math.max(0.001, p.p50) : Number.NaN;
        rows.push([
          s.label,
          connections,
          `${m.p50} / ${m.p99}`,
          `${p.p50} / ${p.p99}`,
          `**${round(ratio, 2)}×** (≤ ${s.target}×)${ratio <= s.target ? '' : ' ✗'}`,
          `${m.p99 < 50 || connections < 50 ? '' : '✗ '}${m.p99} ms`,
          `${Math.round(m.rps)} / ${Math.round(p.rps)} (${round(m.rps / Math.max(1, p.rps), 2)}×)`,
          `${round(perRequest(m), 2)} / ${round(perRequest(p), 2)} (${round(perRequest(m) / perRequest(p), 2)}×)`,
          `${pct(m.answeredInAck, m.requests)} in ack, ${later} later`,
          m.non2xx + m.errors + p.non2xx + p.errors,
        ]);
        process.stdout.write(`  ${s.label} @${connections}: Mitra p50 ${m.p50} ms, plain ${p.p50} ms\n`);
      }
    }
    process.stdout.write(
      `\n${table(
        [
          'request',
          'senders',
          'Mitra p50 / p99 ms',
          'plain p50 / p99 ms',
          'p50 ratio',
          'Mitra p99 (< 50 ms @50)',
          'req/s Mitra / plain',
          'CPU ms per request Mitra / plain',
          'Mitra answers',
          'non-2xx + errors',
        ],
        rows,
      )}\n`,
    );
    const memory = mitra.memory();
    process.stdout.write(
      `Mitra resident memory: ${round(memory.rssMb)} MB now, peak ${round(memory.peakMb)} MB; plain Bolt peak ${round(plain.memory().peakMb)} MB\n`,
    );
  } finally {
    await mitra.stop();
    await plain.stop();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Waits until the app has finished what it does after its acks (answers through response_url
 * still arriving) and answers /healthz, so one round's backlog does not land in the next.
 */
export async function settle(fake: FakeSlack, app: AppProcess, maxMs = 60_000): Promise<void> {
  const started = performance.now();
  let seen = -1;
  while (performance.now() - started < maxMs) {
    const now = fake.responseUrlPosts().length;
    if (now === seen) break;
    seen = now;
    await delay(500);
  }
  await fetch(`${app.baseUrl}/healthz`).catch(() => undefined);
}

function aggregate(runs: LoadResult[]): LoadResult {
  const sum = (f: (r: LoadResult) => number) => runs.reduce((s, r) => s + f(r), 0);
  return {
    p50: round(median(runs.map((r) => r.p50))),
    p99: round(median(runs.map((r) => r.p99))),
    rps: sum((r) => r.rps) / Math.max(1, runs.length),
    requests: sum((r) => r.requests),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    answeredInAck: sum((r) => r.answeredInAck),
    cpuMs: sum((r) => r.cpuMs),
  };
}

/** The app's CPU time per request: steadier than latency when other work shares the machine. */
function perRequest(r: LoadResult): number {
  return r.requests > 0 ? r.cpuMs / r.requests : Number.NaN;
}

function pct(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
}

if (process.argv[1]?.endsWith('side-by-side.ts')) await benchSideBySide();
