import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../sandbox/fake-slack/index.js';
import { SIGNING_SECRET } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const MAIN = join(process.cwd(), 'src/main.ts');

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

function run(env: NodeJS.ProcessEnv, cwd: string): Run {
  // Only what the test gives: the developer's own SLACK_* variables must not leak in.
  const child = spawn(TSX, [MAIN], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  const result: Run = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk) => {
    result.stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    result.stderr += String(chunk);
  });
  return result;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mitra-main-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('starting Mitra with bad configuration', () => {
  it.each([
    [{}, 'SLACK_BOT_TOKEN is missing'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is missing'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: 'abc' }, 'PORT'],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SIGNING_SECRET, MITRA_TIMEZONE: 'WIB' },
      'MITRA_TIMEZONE',
    ],
  ])(
    'stops with one line naming the variable (%o)',
    async (env, expected) => {
      const started = run(env, dir);
      expect(await started.exit).toBe(1);
      const lines = started.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(expected);
      expect(started.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
      expect(started.stdout).toBe('');
    },
    30_000,
  );
});

describe('starting Mitra where Slack or the port refuses it', () => {
  it('names SLACK_BOT_TOKEN when Slack refuses the token', async () => {
    const fake = new FakeSlack({ signingSecret: SIGNING_SECRET });
    await fake.start();
    try {
      const started = run(
        {
          SLACK_BOT_TOKEN: 'xoxb-not-the-right-one',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: fake.apiUrl,
          PORT: String(await freePort()),
          DATABASE_PATH: join(dir, 'refused.db'),
        },
        dir,
      );
      expect(await started.exit).toBe(1);
      expect(started.stderr.trim()).toBe(
        'Configuration error: SLACK_BOT_TOKEN was refused by Slack (invalid_auth)',
      );
      expect(started.stderr).not.toContain('xoxb-not-the-right-one');
    } finally {
      await fake.stop();
    }
  }, 60_000);

  it('says so when PORT is already taken', async () => {
    const fake = new FakeSlack({ signingSecret: SIGNING_SECRET });
    await fake.start();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const started = run(
        {
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: fake.apiUrl,
          PORT: String(port),
          DATABASE_PATH: join(dir, 'port.db'),
        },
        dir,
      );
      expect(await started.exit).toBe(1);
      expect(started.stderr.trim()).toBe(`Configuration error: PORT ${port} is already in use`);
    } finally {
      blocker.close();
      await fake.stop();
    }
  }, 60_000);
});

describe('running Mitra as a process', () => {
  it('creates the database folder, migrates, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const fake = new FakeSlack({ signingSecret: SIGNING_SECRET });
    await fake.start();
    const port = await freePort();
    const databasePath = join(dir, 'nested', 'folder', 'mitra.db');
    const started = run(
      {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        DATABASE_PATH: databasePath,
      },
      dir,
    );
    try {
      await waitFor(() => started.stdout.includes('Mitra is running'), {
        timeoutMs: 15_000,
        what: 'start-up',
      });
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await res.json()).toMatchObject({ ok: true, database: 'ok' });
      // The catch-up tick at start-up shows in /healthz once it has finished.
      let health: { scheduler?: { recent?: boolean } } = {};
      for (let i = 0; i < 150 && !health.scheduler?.recent; i++) {
        health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as typeof health;
        if (!health.scheduler?.recent) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health.scheduler).toMatchObject({ recent: true });
      expect(started.stdout).not.toContain('xoxb-test');
      expect(started.stdout).not.toContain(SIGNING_SECRET);
      const line = JSON.parse(started.stdout.split('\n').find((l) => l.includes('Mitra is running')) ?? '{}');
      expect(line).toMatchObject({ mode: 'http', port });
      started.child.kill('SIGTERM');
      expect(await started.exit).toBe(0);
    } finally {
      started.child.kill('SIGKILL');
      await fake.stop();
    }
    // Starting tsx and the app takes a few seconds, more while other test files load the machine.
  }, 60_000);
});
