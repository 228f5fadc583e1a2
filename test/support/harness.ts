import { FakeSlack } from '../../sandbox/fake-slack/index.js';
import { type AppDeps, createApp, type MitraApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { type Logger, silentLogger } from '../../src/logger.js';
import { openTestDb } from './db.js';

export const SIGNING_SECRET = 'test-signing-secret';

/** The example people every integration test can use. */
export const PEOPLE = {
  coordinator: { id: 'UCOORD', name: 'sari', realName: 'Sari Wulandari', locale: 'id-ID' },
  english: { id: 'UENGLISH', name: 'david', realName: 'David Tan', locale: 'en-US' },
  admin: { id: 'UADMIN', name: 'admin', realName: 'Admin TI', locale: 'id-ID' },
  manager1: { id: 'UMGR1', name: 'budi', realName: 'Budi Santoso', locale: 'id-ID' },
  manager2: { id: 'UMGR2', name: 'rina', realName: 'Rina Kusuma', locale: 'id-ID' },
  manager3: { id: 'UMGR3', name: 'agus', realName: 'Agus Pratama', locale: 'en-US' },
  outsider: { id: 'UOUTSIDE', name: 'tamu', realName: 'Tamu Luar', locale: 'id-ID' },
} as const;

export const SHARED_CHANNEL = 'C0SHARED';

export interface Harness {
  fake: FakeSlack;
  mitra: MitraApp;
  db: Db;
  config: Config;
  databasePath: string;
  /** Base URL of the app's HTTP server, e.g. http://127.0.0.1:12345 */
  appBaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real app on a free port, with a real SQLite file migrated for the test, talking over real
 * HTTP to a Slack-like server that also sends it signed requests.
 */
export async function startHarness(
  options: {
    clock?: Clock;
    env?: NodeJS.ProcessEnv;
    /** The Web API client's time-out; short in tests of answers that come too late. */
    apiTimeoutMs?: number;
    logger?: Logger;
    serverLimits?: AppDeps['serverLimits'];
  } = {},
): Promise<Harness> {
  const fake = new FakeSlack({ signingSecret: SIGNING_SECRET });
  await fake.start();
  for (const person of Object.values(PEOPLE)) fake.addUser(person);
  fake.addChannel({
    id: SHARED_CHANNEL,
    name: 'kemitraan-perencanaan-keuangan',
    members: Object.values(PEOPLE).map((p) => p.id),
    botIsMember: true,
  });

  const database = openTestDb('file');
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATABASE_PATH: database.path,
    MITRA_ADMINS: PEOPLE.admin.id,
    ...options.env,
  });
  const config: Config = options.apiTimeoutMs
    ? { ...loaded, slack: { ...loaded.slack, apiTimeoutMs: options.apiTimeoutMs } }
    : loaded;
  const mitra = createApp({
    config,
    db: database.db,
    logger: options.logger ?? silentLogger(),
    clock: options.clock,
    serverLimits: options.serverLimits,
  });
  const { port } = await mitra.start();
  const appBaseUrl = `http://127.0.0.1:${port}`;
  fake.setAppUrl(`${appBaseUrl}/slack/events`);

  return {
    fake,
    mitra,
    db: database.db,
    config,
    databasePath: database.path,
    appBaseUrl,
    async close() {
      await mitra.stop();
      await fake.stop();
      database.cleanup();
    },
  };
}
