/**
 * A burst: N reminders (default 1,000, BENCH_REMINDERS) due in the same minute across N channels,
 * posted by the real scheduler jobs with production settings (the Web API client of src/app.ts,
 * the default per-tick limit) through the stand-in Slack enforcing Slack's per-channel
 * chat.postMessage pace. The clock is simulated: each further tick is "a minute later".
 *
 * Prints each tick's duration and posts, the time until every reminder was posted, duplicates
 * (two messages carrying one delivery id), losses (a due reminder never posted) and 429s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { SLACK_CHANNEL_POST_RATE } from '../sandbox/fake-slack/index.js';
import { webClientOptions } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { deliveries } from '../src/db/schema/index.js';
import { REMINDER_EVENT_TYPE } from '../src/domain/reminders.js';
import { createJobs } from '../src/jobs/index.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import { ChartFiles } from '../src/slack/kit/charts/slack-charts.js';
import { createLocaleResolver } from '../src/slack/kit/locale.js';
import { seedPartnerships } from './lib/seed.js';
import { COORDINATOR, SIGNING_SECRET, startStandIn, TEAM } from './lib/standin.js';
import { envNumber, round, table } from './stats.js';

/** Monday 2 March 2026, 09:00 in Jakarta: every schedule's due time. */
const DUE = new Date('2026-03-02T02:00:00Z');

export async function benchReminderBurst(count = envNumber('BENCH_REMINDERS', 1000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mitra-bench-'));
  const fake = await startStandIn({ channelPostRate: SLACK_CHANNEL_POST_RATE });
  const databasePath = join(dir, 'mitra.db');
  const database = openDatabase(databasePath);
  try {
    const config = loadConfig({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_PATH: databasePath,
    });
    const client = new WebClient(config.slack.botToken, webClientOptions(config));
    const channelOf = (i: number) => `CR${i}`;
    // Each partnership in its own channel with its charter already posted (the charter is updated after a reminder).
    const charters = new Map<number, string>();
    for (let i = 1; i <= count; i += 1) {
      fake.addChannel({
        id: channelOf(i),
        name: `kemitraan-${i}`,
        members: [COORDINATOR],
        botIsMember: true,
      });
      const posted = await client.chat.postMessage({ channel: channelOf(i), text: `Piagam PK-${i}` });
      charters.set(i, posted.ts as string);
    }
    seedPartnerships(database.db, {
      count,
      now: DUE,
      channelOf,
      charterTsOf: (i) => charters.get(i) ?? null,
      schedulesOf: (_i, partnershipId) => [
        {
          teamId: TEAM,
          partnershipId,
          kind: 'checkin',
          cadence: 'workdays',
          timeOfDay: '09:00',
          timeZone: 'Asia/Jakarta',
          mentionRoles: ['coordinator', 'liaison'],
          createdBy: COORDINATOR,
          lastRunAt: new Date(DUE.getTime() - 60_000),
        },
      ],
    });
    const logger = silentLogger();
    let now = new Date(DUE.getTime() + 5_000);
    const services: Services = {
      config,
      db: database.db,
      logger,
      clock: () => now,
      locales: createLocaleResolver({ fallback: config.locale, logger }),
      charts: new ChartFiles(),
    };
    const jobs = createJobs(services, client);
    const sentCount = () =>
      database.db
        .select({ status: deliveries.status })
        .from(deliveries)
        .all()
        .filter((d) => d.status === 'sent').length;

    const rows: Array<Array<string | number>> = [];
    const wallStarted = performance.now();
    let allPostedAfterMs = Number.NaN;
    for (let tick = 1; tick <= 5; tick += 1) {
      const before = sentCount();
      const started = performance.now();
      for (const job of jobs) await job.run({ now });
      const ms = performance.now() - started;
      const after = sentCount();
      rows.push([
        tick,
        `+${Math.round((now.getTime() - DUE.getTime()) / 1000)} s`,
        `${Math.round(ms)} ms`,
        after - before,
        after,
      ]);
      if (after >= count) {
        allPostedAfterMs = now.getTime() - DUE.getTime() + ms;
        break;
      }
      now = new Date(now.getTime() + 60_000);
    }
    const wallMs = performance.now() - wallStarted;

    let duplicates = 0;
    let channelsWithout = 0;
    for (let i = 1; i <= count; i += 1) {
      const ids = fake
        .messages(channelOf(i))
        .filter((m) => m.metadata?.event_type === REMINDER_EVENT_TYPE)
        .map((m) => JSON.stringify(m.metadata?.event_payload));
      duplicates += ids.length - new Set(ids).size;
      if (ids.length === 0) channelsWithout += 1;
    }
    const due = database.db.select().from(deliveries).all();
    const lost = due.filter((d) => d.status !== 'sent').length;
    const limited = fake.callsTo('chat.postMessage').filter((c) => c.status === 429).length;
    process.stdout.write(
      `${count} reminders due at the same minute across ${count} channels (stand-in enforcing ${SLACK_CHANNEL_POST_RATE.perSecond}/s per channel, bursts of ${SLACK_CHANNEL_POST_RATE.burst})\n`,
    );
    process.stdout.write(`${table(['tick', 'at (simulated)', 'took', 'posted', 'posted so far'], rows)}\n`);
    process.stdout.write(
      `${table(
        [
          'all posted after (simulated clock)',
          'ticks’ own time',
          'duplicates',
          'not posted (losses)',
          'channels without their reminder',
          '429 answers',
        ],
        [
          [
            Number.isNaN(allPostedAfterMs) ? 'not within 5 ticks' : `${round(allPostedAfterMs / 1000)} s`,
            `${round(wallMs / 1000)} s`,
            duplicates,
            lost,
            channelsWithout,
            limited,
          ],
        ],
      )}\n`,
    );
  } finally {
    database.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('reminders.ts')) await benchReminderBurst();
