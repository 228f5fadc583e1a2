import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import {
  client,
  fake,
  modal,
  OLD,
  OUTSIDE,
  quiet,
  SECRET_ROOM,
  SHARED,
  slackError,
  useWebApiFake,
} from './web-api-fixture.js';

useWebApiFake();

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
