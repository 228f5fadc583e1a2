import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBCOMMAND_IDS, SUBCOMMANDS } from '../../../src/slack/kit/subcommands.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Sends `/mitra <text>` and returns the text of the private answer it gets. */
async function mitra(userId: string, text: string): Promise<{ text: string; blocks: unknown[] }> {
  const before = h.fake.responseUrlPosts().length;
  const sent = await h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
  expect(sent.status).toBe(200);
  const post = await waitFor(() => h.fake.responseUrlPosts()[before], {
    what: `an answer to /mitra ${text}`,
  });
  const body = post.body as { text?: string; blocks?: unknown[]; response_type?: string };
  expect(body.response_type ?? 'ephemeral').toBe('ephemeral');
  return { text: `${body.text ?? ''} ${JSON.stringify(body.blocks ?? [])}`, blocks: body.blocks ?? [] };
}

describe('GET /healthz', () => {
  it('answers ok once the database is open and migrated', async () => {
    const res = await fetch(`${h.appBaseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      database: 'ok',
      scheduler: { lastTick: null, recent: false },
    });
  });
});

describe('/mitra help', () => {
  it.each(['', 'bantuan', 'help', 'HELP'])(
    'answers "/mitra %s" with every sub-command, in Indonesian for an Indonesian user',
    async (text) => {
      const answer = await mitra(PEOPLE.coordinator.id, text);
      expect(answer.text).toContain('Mitra — kemitraan antarunit');
      for (const id of SUBCOMMAND_IDS) expect(answer.text).toContain(`/mitra ${SUBCOMMANDS[id].word.id}`);
      expect(answer.text).toContain('Menampilkan bantuan ini.');
    },
  );

  it('answers in English for a user whose Slack locale is English', async () => {
    const answer = await mitra(PEOPLE.english.id, 'bantuan');
    expect(answer.text).toContain('Mitra — inter-unit partnerships');
    for (const id of SUBCOMMAND_IDS) expect(answer.text).toContain(`/mitra ${SUBCOMMANDS[id].word.en}`);
  });

  it('looks the user up once and remembers their language', async () => {
    h.fake.clearCalls();
    await mitra(PEOPLE.manager1.id, 'help');
    await mitra(PEOPLE.manager1.id, 'help');
    const lookups = h.fake.callsTo('users.info').filter((c) => c.args.user === PEOPLE.manager1.id);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.args.include_locale).toBeTruthy();
  });
});

describe('unknown sub-commands', () => {
  it('says what went wrong and suggests the closest command', async () => {
    const answer = await mitra(PEOPLE.coordinator.id, 'lhat PK-1');
    expect(answer.text).toContain('Perintah `lhat` tidak dikenal.');
    expect(answer.text).toContain('Apakah maksud Anda `/mitra lihat PK-1`?');
  });

  it('counts two swapped letters as one typo, so `lihta` is `lihat` and not `list`', async () => {
    const answer = await mitra(PEOPLE.coordinator.id, 'lihta PK-1');
    expect(answer.text).toContain('Apakah maksud Anda `/mitra lihat PK-1`?');
  });

  it('suggests in the user’s language and points to help when nothing is close', async () => {
    const answer = await mitra(PEOPLE.english.id, 'zzzzqqq');
    expect(answer.text).toContain('The command `zzzzqqq` is not known.');
    expect(answer.text).not.toContain('Did you mean');
    expect(answer.text).toContain('/mitra help');
  });
});

describe('request verification', () => {
  const body = new URLSearchParams({
    command: '/mitra',
    text: 'help',
    user_id: PEOPLE.coordinator.id,
    team_id: 'T0MITRA',
    channel_id: SHARED_CHANNEL,
    trigger_id: '1.2.3',
    response_url: 'http://127.0.0.1:1/never',
  }).toString();

  const post = (headers: object, payload = body) =>
    fetch(`${h.appBaseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...Object.fromEntries(Object.entries(headers)),
      },
      body: payload,
    });

  it('refuses a request with a bad signature with 401', async () => {
    const headers = h.fake.signRequest(body);
    const res = await post({ ...headers, 'x-slack-signature': `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request that is six minutes old with 401', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await post(h.fake.signRequest(body, sixMinutesAgo));
    expect(res.status).toBe(401);
  });

  it('refuses a request with no signature at all', async () => {
    const res = await post({});
    expect(res.status).toBe(401);
  });

  it('answers a signed but malformed body without crashing, and keeps serving', async () => {
    const garbage = 'payload=%7Bnot-json';
    const res = await post(h.fake.signRequest(garbage), garbage);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const health = await fetch(`${h.appBaseUrl}/healthz`);
    expect(health.status).toBe(200);
    const answer = await mitra(PEOPLE.coordinator.id, 'bantuan');
    expect(answer.text).toContain('/mitra baru');
  });
});

describe('Slack trouble', () => {
  it('waits for Retry-After when Slack rate-limits, and still learns the user’s language', async () => {
    h.fake.injectFault('users.info', { kind: 'rate_limited', retryAfter: 1 });
    // The first answer may come in the default language if the wait outlasts what the router
    // allows before a modal's trigger would expire; the retried lookup still fills the cache.
    await mitra(PEOPLE.manager3.id, 'help');
    const lookups = await waitFor(
      () => {
        const calls = h.fake.callsTo('users.info').filter((c) => c.args.user === PEOPLE.manager3.id);
        return calls.length === 2 && calls;
      },
      { what: 'the retried users.info' },
    );
    const waited = (lookups[1]?.at ?? 0) - (lookups[0]?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(900);
    await waitFor(() => h.fake.callsTo('users.info').at(-1)?.response?.ok === true, { what: 'the answer' });
    const answer = await mitra(PEOPLE.manager3.id, 'help');
    expect(answer.text).toContain('Mitra — inter-unit partnerships');
  });

  it('falls back to MITRA_LOCALE when the user cannot be looked up', async () => {
    h.fake.injectFault('users.info', { kind: 'error', error: 'user_not_found' });
    const answer = await mitra('UNKNOWN1', 'help');
    expect(answer.text).toContain('Mitra — kemitraan antarunit');
  });
});
