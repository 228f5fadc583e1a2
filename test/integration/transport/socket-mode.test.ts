import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../sandbox/fake-slack/index.js';
import { createApp, type MitraApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { openTestDb } from '../../support/db.js';
import { PEOPLE, SHARED_CHANNEL, SIGNING_SECRET } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let fake: FakeSlack;
let mitra: MitraApp;
let database: ReturnType<typeof openTestDb>;
let port: number;

beforeAll(async () => {
  fake = new FakeSlack({ signingSecret: SIGNING_SECRET, appToken: 'xapp-1-socket' });
  await fake.start();
  for (const person of Object.values(PEOPLE)) fake.addUser(person);
  fake.addChannel({ id: SHARED_CHANNEL, name: 'kemitraan', members: [PEOPLE.coordinator.id] });
  database = openTestDb('file');
  port = await freePort();
  // No signing secret and no app URL: everything arrives over the WebSocket.
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_APP_TOKEN: 'xapp-1-socket',
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    DATABASE_PATH: database.path,
  });
  mitra = createApp({ config, db: database.db, logger: silentLogger() });
  await mitra.start();
  await waitFor(() => fake.socketModeConnected, { timeoutMs: 10_000, what: 'the Socket Mode connection' });
});

afterAll(async () => {
  await mitra.stop();
  await fake.stop();
  database.cleanup();
});

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('opens its connection through SLACK_API_URL with the app-level token', () => {
    const opens = fake.callsTo('apps.connections.open');
    expect(opens.length).toBeGreaterThanOrEqual(1);
    expect(opens[0]?.response).toMatchObject({ ok: true });
  });

  it('answers /mitra help received over the socket, in the user’s language', async () => {
    const sent = await fake.sendSlashCommand({
      userId: PEOPLE.english.id,
      text: 'help',
      channelId: SHARED_CHANNEL,
    });
    expect(sent.status).toBe(200);
    const post = await waitFor(() => fake.responseUrlPosts()[0], { what: 'the help' });
    expect(JSON.stringify(post.body)).toContain('Mitra — inter-unit partnerships');
  });

  it('still serves /healthz on PORT for the load balancer', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: 'ok' });
  });
});
