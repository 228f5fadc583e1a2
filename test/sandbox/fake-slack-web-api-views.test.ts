import { ErrorCode } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  client,
  fake,
  modal,
  newClient,
  SHARED,
  slackError,
  triggerFor,
  useWebApiFake,
} from './web-api-fixture.js';

useWebApiFake();

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
    advanceClock(3001);
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
