/**
 * Scale: Mitra (its own process, built) on a database seeded with N partnerships (bench/lib/seed.ts),
 * answering over HTTP through the stand-in Slack. For each size: seeding, start-up to /healthz,
 * the time until a person sees the answer (the ack when it carries the answer, else the
 * response_url post or views.publish) for `daftar`, `lihat PK-…`, a page turn and App Home, for
 * an admin who sees all and a coordinator in 50; other people's acks while the admin opens App
 * Home in a loop; a scheduler tick with nothing due (first after start, then warm); resident memory.
 *
 * Switches: BENCH_SIZES (default 100,1000; the full run adds 10000), BENCH_SAMPLES (per
 * measurement, default 20), BENCH_BUDGET_MS (time per measurement before it stops sampling,
 * default 15000, at least 3 samples), BENCH_SECONDS (the load under App Home, ×2, default 3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { WebClient } from '@slack/web-api';
import type { FakeSlack } from '../sandbox/fake-slack/index.js';
import { webClientOptions } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { type Db, openDatabase } from '../src/db/client.js';
import { partnerships, roleAssignments } from '../src/db/schema/index.js';
import { createJobs } from '../src/jobs/index.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import { ChartFiles } from '../src/slack/kit/charts/slack-charts.js';
import { createLocaleResolver } from '../src/slack/kit/locale.js';
import { type AppProcess, ensureBuilt, mitraCommand, startAppProcess } from './lib/app-process.js';
import { seedPartnerships } from './lib/seed.js';
import {
  ADMIN,
  CHANNEL,
  COORDINATOR,
  OTHERS,
  SIGNING_SECRET,
  signedSlashCommand,
  startStandIn,
  TEAM,
  watchAnswers,
} from './lib/standin.js';
import { settle } from './side-by-side.js';
import { envList, envNumber, round, summarise, table } from './stats.js';

type Watch = ReturnType<typeof watchAnswers>;
/** A person (not an admin) who coordinates every partnership alongside its own coordinator. */
const COORDINATOR_OF_ALL = OTHERS.at(-1) ?? 'UOTHER20';

/** Makes `userId` a coordinator of every partnership, in its lead unit. */
function coordinateEverything(db: Db, userId: string): void {
  const rows = db
    .select({ id: partnerships.id, leadUnitId: partnerships.leadUnitId })
    .from(partnerships)
    .all();
  db.transaction((tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      tx.insert(roleAssignments)
        .values(
          rows.slice(i, i + 500).map((p) => ({
            teamId: TEAM,
            partnershipId: p.id,
            unitId: p.leadUnitId,
            userId,
            role: 'coordinator' as const,
            assignedBy: COORDINATOR,
          })),
        )
        .run();
    }
  });
}
const ANSWER_TIMEOUT_MS = 180_000;

/** Time until the person sees the answer to `/mitra <text>`. */
async function timeCommand(fake: FakeSlack, watch: Watch, userId: string, text: string): Promise<number> {
  const started = performance.now();
  const result = await fake.sendSlashCommand({ userId, text, channelId: CHANNEL });
  if (result.status === 200 && result.body !== '' && result.body !== undefined)
    return performance.now() - started;
  const at = await watch.responseAt(result.responseUrl, ANSWER_TIMEOUT_MS);
  return at === undefined ? Number.NaN : at - started;
}

/** Time until the next (or previous) page of the person's latest list reaches them. */
async function timePageTurn(fake: FakeSlack, watch: Watch, userId: string): Promise<number> {
  const ids = ['partnership_list_next', 'partnership_list_previous'];
  const message = fake
    .ephemerals(CHANNEL, userId)
    .reverse()
    .find((m) => ids.some((id) => JSON.stringify(m.blocks ?? []).includes(`"${id}"`)));
  if (!message) return Number.NaN;
  const actionId = ids.find((id) => JSON.stringify(message.blocks ?? []).includes(`"${id}"`)) as string;
  const started = performance.now();
  const result = await fake.sendBlockAction({ userId, actionId, channelId: CHANNEL, messageTs: message.ts });
  if (!result.responseUrl) return Number.NaN;
  const at = await watch.responseAt(result.responseUrl, ANSWER_TIMEOUT_MS);
  return at === undefined ? Number.NaN : at - started;
}

/** Time from `app_home_opened` until the home view is published. */
async function timeHome(fake: FakeSlack, watch: Watch, userId: string): Promise<number> {
  const started = performance.now();
  await fake.sendEvent({
    type: 'app_home_opened',
    user: userId,
    channel: fake.openDm(userId).id,
    tab: 'home',
  });
  const at = await watch.publishedAfter(userId, started, ANSWER_TIMEOUT_MS);
  return at === undefined ? Number.NaN : at - started;
}

/**
 * Samples until BENCH_SAMPLES, or the time budget once there are three, or four budgets in all.
 * A first run over a second needs no warm-up and counts as a sample (slow lists stay affordable).
 */
async function sample(
  measure: () => Promise<number>,
): Promise<{ p50: number; p95: number; n: number; lost: number }> {
  const samples = envNumber('BENCH_SAMPLES', 20);
  const budget = envNumber('BENCH_BUDGET_MS', 15_000);
  const started = performance.now();
  const values: number[] = [];
  let lost = 0;
  const first = await measure();
  if (first > 1000) values.push(first);
  for (;;) {
    const n = values.length + lost;
    const elapsed = performance.now() - started;
    if (n >= samples || (n >= 3 && elapsed >= budget) || elapsed >= 4 * budget) break;
    const ms = await measure();
    if (Number.isNaN(ms)) lost += 1;
    else values.push(ms);
  }
  const s = summarise(values);
  return { p50: s.p50, p95: s.p95, n: s.n, lost };
}

export interface ScaleResult {
  size: number;
  seedMs: number;
  startupMs: number;
  /** From /healthz to the end of the app's own first tick (it catches up on what fell due while down). */
  firstTickMs: number;
  rssStartMb: number;
  peakMb: number;
  ops: Array<{ who: string; op: string; p50: number; p95: number; n: number; lost: number }>;
  acks: { p50: number; p99: number; requests: number; failed: number; homes: number };
  tick: { firstMs: number; warmMs: number };
}

async function scaleRun(size: number): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'mitra-bench-'));
  const fake = await startStandIn({ ackTimeoutMs: ANSWER_TIMEOUT_MS });
  const databasePath = join(dir, 'mitra.db');
  const seeding = openDatabase(databasePath);
  const seeded = seedPartnerships(seeding.db, { count: size });
  coordinateEverything(seeding.db, COORDINATOR_OF_ALL);
  seeding.close();
  let mitra: AppProcess | undefined;
  try {
    mitra = await startAppProcess({
      name: 'Mitra',
      args: mitraCommand(),
      env: {
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        DATABASE_PATH: databasePath,
        MITRA_ADMINS: ADMIN,
        LOG_LEVEL: 'info',
        // `MITRA_CHARTS=off npm run bench -- scale` measures Mitra without its charts.
        MITRA_CHARTS: process.env.MITRA_CHARTS ?? 'on',
      },
      logFile: join(dir, 'mitra.log'),
    });
    const rssStartMb = mitra.memory().rssMb;
    const firstTickMs = await untilFirstTick(mitra);
    fake.setAppUrl(mitra.eventsUrl);
    const watch = watchAnswers(fake);
    const ops: ScaleResult['ops'] = [];
    for (const [who, userId] of [
      [`admin (all ${size})`, ADMIN],
      ['coordinator (50)', COORDINATOR],
      [`coordinator of all (${size})`, COORDINATOR_OF_ALL],
    ] as const) {
      const measures: Array<[string, () => Promise<number>]> = [
        ['daftar', () => timeCommand(fake, watch, userId, 'daftar')],
        ['page turn', () => timePageTurn(fake, watch, userId)],
        [
          'lihat PK-…',
          () => timeCommand(fake, watch, userId, `lihat PK-${1 + Math.floor(Math.random() * 50)}`),
        ],
        ['App Home', () => timeHome(fake, watch, userId)],
      ];
      for (const [op, measure] of measures) {
        const result = await sample(measure);
        ops.push({ who, op, ...result });
        process.stdout.write(
          `  ${size}: ${who} ${op}: p50 ${result.p50} ms, p95 ${result.p95} ms (n ${result.n})\n`,
        );
      }
    }

    // Other people's acks while an admin opens App Home again and again.
    await settle(fake, mitra);
    const acks = await acksDuringHomeLoop(fake, watch, mitra, 2 * envNumber('BENCH_SECONDS', 3) * 1000);
    await settle(fake, mitra);
    watch.stop();

    const tick = await timeQuietTick(fake, databasePath);
    const { peakMb } = mitra.memory();
    return {
      size,
      seedMs: seeded.ms,
      startupMs: mitra.startupMs,
      firstTickMs,
      rssStartMb,
      peakMb,
      ops,
      acks,
      tick,
    };
  } finally {
    await mitra?.stop();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Waits until the app's first scheduler tick (run at start, computing every schedule's next run)
 * has finished, as /healthz reports: the requests measured after it see the app as it runs, not
 * while it catches up after a start, which the tick rows below time apart.
 */
async function untilFirstTick(mitra: AppProcess): Promise<number> {
  const started = performance.now();
  for (;;) {
    const res = await fetch(`${mitra.baseUrl}/healthz`);
    const body = (await res.json()) as { scheduler?: { lastTick?: string | null } };
    if (body.scheduler?.lastTick) return performance.now() - started;
    if (performance.now() - started > ANSWER_TIMEOUT_MS) throw new Error('no scheduler tick');
    await delay(50);
  }
}

/**
 * Five people send `/mitra bantuan` one after another (each waits for its ack) while the admin
 * opens App Home in a loop, for `ms` or until the admin has seen two homes. Requests still
 * waiting at the end are awaited and counted: a blocked event loop must show in the p99.
 */
async function acksDuringHomeLoop(
  fake: FakeSlack,
  watch: Watch,
  mitra: AppProcess,
  ms: number,
): Promise<ScaleResult['acks']> {
  let stop = false;
  let homes = 0;
  let failed = 0;
  const latencies: number[] = [];
  const home = (async () => {
    while (!stop) {
      if (!Number.isNaN(await timeHome(fake, watch, ADMIN))) homes += 1;
    }
  })();
  const senders = OTHERS.slice(0, 5).map(async (userId) => {
    while (!stop) {
      const signed = signedSlashCommand(fake, { userId, text: 'bantuan' });
      const started = performance.now();
      try {
        const res = await fetch(mitra.eventsUrl, {
          method: 'POST',
          headers: signed.headers,
          body: signed.body,
        });
        await res.text();
        if (res.status === 200) latencies.push(performance.now() - started);
        else failed += 1;
      } catch {
        failed += 1; // a reset connection is an ack Slack never got
      }
    }
  });
  const started = performance.now();
  while (performance.now() - started < ms || (homes < 2 && performance.now() - started < 20 * ms)) {
    await delay(100);
  }
  stop = true;
  await Promise.all([home, ...senders]);
  const s = summarise(latencies);
  return { p50: s.p50, p99: s.p99, requests: s.n, failed, homes };
}

/**
 * One scheduler tick (every job) in a second process on the database the app has run on, with
 * nothing due: the first, as after a restart (each schedule's next due time is stored, so nothing
 * is computed again), and the next minute's.
 */
async function timeQuietTick(fake: FakeSlack, databasePath: string): Promise<ScaleResult['tick']> {
  const database = openDatabase(databasePath);
  try {
    const config = loadConfig({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_PATH: databasePath,
    });
    const logger = silentLogger();
    let now = new Date();
    const services: Services = {
      config,
      db: database.db,
      logger,
      clock: () => now,
      locales: createLocaleResolver({ fallback: config.locale, logger }),
      charts: new ChartFiles(),
    };
    const client = new WebClient(config.slack.botToken, webClientOptions(config));
    const jobs = createJobs(services, client);
    const tick = async () => {
      const started = performance.now();
      for (const job of jobs) await job.run({ now });
      return performance.now() - started;
    };
    const firstMs = await tick();
    now = new Date(now.getTime() + 60_000);
    const warmMs = await tick();
    return { firstMs, warmMs };
  } finally {
    database.close();
  }
}

type Who = 'admin' | 'coordinator' | 'coordinator of all';

export async function benchScale(): Promise<void> {
  ensureBuilt();
  const sizes = envList('BENCH_SIZES', '100,1000').map(Number);
  const results: ScaleResult[] = [];
  for (const size of sizes) {
    process.stdout.write(`scale: ${size} partnerships …\n`);
    results.push(await scaleRun(size));
  }
  const cell = (r: ScaleResult, who: Who, op: string) => {
    const o = r.ops.find(
      (x) => x.who.startsWith(who) && !(who === 'coordinator' && x.who.includes(' of all')) && x.op === op,
    );
    return o ? `${o.p50} / ${o.p95}${o.n < 5 ? ` (n=${o.n})` : ''}${o.lost ? ` (${o.lost} lost)` : ''}` : '–';
  };
  const opNames = ['daftar', 'page turn', 'lihat PK-…', 'App Home'];
  const rows: Array<Array<string | number>> = [];
  const labels: Record<Who, string> = {
    admin: 'admin (sees all)',
    coordinator: 'coordinator (in 50)',
    'coordinator of all': 'coordinator of all (not admin)',
  };
  for (const who of ['admin', 'coordinator', 'coordinator of all'] as const) {
    for (const op of opNames) {
      rows.push([`${labels[who]}: ${op}`, ...results.map((r) => cell(r, who, op))]);
    }
  }
  process.stdout.write(
    `\nTime until the person sees the answer, p50 / p95 ms (target p50 ≤ 50, p95 ≤ 150)\n${table(
      ['', ...results.map((r) => `${r.size} partnerships`)],
      rows,
    )}\n`,
  );
  process.stdout.write(
    `\n${table(
      ['', ...results.map((r) => `${r.size}`)],
      [
        ['seed (one transaction)', ...results.map((r) => `${Math.round(r.seedMs)} ms`)],
        ['start-up to /healthz', ...results.map((r) => `${Math.round(r.startupMs)} ms`)],
        [
          "then to the end of the app's first tick (measurements start after it)",
          ...results.map((r) => `${Math.round(r.firstTickMs)} ms`),
        ],
        [
          "others' acks p50 / p99 while admin loops App Home (< 50 ms p99)",
          ...results.map(
            (r) =>
              `${r.acks.p50} / ${r.acks.p99} ms (${r.acks.requests} acks${r.acks.failed ? `, ${r.acks.failed} failed` : ''}, ${r.acks.homes} homes)`,
          ),
        ],
        [
          'scheduler tick, nothing due: first after a restart',
          ...results.map((r) => `${round(r.tick.firstMs)} ms`),
        ],
        ['scheduler tick, nothing due: next minute', ...results.map((r) => `${round(r.tick.warmMs)} ms`)],
        ['RSS after start', ...results.map((r) => `${round(r.rssStartMb)} MB`)],
        ['peak RSS (VmHWM, target < 150 MB at 1,000)', ...results.map((r) => `${round(r.peakMb)} MB`)],
      ],
    )}\n`,
  );
}

if (process.argv[1]?.endsWith('scale.ts')) await benchScale();
