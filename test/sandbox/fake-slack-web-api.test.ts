import { ErrorCode, type Logger, LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../sandbox/fake-slack/index.js';
import { startReceiver } from '../support/fake-slack-receiver.js';

const SHARED = 'C0SHARED';
const OUTSIDE = 'C0OUTSIDE';
const SECRET_ROOM = 'G0SECRET';
const OLD = 'C0OLD';

let fake: FakeSlack;
let client: WebClient;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
/** Slack's clock, moved by tests that check expiry. */
let clock = Date.parse('2025-03-03T02:00:00Z');

/** WebClient logs Slack's error messages; the tests read them from the errors instead. */
const quiet: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

function newClient(options: ConstructorParameters<typeof WebClient>[1] = {}): WebClient {
  return new WebClient(fake.botToken, {
    slackApiUrl: fake.apiUrl,
    logger: quiet,
    retryConfig: { retries: 0 },
    ...options,
  });
}

/** The Slack error code of a failed call, e.g. 'not_in_channel'. */
async function slackError(call: Promise<unknown>): Promise<{ error: string; messages: string[] }> {
  try {
    await call;
  } catch (error) {
    const data = (error as { data?: { error?: string; response_metadata?: { messages?: string[] } } }).data;
    return { error: data?.error ?? String(error), messages: data?.response_metadata?.messages ?? [] };
  }
  throw new Error('expected the call to fail');
}

/** A trigger_id as Slack gives one with a slash command. */
async function triggerFor(userId: string): Promise<string> {
  return (await fake.sendSlashCommand({ userId, text: '' })).triggerId;
}

const modal = (overrides: Record<string, unknown> = {}) => ({
  type: 'modal' as const,
  callback_id: 'goal_form',
  title: { type: 'plain_text' as const, text: 'Tujuan baru' },
  submit: { type: 'plain_text' as const, text: 'Simpan' },
  blocks: [
    {
      type: 'input' as const,
      block_id: 'title',
      label: { type: 'plain_text' as const, text: 'Judul' },
      element: { type: 'plain_text_input' as const, action_id: 'value' },
    },
  ],
  ...overrides,
});

beforeAll(async () => {
  fake = new FakeSlack({ signingSecret: 's', now: () => clock });
  await fake.start();
  receiver = await startReceiver('s');
  fake.setAppUrl(receiver.url);
  client = newClient();
  fake.addUser({
    id: 'USARI',
    name: 'sari',
    realName: 'Sari Wulandari',
    locale: 'id-ID',
    email: 'sari@kemen.go.id',
  });
  fake.addUser({ id: 'UDAVID', name: 'david', locale: 'en-US', tz: 'Asia/Makassar' });
  fake.addChannel({ id: SHARED, name: 'kemitraan', members: ['USARI'] });
  fake.addChannel({ id: OUTSIDE, name: 'umum', botIsMember: false });
  fake.addChannel({ id: SECRET_ROOM, name: 'rahasia', isPrivate: true, botIsMember: false });
  fake.addChannel({ id: OLD, name: 'lama', isArchived: true });
});

afterAll(async () => {
  await receiver.close();
  await fake.stop();
});

beforeEach(() => {
  clock += 60_000;
  fake.clearFaults();
});

describe('authentication', () => {
  it('answers auth.test with the bot identity', async () => {
    const res = await client.auth.test();
    expect(res).toMatchObject({ ok: true, team_id: 'T0MITRA', user_id: 'U0MITRABOT', bot_id: 'B0MITRABOT' });
  });

  it('refuses a wrong token with invalid_auth and a missing one with not_authed', async () => {
    const wrong = new WebClient('xoxb-wrong', { slackApiUrl: fake.apiUrl, logger: quiet });
    expect((await slackError(wrong.auth.test())).error).toBe('invalid_auth');
    const res = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST' });
    expect(await res.json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('answers unknown_method for a method it does not know', async () => {
    expect((await slackError(client.apiCall('chat.teleport'))).error).toBe('unknown_method');
  });

  it('accepts JSON bodies and answers invalid_json to a malformed one without falling over', async () => {
    const post = (body: string) =>
      fetch(`${fake.apiUrl}chat.postMessage`, {
        method: 'POST',
        headers: { authorization: `Bearer ${fake.botToken}`, 'content-type': 'application/json' },
        body,
      }).then((r) => r.json());
    expect(await post(JSON.stringify({ channel: SHARED, text: 'lewat JSON' }))).toMatchObject({ ok: true });
    expect(await post('{"channel": ')).toEqual({ ok: false, error: 'invalid_json' });
    expect(await post(JSON.stringify({ channel: SHARED, blocks: 'not json' }))).toMatchObject({
      error: 'invalid_blocks_format',
    });
    expect(fake.callsTo('chat.postMessage').at(-1)?.args).not.toHaveProperty('token');
  });
});

describe('bad input', () => {
  const form = (method: string, body: string) =>
    fetch(`${fake.apiUrl}${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${fake.botToken}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });

  it('answers malformed arguments like Slack and keeps serving', async () => {
    expect(await (await form('chat.postMessage', `channel=${SHARED}&blocks=%5B%5B%5B`)).json()).toEqual({
      ok: false,
      error: 'invalid_blocks_format',
    });
    expect(await (await form('views.open', 'trigger_id=1&view=%7Bnope')).json()).toMatchObject({
      error: 'invalid_arguments',
      response_metadata: { messages: ['[ERROR] must provide a JSON object [json-pointer:/view]'] },
    });
    expect(await (await form('chat.postMessage', '%%%&&&===')).json()).toEqual({
      ok: false,
      error: 'channel_not_found',
    });
    expect((await fetch(`${fake.baseUrl}nowhere`)).status).toBe(404);
    expect((await fetch(`${fake.baseUrl}response/unknown`, { method: 'POST', body: 'x' })).status).toBe(404);
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
  });

  it('gives blocks without ids a block_id and action_id, as Slack does', async () => {
    const posted = await client.chat.postMessage({
      channel: SHARED,
      blocks: [
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Buka' } }] },
      ],
    });
    const [block] = fake.messages(SHARED).find((m) => m.ts === posted.ts)?.blocks ?? [];
    expect(block).toMatchObject({
      block_id: expect.any(String),
      elements: [{ action_id: expect.any(String) }],
    });
  });
});

describe('messages', () => {
  it('posts, then returns history newest first with metadata only when asked', async () => {
    const first = await client.chat.postMessage({
      channel: SHARED,
      text: 'Piagam PK-1',
      metadata: { event_type: 'charter', event_payload: { partnership: 'PK-1' } },
    });
    const second = await client.chat.postMessage({ channel: SHARED, text: 'Pengingat' });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));

    const plain = await client.conversations.history({
      channel: SHARED,
      oldest: String(Number(first.ts) - 1),
    });
    expect(plain.messages?.map((m) => m.text)).toEqual(['Pengingat', 'Piagam PK-1']);
    expect(plain.messages?.[1]).not.toHaveProperty('metadata');

    const withMeta = await client.conversations.history({
      channel: SHARED,
      include_all_metadata: true,
      limit: 1,
    });
    expect(withMeta.messages).toHaveLength(1);
    expect(withMeta.has_more).toBe(true);
    const after = await client.conversations.history({
      channel: SHARED,
      include_all_metadata: true,
      latest: second.ts,
      limit: 1,
    });
    expect(after.messages?.[0]?.metadata).toEqual({
      event_type: 'charter',
      event_payload: { partnership: 'PK-1' },
    });
    expect(fake.messages(SHARED).map((m) => m.user)).toContain('U0MITRABOT');
  });

  it('updates its own message in place and keeps its blocks when none are given', async () => {
    const blocks = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: '*PK-2*' } }];
    const posted = await client.chat.postMessage({ channel: SHARED, text: 'v1', blocks });
    await client.chat.update({ channel: SHARED, ts: posted.ts ?? '', text: 'v2' });
    const message = fake.messages(SHARED).find((m) => m.ts === posted.ts);
    expect(message?.text).toBe('v2');
    expect(message?.blocks?.[0]).toMatchObject({ type: 'section' });
    expect(message?.edited?.user).toBe('U0MITRABOT');
  });

  it('refuses to update an unknown message or one a person wrote', async () => {
    expect((await slackError(client.chat.update({ channel: SHARED, ts: '1.000001', text: 'x' }))).error).toBe(
      'message_not_found',
    );
    const theirs = fake.addMessage({ channelId: SHARED, userId: 'USARI', text: 'halo' });
    expect((await slackError(client.chat.update({ channel: SHARED, ts: theirs.ts, text: 'x' }))).error).toBe(
      'cant_update_message',
    );
  });

  it('answers not_in_channel until the bot joins a public channel', async () => {
    expect((await slackError(client.chat.postMessage({ channel: OUTSIDE, text: 'hai' }))).error).toBe(
      'not_in_channel',
    );
    await client.conversations.join({ channel: OUTSIDE });
    await expect(client.chat.postMessage({ channel: OUTSIDE, text: 'hai' })).resolves.toMatchObject({
      ok: true,
    });
    expect((await client.conversations.join({ channel: OUTSIDE })).warning).toBe('already_in_channel');
  });

  it('cannot join a private channel, and cannot see one it is not in', async () => {
    expect((await slackError(client.conversations.join({ channel: SECRET_ROOM }))).error).toBe(
      'channel_not_found',
    );
    fake.setBotMembership(SECRET_ROOM, true);
    expect((await slackError(client.conversations.join({ channel: SECRET_ROOM }))).error).toBe(
      'method_not_supported_for_channel_type',
    );
    fake.setBotMembership(SECRET_ROOM, false);
  });

  it('answers channel_not_found and is_archived like Slack', async () => {
    expect((await slackError(client.chat.postMessage({ channel: 'C0NOPE', text: 'x' }))).error).toBe(
      'channel_not_found',
    );
    expect((await slackError(client.chat.postMessage({ channel: OLD, text: 'x' }))).error).toBe(
      'is_archived',
    );
    const posted = await client.chat.postMessage({ channel: SHARED, text: 'sebelum arsip' });
    fake.addChannel({ id: 'C0SOON', name: 'segera' });
    await client.chat.postMessage({ channel: 'C0SOON', text: 'x' });
    fake.archiveChannel('C0SOON');
    expect((await slackError(client.chat.postMessage({ channel: 'C0SOON', text: 'x' }))).error).toBe(
      'is_archived',
    );
    fake.deleteChannel('C0SOON');
    expect((await slackError(client.conversations.info({ channel: 'C0SOON' }))).error).toBe(
      'channel_not_found',
    );
    expect(posted.ok).toBe(true);
  });

  it('enforces Block Kit limits with invalid_blocks and a pointer to the problem', async () => {
    const section = (text: string) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text } });
    const tooMany = await slackError(
      client.chat.postMessage({
        channel: SHARED,
        text: 'x',
        blocks: Array.from({ length: 51 }, () => section('a')),
      }),
    );
    expect(tooMany).toEqual({
      error: 'invalid_blocks',
      messages: ['[ERROR] no more than 50 items allowed [json-pointer:/blocks]'],
    });

    const long = await slackError(
      client.chat.postMessage({ channel: SHARED, blocks: [section('a'.repeat(3001))] }),
    );
    expect(long.messages).toEqual([
      '[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]',
    ]);

    const button = await slackError(
      client.chat.postMessage({
        channel: SHARED,
        blocks: [
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'go', text: { type: 'plain_text', text: 'b'.repeat(76) } },
            ],
          },
        ],
      }),
    );
    expect(button.messages[0]).toContain('/blocks/0/elements/0/text/text');

    const input = await slackError(client.chat.postMessage({ channel: SHARED, blocks: modal().blocks }));
    expect(input.messages[0]).toContain('input blocks are only allowed in views');
  });

  it('answers no_text and msg_too_long', async () => {
    expect((await slackError(client.chat.postMessage({ channel: SHARED, text: '' }))).error).toBe('no_text');
    expect(
      (await slackError(client.chat.postMessage({ channel: SHARED, text: 'x'.repeat(40_001) }))).error,
    ).toBe('msg_too_long');
  });

  it('shows ephemeral messages only to members of the channel', async () => {
    await client.chat.postEphemeral({ channel: SHARED, user: 'USARI', text: 'hanya untukmu' });
    expect(fake.ephemerals(SHARED, 'USARI').at(-1)?.text).toBe('hanya untukmu');
    expect(
      (await slackError(client.chat.postEphemeral({ channel: SHARED, user: 'UDAVID', text: 'x' }))).error,
    ).toBe('user_not_in_channel');
  });

  it('gives a permalink for a message', async () => {
    const posted = await client.chat.postMessage({ channel: SHARED, text: 'tautan' });
    const link = await client.chat.getPermalink({ channel: SHARED, message_ts: posted.ts ?? '' });
    expect(link.permalink).toContain(`/archives/${SHARED}/p`);
  });
});

describe('directory', () => {
  it('returns the locale only when include_locale is set', async () => {
    const withLocale = await client.users.info({ user: 'USARI', include_locale: true });
    expect(withLocale.user).toMatchObject({
      id: 'USARI',
      locale: 'id-ID',
      tz: 'Asia/Jakarta',
      tz_offset: 25_200,
    });
    const without = await client.users.info({ user: 'UDAVID' });
    expect(without.user?.locale).toBeUndefined();
    expect(without.user?.tz_offset).toBe(28_800);
    expect((await slackError(client.users.info({ user: 'UNOBODY' }))).error).toBe('user_not_found');
    expect((await client.users.lookupByEmail({ email: 'SARI@kemen.go.id' })).user?.id).toBe('USARI');
  });

  it('opens one DM per user and refuses unknown users', async () => {
    const first = await client.conversations.open({ users: 'UDAVID' });
    const again = await client.conversations.open({ users: 'UDAVID' });
    expect(first.channel?.id).toMatch(/^D/);
    expect(again.channel?.id).toBe(first.channel?.id);
    await client.chat.postMessage({ channel: first.channel?.id ?? '', text: 'DM' });
    expect((await slackError(client.conversations.open({ users: 'UNOBODY' }))).error).toBe('user_not_found');
  });

  it('lists members with the bot among them, paginated', async () => {
    const page = await client.conversations.members({ channel: SHARED, limit: 1 });
    expect(page.members).toEqual(['USARI']);
    const next = await client.conversations.members({
      channel: SHARED,
      cursor: page.response_metadata?.next_cursor,
    });
    expect(next.members).toEqual(['U0MITRABOT']);
    const info = await client.conversations.info({ channel: SHARED });
    expect(info.channel).toMatchObject({ id: SHARED, is_member: true, is_archived: false });
  });
});

describe('views', () => {
  it('opens a modal with a trigger once, and refuses it again or after three seconds', async () => {
    const trigger = await triggerFor('USARI');
    const opened = await client.views.open({ trigger_id: trigger, view: modal() });
    expect(opened.view?.id).toMatch(/^V/);
    expect(fake.openViews('USARI')).toHaveLength(1);
    expect((await slackError(client.views.open({ trigger_id: trigger, view: modal() }))).error).toBe(
      'exchanged_trigger_id',
    );
    const late = await triggerFor('USARI');
    clock += 3001;
    expect((await slackError(client.views.open({ trigger_id: late, view: modal() }))).error).toBe(
      'expired_trigger_id',
    );
    expect((await slackError(client.views.open({ trigger_id: '1.2.3', view: modal() }))).error).toBe(
      'invalid_trigger_id',
    );
  });

  it('refuses views over the limits with invalid_arguments or view_too_large', async () => {
    const trigger = await triggerFor('USARI');
    const longTitle = await slackError(
      client.views.open({
        trigger_id: trigger,
        view: modal({ title: { type: 'plain_text', text: 'x'.repeat(25) } }),
      }),
    );
    expect(longTitle).toEqual({
      error: 'invalid_arguments',
      messages: ['[ERROR] must be less than 25 characters [json-pointer:/view/title/text]'],
    });
    const divider = { type: 'divider' };
    const blocks = await slackError(
      client.views.open({
        trigger_id: trigger,
        view: modal({ blocks: Array.from({ length: 101 }, () => divider) }),
      }),
    );
    expect(blocks.messages).toContain('[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]');
    const metadata = await slackError(
      client.views.open({ trigger_id: trigger, view: modal({ private_metadata: 'm'.repeat(3001) }) }),
    );
    expect(metadata.messages[0]).toContain('/view/private_metadata');
    const huge = modal({
      blocks: Array.from({ length: 100 }, () => ({
        type: 'section',
        text: { type: 'mrkdwn', text: 'é'.repeat(2900) },
      })),
    });
    expect((await slackError(client.views.open({ trigger_id: trigger, view: huge }))).error).toBe(
      'view_too_large',
    );
    // Refused views do not burn the trigger.
    await expect(client.views.open({ trigger_id: trigger, view: modal() })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('pushes at most two views onto a modal and honours hashes on update', async () => {
    const opened = await client.views.open({ trigger_id: await triggerFor('UDAVID'), view: modal() });
    await client.views.push({
      trigger_id: await triggerFor('UDAVID'),
      view: modal({ callback_id: 'second' }),
    });
    await client.views.push({
      trigger_id: await triggerFor('UDAVID'),
      view: modal({ callback_id: 'third' }),
    });
    expect(
      (await slackError(client.views.push({ trigger_id: await triggerFor('UDAVID'), view: modal() }))).error,
    ).toBe('push_limit_reached');
    expect(fake.openViews('UDAVID').map((v) => v.callback_id)).toEqual(['goal_form', 'second', 'third']);

    const root = { id: opened.view?.id ?? '', hash: opened.view?.hash ?? '' };
    const updated = await client.views.update({
      view_id: root.id,
      hash: root.hash,
      view: modal({ callback_id: 'v2' }),
    });
    expect(updated.view?.hash).not.toBe(root.hash);
    expect(
      (await slackError(client.views.update({ view_id: root.id, hash: root.hash, view: modal() }))).error,
    ).toBe('hash_conflict');
    expect((await slackError(client.views.update({ view_id: 'VNOPE', view: modal() }))).error).toBe(
      'not_found',
    );
  });

  it('updates a view by external_id and refuses a duplicate external_id', async () => {
    await client.views.open({
      trigger_id: await triggerFor('USARI'),
      view: modal({ external_id: 'goal-42' }),
    });
    await client.views.update({
      external_id: 'goal-42',
      view: modal({ external_id: 'goal-42', callback_id: 'renamed' }),
    });
    expect(fake.openViews('USARI').at(-1)?.callback_id).toBe('renamed');
    expect(
      (
        await slackError(
          client.views.open({
            trigger_id: await triggerFor('UDAVID'),
            view: modal({ external_id: 'goal-42' }),
          }),
        )
      ).error,
    ).toBe('duplicate_external_id');
  });

  it('publishes a home view per user', async () => {
    const home = {
      type: 'home' as const,
      blocks: [{ type: 'header' as const, text: { type: 'plain_text' as const, text: 'Mitra' } }],
    };
    const first = await client.views.publish({ user_id: 'USARI', view: home });
    const second = await client.views.publish({ user_id: 'USARI', view: home, hash: first.view?.hash });
    expect(second.view?.id).toBe(first.view?.id);
    expect(fake.homeView('USARI')?.blocks).toHaveLength(1);
    expect(
      (await slackError(client.views.publish({ user_id: 'USARI', view: home, hash: 'stale' }))).error,
    ).toBe('hash_conflict');
    expect(
      (await slackError(client.views.publish({ user_id: 'USARI', view: modal() }))).messages[0],
    ).toContain('/view/type');
  });
});

describe('faults', () => {
  it('answers 429 with Retry-After, and WebClient waits and retries', async () => {
    const patient = newClient({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    fake.injectFault('chat.postMessage', { kind: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    await expect(patient.chat.postMessage({ channel: SHARED, text: 'sabar' })).resolves.toMatchObject({
      ok: true,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(
      fake
        .callsTo('chat.postMessage')
        .slice(-2)
        .map((c) => c.status),
    ).toEqual([429, 200]);
  });

  it('answers injected HTTP errors, Slack errors and slow answers, for as many calls as asked', async () => {
    fake.injectFault('*', { kind: 'http_error', status: 503 });
    const failure = await client.auth.test().catch((error: { code?: string; statusCode?: number }) => error);
    expect(failure).toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });

    fake.injectFault('users.info', { kind: 'error', error: 'fatal_error' }, 2);
    expect((await slackError(client.users.info({ user: 'USARI' }))).error).toBe('fatal_error');
    expect((await slackError(client.users.info({ user: 'USARI' }))).error).toBe('fatal_error');
    await expect(client.users.info({ user: 'USARI' })).resolves.toMatchObject({ ok: true });

    fake.injectFault('auth.test', { kind: 'slow', ms: 150 });
    const started = Date.now();
    await client.auth.test();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('file uploads', () => {
  it('takes a file through getUploadURLExternal, the upload URL and completeUploadExternal', async () => {
    await client.files.uploadV2({
      channel_id: SHARED,
      filename: 'pk-1.csv',
      title: 'Ekspor PK-1',
      content: 'goal,target\nA,10\n',
      initial_comment: 'Ekspor siap',
    });
    const [file] = fake.files();
    expect(file).toMatchObject({
      name: 'pk-1.csv',
      title: 'Ekspor PK-1',
      channel: SHARED,
      initialComment: 'Ekspor siap',
    });
    expect(file?.content.toString('utf8')).toBe('goal,target\nA,10\n');
    const message = fake.messages(SHARED).at(-1);
    expect(message).toMatchObject({ text: 'Ekspor siap', files: [{ id: file?.id, name: 'pk-1.csv' }] });
    const download = await fetch(`${fake.baseUrl}files/${file?.id}`);
    expect(await download.text()).toBe('goal,target\nA,10\n');
  });

  it('refuses to complete a file that was never uploaded', async () => {
    const url = await client.files.getUploadURLExternal({ filename: 'x.csv', length: 3 });
    expect(url.upload_url).toContain(fake.baseUrl);
    expect(
      (
        await slackError(
          client.files.completeUploadExternal({ files: [{ id: url.file_id ?? '' }], channel_id: SHARED }),
        )
      ).error,
    ).toBe('file_not_found');
  });
});
