/**
 * How long one tick of the reminders job takes with many schedules, against a local Slack-like
 * server and a real SQLite file: `npx tsx bench/schedules.ts [SCHEDULES]` (default 500), or
 * `BENCH_SCHEDULES=N npm run bench schedules`.
 *
 * Prints, in milliseconds: a quiet tick (nothing due — what almost every minute looks like), a
 * burst tick (every schedule due at once, each posted), and a catch-up tick after a day down
 * (planning a day of missed runs, posting those inside the grace window).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, WebClient } from '@slack/web-api';
import { FakeSlack } from '../sandbox/fake-slack/index.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { deliveries, partnerships, partnershipUnits, schedules, units } from '../src/db/schema/index.js';
import { createDeliveryRunner } from '../src/jobs/deliveries.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import { ChartFiles } from '../src/slack/kit/charts/slack-charts.js';
import { createLocaleResolver } from '../src/slack/kit/locale.js';

const TEAM = 'T0MITRA';
const CHANNEL = 'C0BENCH';

export async function benchSchedules(COUNT = Number(process.env.BENCH_SCHEDULES ?? 500)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mitra-bench-'));
  const fake = new FakeSlack({ signingSecret: 'bench-signing-secret' });
  await fake.start();
  fake.addChannel({ id: CHANNEL, name: 'bench' });
  const database = openDatabase(join(dir, 'mitra.db'));
  const { db } = database;

  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: fake.apiUrl,
    DATABASE_PATH: join(dir, 'mitra.db'),
  });
  const logger = silentLogger();
  let now = new Date('2026-03-02T01:00:00Z');
  const services: Services = {
    config,
    db,
    logger,
    clock: () => now,
    locales: createLocaleResolver({ fallback: 'id', logger }),
    charts: new ChartFiles(),
  };
  const client = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, logLevel: LogLevel.ERROR });
  const runner = createDeliveryRunner(services, client, { workerId: 'bench', maxPerTick: COUNT * 10 });

  // Fifty partnerships with ten schedules each (or whatever COUNT asks), every one a workday check-in at 09:00 WIB.
  const unit = db.insert(units).values({ teamId: TEAM, code: 'U1', name: 'Unit' }).returning().get();
  const perPartnership = 10;
  for (let i = 0; i < Math.ceil(COUNT / perPartnership); i += 1) {
    const p = db
      .insert(partnerships)
      .values({
        teamId: TEAM,
        code: `PK-${i + 1}`,
        seq: i + 1,
        name: `Kemitraan ${i + 1}`,
        purpose: 'Bench',
        leadUnitId: unit.id,
        channelId: CHANNEL,
        startDate: '2026-01-01',
        timeZone: 'Asia/Jakarta',
        createdBy: 'UBENCH',
      })
      .returning()
      .get();
    db.insert(partnershipUnits).values({ teamId: TEAM, partnershipId: p.id, unitId: unit.id }).run();
    const rows = Array.from({ length: Math.min(perPartnership, COUNT - i * perPartnership) }, () => ({
      teamId: TEAM,
      partnershipId: p.id,
      kind: 'checkin' as const,
      cadence: 'workdays' as const,
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
      mentionRoles: [],
      createdBy: 'UBENCH',
      lastRunAt: now,
    }));
    db.insert(schedules).values(rows).run();
  }

  async function timed(label: string, at: string): Promise<void> {
    now = new Date(at);
    const started = performance.now();
    const report = await runner.tick(now);
    const ms = performance.now() - started;
    const posted = report.sent;
    process.stdout.write(
      `${label.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms   planned ${String(report.planned).padStart(5)}   posted ${String(posted).padStart(5)}${posted ? `   (${(ms / posted).toFixed(2)} ms/reminder)` : ''}\n`,
    );
  }

  process.stdout.write(`reminders tick with ${COUNT} schedules (SQLite file + local Slack-like server)\n`);
  await timed('quiet tick (nothing due)', '2026-03-02T01:30:00Z');
  await timed('quiet tick again', '2026-03-02T01:31:00Z');
  await timed('burst tick (all due at 09:00)', '2026-03-02T02:00:00Z');
  await timed('quiet tick after the burst', '2026-03-02T02:01:00Z');
  // Down from Monday 09:01 until Tuesday 10:00 WIB: Tuesday 09:00 is inside the grace window.
  await timed('catch-up after a day down', '2026-03-03T03:00:00Z');
  const total = db.select().from(deliveries).all().length;
  process.stdout.write(`delivery rows: ${total}\n`);

  database.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
}

// Run directly: `npx tsx bench/schedules.ts 500`.
if (process.argv[1]?.endsWith('schedules.ts')) await benchSchedules(Number(process.argv[2] ?? 500));
