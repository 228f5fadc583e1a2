import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGoal, createPartnership, createUnit } from '../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../support/harness.js';
import { type FuzzRequest, requests, type World } from './arbitraries.js';
import { dump } from './db-dump.js';

/**
 * Signed payloads of every kind Mitra handles, well-formed and broken, sent through the real HTTP
 * receiver. `npm test` runs a few hundred; `npm run fuzz` (FUZZ_RUNS, default 10,000) the full run,
 * whose figures are written to test-results/fuzz.json and quoted in the README.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/**
 * Slack's refusals reach the error handler legitimately: the fuzzer's trigger_ids are made up and
 * its response_urls used up. Anything else there (Bolt wraps a TypeError as UnknownError) is a bug.
 */
const SLACK_ERRORS = new Set([
  'WebAPIPlatformError',
  'WebAPIRequestError',
  'WebAPIHTTPError',
  'RespondError',
]);
/** Lines without an error object are Slack's own warnings the Web API client logs (`[ERROR] …`). */
const isProgrammingError = (e: { type: string }) => e.type !== 'none' && !SLACK_ERRORS.has(e.type);
const listenerErrors: { type: string; message: string; where: string }[] = [];
const logger = pino(
  { level: 'error' },
  {
    write: (line: string) => {
      const entry = JSON.parse(line) as {
        msg?: string;
        kind?: string;
        name?: string;
        err?: { type?: string; message?: string; stack?: string };
      };
      const frame = entry.err?.stack?.split('\n').find((l) => l.includes('/src/')) ?? '';
      listenerErrors.push({
        type: entry.err?.type ?? 'none',
        message: entry.err?.message ?? entry.msg ?? '',
        // Where it happened: the request's kind and id, and our frame nearest the throw.
        where: `${entry.kind ?? ''} ${entry.name ?? ''} ${frame.trim()}`.trim(),
      });
    },
  },
);

let h: Harness;
let world: World;
const PRIVATE_CHANNEL = 'G0PRIVATE';

beforeAll(async () => {
  h = await startHarness({ logger });
  h.fake.addUser({ id: 'UNOBODY', name: 'nobody', realName: 'Nobody', locale: 'fr-FR' });
  h.fake.addChannel({
    id: PRIVATE_CHANNEL,
    name: 'rahasia',
    members: [PEOPLE.coordinator.id],
    botIsMember: false,
    isPrivate: true,
  });
  const unitIds = [createUnit(h.db).id, createUnit(h.db).id, createUnit(h.db).id];
  const partnerships = [
    createPartnership(h.db, { unitIds: unitIds.slice(0, 2) }),
    createPartnership(h.db, { unitIds: unitIds.slice(1), coordinatorId: PEOPLE.english.id }),
  ];
  const goalIds = partnerships.map((p) => createGoal(h.db, { partnershipId: p.id }).id);
  const viewIds: string[] = [];
  const responseUrls: string[] = [];
  for (const userId of [PEOPLE.coordinator.id, PEOPLE.english.id, PEOPLE.admin.id]) {
    const sent = await h.fake.sendSlashCommand({
      userId,
      text: '',
      command: '/lama',
      channelId: SHARED_CHANNEL,
    });
    responseUrls.push(sent.responseUrl);
    const opened = await h.mitra.app.client.views.open({
      trigger_id: sent.triggerId,
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Fuzz' },
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }],
      },
    });
    viewIds.push(opened.view?.id ?? '');
  }
  world = {
    teamId: 'T0MITRA',
    users: [...Object.values(PEOPLE).map((p) => p.id), 'UNOBODY'],
    channels: [SHARED_CHANNEL, PRIVATE_CHANNEL],
    viewIds,
    responseUrls,
    partnershipIds: partnerships.map((p) => p.id),
    goalIds,
    unitIds,
  };
  listenerErrors.length = 0;
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** Waits until the app's work after the previous ack (Slack calls) has settled. */
async function quiet(): Promise<void> {
  let last = -1;
  for (let i = 0; i < 200; i++) {
    const now = h.fake.calls.length;
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
}

const isErrorsAnswer = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  (body as { response_action?: unknown }).response_action === 'errors';

describe('fuzzed signed requests through the real receiver', () => {
  it(
    'never get a 5xx, are answered within 3 s, leave the app serving, and change nothing when refused or tampered',
    async () => {
      const stats = {
        runs: RUNS,
        payloads: 0,
        statuses: {} as Record<string, number>,
        byKind: {} as Record<string, Record<string, number>>,
        refused: 0,
        rowsChangedByRefused: 0,
        tampered: 0,
        rowsChangedByTampered: 0,
        maxLatencyMs: 0,
        timedOut: 0,
        programmingErrors: 0,
        slackApiErrors: 0,
      };
      await fc.assert(
        fc.asyncProperty(requests(world), async (request: FuzzRequest) => {
          await quiet();
          const before = dump(h.db);
          const started = performance.now();
          const result = await h.fake.sendRaw(request.body, { contentType: request.contentType });
          const latency = performance.now() - started;
          stats.payloads += 1;
          stats.maxLatencyMs = Math.max(stats.maxLatencyMs, latency);
          const status = result.timedOut ? 'timeout' : String(result.status);
          stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
          const kind = stats.byKind[request.kind] ?? {};
          kind[status] = (kind[status] ?? 0) + 1;
          stats.byKind[request.kind] = kind;
          if (result.timedOut) stats.timedOut += 1;
          expect(result.timedOut ?? false, `${request.kind} not answered within 3 s`).toBe(false);
          expect(result.status, `${request.kind}: ${request.body.slice(0, 300)}`).toBeLessThan(500);
          const refused = result.status === 400 || result.status === 401 || isErrorsAnswer(result.body);
          if (refused) stats.refused += 1;
          if (request.tampered) stats.tampered += 1;
          if (refused || request.tampered) {
            // A 200 may come before the work after the ack: let it settle before comparing.
            if (request.tampered) await quiet();
            if (dump(h.db) !== before) {
              if (refused) stats.rowsChangedByRefused += 1;
              if (request.tampered) stats.rowsChangedByTampered += 1;
              const what = refused ? 'a refused' : 'a tampered';
              expect.fail(`${what} ${request.kind} changed the database: ${request.body.slice(0, 300)}`);
            }
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      await quiet();
      const health = await fetch(`${h.appBaseUrl}/healthz`);
      expect(health.status).toBe(200);
      stats.programmingErrors = listenerErrors.filter(isProgrammingError).length;
      stats.slackApiErrors = listenerErrors.length - stats.programmingErrors;
      const errorKinds: Record<string, number> = {};
      for (const e of listenerErrors) {
        const key = isProgrammingError(e)
          ? `${e.type}: ${e.message.slice(0, 80)} @ ${e.where}`
          : `${e.type}: ${e.message.slice(0, 80)}`;
        errorKinds[key] = (errorKinds[key] ?? 0) + 1;
      }
      const report = { ...stats, maxLatencyMs: Math.round(stats.maxLatencyMs), errorKinds };
      if (process.env.FUZZ_RUNS) {
        mkdirSync('test-results', { recursive: true });
        writeFileSync('test-results/fuzz.json', `${JSON.stringify(report, null, 2)}\n`);
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      }
      expect(
        listenerErrors.filter(isProgrammingError),
        'errors of our own code that reached a handler',
      ).toEqual([]);
    },
    Math.max(60_000, RUNS * 500),
  );
});
