/**
 * `npm run demo`: Mitra fully offline. FakeSlack stands in for Slack, the real app runs in-process
 * against a fresh demo database, the scheduler ticks, example data is seeded, and a local page that
 * looks like Slack lets you act as any of the example people.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { and, eq, isNull } from 'drizzle-orm';
import { createApp, type MitraApp } from '../src/app.js';
import type { Clock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { evaluationCycles, holidays, schedules } from '../src/db/schema/index.js';
import { nextRuns, validateCadence } from '../src/domain/time/cadence.js';
import { makeHolidayChecker } from '../src/domain/time/holidays.js';
import { createJobs } from '../src/jobs/index.js';
import { startScheduler } from '../src/jobs/scheduler.js';
import { createLogger, type Logger } from '../src/logger.js';
import { FakeSlack } from './fake-slack/index.js';
import { DEMO_ADMIN, DEMO_PEOPLE, seedDemo } from './seed.js';
import { startSandboxServer } from './web/server.js';

export interface DemoOptions {
  /** Port of the page; taken → a free one. Default 3300; 0 for any free port. */
  port?: number;
  /** Deleted and recreated at each start. Default `./data/demo.db`. */
  databasePath?: string;
  /** The app's logger; default: readable logs at LOG_LEVEL (default `warn`). */
  logger?: Logger;
  /** The app's default language (MITRA_LOCALE). Default `id`. */
  locale?: 'id' | 'en';
}

export interface Demo {
  /** The page, e.g. http://127.0.0.1:3300/ */
  url: string;
  /** The app's HTTP base URL, e.g. http://127.0.0.1:41234 */
  appUrl: string;
  fake: FakeSlack;
  mitra: MitraApp;
  stop(): Promise<void>;
}

export const DEFAULT_DEMO_PORT = 3300;
const DEFAULT_USER = 'USARI';

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  // The sandbox's own clock: "skip to the next reminder" moves it forward, for the app and Slack alike.
  let offsetMs = 0;
  const nowMs = () => Date.now() + offsetMs;
  const clock: Clock = () => new Date(nowMs());

  const signingSecret = randomBytes(24).toString('hex');
  const fake = new FakeSlack({ signingSecret, botToken: 'xoxb-demo', teamDomain: 'kementerian', now: nowMs });
  const cleanups: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // Stopping goes on: one part that fails to close must not keep the others running.
      }
    }
    cleanups.length = 0;
  };

  try {
    await fake.start();
    cleanups.push(() => fake.stop());

    const databasePath = options.databasePath ?? './data/demo.db';
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    const database = openDatabase(databasePath);
    cleanups.push(() => database.close());

    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-demo',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      DATABASE_PATH: databasePath,
      MITRA_ADMINS: DEMO_ADMIN,
      MITRA_LOCALE: options.locale ?? 'id',
      MITRA_TIMEZONE: 'Asia/Jakarta',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    const logger = options.logger ?? createLogger({ logLevel: config.logLevel, prettyLogs: true });

    const mitra = createApp({ config, db: database.db, logger, clock });
    const { port: appPort } = await mitra.start();
    cleanups.push(() => mitra.stop());
    const appUrl = `http://127.0.0.1:${appPort}`;
    fake.setAppUrl(`${appUrl}/slack/events`);

    const scheduler = startScheduler({ jobs: createJobs(mitra.services, mitra.app.client), clock, logger });
    cleanups.push(() => scheduler.stop());

    await seedDemo({ fake, db: database.db, services: mitra.services, client: mitra.app.client });

    /** The next moment something scheduled happens: a reminder, or an evaluation's reminder or close. */
    const nextEvent = (): Date | null => {
      const now = clock();
      const extraDates = database.db
        .select({ date: holidays.date, name: holidays.name })
        .from(holidays)
        .all();
      const isHoliday = makeHolidayChecker({ extraDates });
      const candidates: Date[] = [];
      for (const row of database.db.select().from(schedules).where(eq(schedules.status, 'active')).all()) {
        const cadence = validateCadence(row);
        if (!cadence.ok) continue;
        const run = nextRuns(cadence.spec, {
          after: now,
          count: 1,
          skipHolidays: row.skipHolidays,
          isHoliday,
        }).find((r) => !r.skipped);
        if (run) candidates.push(run.at);
      }
      const open = database.db
        .select()
        .from(evaluationCycles)
        .where(eq(evaluationCycles.status, 'open'))
        .all();
      for (const cycle of open) candidates.push(cycle.closesAt);
      const toRemind = database.db
        .select({ remindAt: evaluationCycles.remindAt })
        .from(evaluationCycles)
        .where(and(eq(evaluationCycles.status, 'open'), isNull(evaluationCycles.remindedAt)))
        .all();
      for (const cycle of toRemind) if (cycle.remindAt) candidates.push(cycle.remindAt);
      const future = candidates
        .filter((at) => at.getTime() > now.getTime())
        .sort((a, b) => a.getTime() - b.getTime());
      return future[0] ?? null;
    };

    const server = await startSandboxServer({
      fake,
      people: DEMO_PEOPLE,
      defaultUserId: DEFAULT_USER,
      locale: config.locale,
      port: options.port ?? DEFAULT_DEMO_PORT,
      controls: {
        now: clock,
        tick: () => scheduler.tick(),
        async advanceToNextReminder() {
          const at = nextEvent();
          if (!at) return null;
          // A second past the due time, so the jobs see it as due.
          offsetMs += at.getTime() + 1000 - nowMs();
          await scheduler.tick();
          return at;
        },
      },
    });
    cleanups.push(() => server.close());

    return { url: server.url, appUrl, fake, mitra, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const raw = process.env.DEMO_PORT;
  const port = raw === undefined || raw === '' ? DEFAULT_DEMO_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write('DEMO_PORT must be a port number such as 3300\n');
    process.exit(1);
  }
  const locale = process.env.MITRA_LOCALE === 'en' ? 'en' : 'id';
  const demo = await startDemo({ port, locale });
  process.stdout.write(`Mitra sandbox: ${demo.url} (Ctrl-C to stop)\n`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    // A connection that will not close must not keep Ctrl-C from ending the sandbox.
    setTimeout(() => process.exit(0), 5_000).unref();
    void demo.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `The sandbox could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
