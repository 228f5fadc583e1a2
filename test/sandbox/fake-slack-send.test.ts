import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../sandbox/fake-slack/index.js';
import { startReceiver } from '../support/fake-slack-receiver.js';

const SECRET = 'rahasia-penandatanganan';
const CHANNEL = 'C0SHARED';
const SARI = 'USARI';

const quiet: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

let fake: FakeSlack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let client: WebClient;

const input = (blockId: string) => ({
  type: 'input' as const,
  block_id: blockId,
  label: { type: 'plain_text' as const, text: blockId },
  element: { type: 'plain_text_input' as const, action_id: 'value' },
});

const modal = (callbackId: string, overrides: Record<string, unknown> = {}) => ({
  type: 'modal' as const,
  callback_id: callbackId,
  title: { type: 'plain_text' as const, text: 'Mitra' },
  submit: { type: 'plain_text' as const, text: 'Simpan' },
  blocks: [input('title')],
  ...overrides,
});

/** Opens a modal for Sari the way an app does after a slash command. */
async function openModal(view = modal('goal_form')): Promise<string> {
  const { triggerId } = await fake.sendSlashCommand({
    userId: SARI,
    text: 'tujuan PK-1',
    channelId: CHANNEL,
  });
  const opened = await client.views.open({ trigger_id: triggerId, view });
  return opened.view?.id ?? '';
}

beforeAll(async () => {
  fake = new FakeSlack({ signingSecret: SECRET, ackTimeoutMs: 300 });
  await fake.start();
  receiver = await startReceiver(SECRET);
  fake.setAppUrl(receiver.url);
  client = new WebClient(fake.botToken, {
    slackApiUrl: fake.apiUrl,
    logger: quiet,
    retryConfig: { retries: 0 },
  });
  fake.addUser({ id: SARI, name: 'sari', locale: 'id-ID' });
  fake.addChannel({ id: CHANNEL, name: 'kemitraan', members: [SARI] });
});

afterAll(async () => {
  await receiver.close();
  await fake.stop();
});

beforeEach(() => {
  receiver.answerWith(() => ({}));
});

describe('slash commands', () => {
  it('sends a signed form with a trigger_id and a response_url it serves', async () => {
    const sent = await fake.sendSlashCommand({ userId: SARI, text: 'lihat PK-1', channelId: CHANNEL });
    const request = receiver.last();
    expect(request.signatureValid).toBe(true);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.parsed).toMatchObject({
      command: '/mitra',
      text: 'lihat PK-1',
      user_id: SARI,
      user_name: 'sari',
      channel_id: CHANNEL,
      team_id: 'T0MITRA',
      trigger_id: sent.triggerId,
      response_url: sent.responseUrl,
    });
    expect(sent.responseUrl.startsWith(fake.baseUrl)).toBe(true);
  });

  it('shows a body in the ack to the user alone, or to the channel when in_channel', async () => {
    receiver.answerWith(() => ({ body: { text: 'Bantuan Mitra' } }));
    await fake.sendSlashCommand({ userId: SARI, text: 'bantuan', channelId: CHANNEL });
    expect(fake.ephemerals(CHANNEL, SARI).at(-1)).toMatchObject({
      text: 'Bantuan Mitra',
      via: 'command_ack',
    });
    receiver.answerWith(() => ({ body: { text: 'Untuk semua', response_type: 'in_channel' } }));
    await fake.sendSlashCommand({ userId: SARI, text: 'x', channelId: CHANNEL });
    expect(fake.messages(CHANNEL).at(-1)?.text).toBe('Untuk semua');
  });

  it('turns response_url posts into ephemeral or channel messages, five times at most', async () => {
    const { responseUrl } = await fake.sendSlashCommand({ userId: SARI, text: 'daftar', channelId: CHANNEL });
    const post = (body: unknown) =>
      fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ text: 'Daftar kemitraan' })).status).toBe(200);
    expect(fake.ephemerals(CHANNEL, SARI).at(-1)).toMatchObject({
      text: 'Daftar kemitraan',
      via: 'response_url',
    });
    await post({ text: 'Diumumkan', response_type: 'in_channel' });
    expect(fake.messages(CHANNEL).at(-1)?.text).toBe('Diumumkan');
    const bad = await post({
      blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }],
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: 'invalid_blocks' });
    await post({ text: '4' });
    await post({ text: '5' });
    const sixth = await post({ text: '6' });
    expect(sixth.status).toBe(404);
    expect(fake.responseUrlPosts().filter((p) => p.url === responseUrl)).toHaveLength(6);
  });

  it('reports an app that does not answer within the ack deadline', async () => {
    receiver.answerWith(() => ({ delayMs: 600 }));
    const sent = await fake.sendSlashCommand({ userId: SARI, text: 'lambat', channelId: CHANNEL });
    expect(sent).toMatchObject({ status: 0, timedOut: true });
  });
});

describe('block actions', () => {
  it('sends a click on a message with the message, its container and a response_url', async () => {
    const posted = await client.chat.postMessage({
      channel: CHANNEL,
      text: 'Pengingat progres',
      blocks: [
        {
          type: 'actions',
          block_id: 'reminder',
          elements: [
            {
              type: 'button',
              action_id: 'update_progress',
              value: 'PK-1:3',
              text: { type: 'plain_text', text: 'Catat' },
            },
          ],
        },
      ],
    });
    const sent = await fake.sendBlockAction({
      userId: SARI,
      actionId: 'update_progress',
      channelId: CHANNEL,
      messageTs: posted.ts,
    });
    const payload = receiver.last().parsed;
    expect(receiver.last().signatureValid).toBe(true);
    expect(payload).toMatchObject({
      type: 'block_actions',
      user: { id: SARI, username: 'sari', team_id: 'T0MITRA' },
      team: { id: 'T0MITRA' },
      trigger_id: sent.triggerId,
      response_url: sent.responseUrl,
      container: { type: 'message', message_ts: posted.ts, channel_id: CHANNEL, is_ephemeral: false },
      channel: { id: CHANNEL, name: 'kemitraan' },
      message: { ts: posted.ts, text: 'Pengingat progres' },
      actions: [{ type: 'button', action_id: 'update_progress', block_id: 'reminder', value: 'PK-1:3' }],
    });

    await fetch(sent.responseUrl ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ replace_original: true, text: 'Tercatat' }),
    });
    const replaced = fake.messages(CHANNEL).find((m) => m.ts === posted.ts);
    expect(replaced?.text).toBe('Tercatat');
    expect(replaced?.blocks).toBeUndefined();
  });

  it('sends an action inside a modal with the view and keeps the selection in its state', async () => {
    const viewId = await openModal(
      modal('goal_form', {
        blocks: [
          {
            type: 'actions',
            block_id: 'pick',
            elements: [
              {
                type: 'static_select',
                action_id: 'partnership',
                placeholder: { type: 'plain_text', text: 'Pilih' },
                options: [{ text: { type: 'plain_text', text: 'PK-1' }, value: 'PK-1' }],
              },
            ],
          },
        ],
      }),
    );
    const selected = { text: { type: 'plain_text' as const, text: 'PK-1' }, value: 'PK-1' };
    await fake.sendBlockAction({ userId: SARI, actionId: 'partnership', viewId, selectedOption: selected });
    const payload = receiver.last().parsed;
    expect(payload).toMatchObject({
      container: { type: 'view', view_id: viewId },
      view: {
        id: viewId,
        callback_id: 'goal_form',
        state: { values: { pick: { partnership: { selected_option: selected } } } },
      },
      actions: [{ type: 'static_select', action_id: 'partnership', selected_option: selected }],
    });
    expect(payload).not.toHaveProperty('response_url');
    expect(fake.view(viewId)?.state.values.pick?.partnership?.selected_option).toEqual(selected);
  });

  it('refuses to click an element that is not there', async () => {
    const viewId = await openModal();
    await expect(fake.sendBlockAction({ userId: SARI, actionId: 'nope', viewId })).rejects.toThrow(
      /no element/,
    );
  });
});

describe('view submissions', () => {
  it('sends the state values and keeps the modal open with errors', async () => {
    const viewId = await openModal();
    receiver.answerWith(() => ({ body: { response_action: 'errors', errors: { title: 'Wajib diisi' } } }));
    const result = await fake.sendViewSubmission({
      userId: SARI,
      viewId,
      values: { title: { value: { type: 'plain_text_input', value: '' } } },
    });
    expect(receiver.last().parsed).toMatchObject({
      type: 'view_submission',
      view: { id: viewId, callback_id: 'goal_form', state: { values: { title: { value: { value: '' } } } } },
    });
    expect(result.responseAction).toBe('errors');
    expect(result.outcome).toEqual({ effect: 'errors' });
    expect(fake.view(viewId)?.errors).toEqual({ title: 'Wajib diisi' });
  });

  it('refuses errors for blocks that are not inputs, like Slack', async () => {
    const viewId = await openModal();
    receiver.answerWith(() => ({ body: { response_action: 'errors', errors: { nope: 'x' } } }));
    const result = await fake.sendViewSubmission({ userId: SARI, viewId });
    expect(result.outcome.effect).toBe('kept');
    expect(result.outcome.problem).toContain('nope');
  });

  it('applies update, push, an empty answer and clear to the modal stack', async () => {
    const viewId = await openModal();
    receiver.answerWith(() => ({ body: { response_action: 'update', view: modal('step_2') } }));
    expect((await fake.sendViewSubmission({ userId: SARI, viewId })).outcome.effect).toBe('updated');
    expect(fake.openViews(SARI).map((v) => v.callback_id)).toEqual(['step_2']);

    receiver.answerWith(() => ({ body: { response_action: 'push', view: modal('confirm') } }));
    await fake.sendViewSubmission({ userId: SARI, viewId });
    const pushed = fake.openViews(SARI);
    expect(pushed.map((v) => v.callback_id)).toEqual(['step_2', 'confirm']);
    expect(pushed[1]?.previous_view_id).toBe(viewId);

    receiver.answerWith(() => ({}));
    expect(
      (await fake.sendViewSubmission({ userId: SARI, viewId: pushed[1]?.id ?? '' })).outcome.effect,
    ).toBe('closed');
    expect(fake.openViews(SARI).map((v) => v.callback_id)).toEqual(['step_2']);

    receiver.answerWith(() => ({ body: { response_action: 'clear' } }));
    await fake.sendViewSubmission({ userId: SARI, viewId });
    expect(fake.openViews(SARI)).toEqual([]);
  });

  it('keeps the modal when the answer holds an invalid view', async () => {
    const viewId = await openModal();
    receiver.answerWith(() => ({
      body: {
        response_action: 'update',
        view: modal('x', { title: { type: 'plain_text', text: 't'.repeat(30) } }),
      },
    }));
    const result = await fake.sendViewSubmission({ userId: SARI, viewId });
    expect(result.outcome.problem).toContain('/view/title/text');
    expect(fake.view(viewId)?.callback_id).toBe('goal_form');
  });

  it('tells the app about a closed view only when it asked to be notified', async () => {
    const quietView = await openModal();
    expect(await fake.sendViewClosed({ userId: SARI, viewId: quietView })).toBeUndefined();
    const notifying = await openModal(modal('survey', { notify_on_close: true }));
    const result = await fake.sendViewClosed({ userId: SARI, viewId: notifying });
    expect(result?.status).toBe(200);
    expect(receiver.last().parsed).toMatchObject({
      type: 'view_closed',
      is_cleared: false,
      view: { id: notifying },
    });
    expect(fake.openViews(SARI)).toEqual([]);
  });
});

describe('events and shortcuts', () => {
  it('wraps an event in event_callback, signed, with retry headers on a redelivery', async () => {
    await fake.sendEvent(
      { type: 'app_home_opened', user: SARI, tab: 'home' },
      { eventId: 'Ev1', retryNum: 1 },
    );
    const request = receiver.last();
    expect(request.signatureValid).toBe(true);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-slack-retry-num']).toBe('1');
    expect(request.parsed).toMatchObject({
      type: 'event_callback',
      event_id: 'Ev1',
      team_id: 'T0MITRA',
      api_app_id: 'A0MITRA',
      event: { type: 'app_home_opened', user: SARI, tab: 'home' },
      authorizations: [{ user_id: 'U0MITRABOT', is_bot: true }],
    });
  });

  it('sends a global shortcut with a trigger_id', async () => {
    const sent = await fake.sendShortcut({ userId: SARI, callbackId: 'new_partnership' });
    expect(receiver.last().parsed).toMatchObject({
      type: 'shortcut',
      callback_id: 'new_partnership',
      trigger_id: sent.triggerId,
    });
  });

  it('signs like Slack, so an old timestamp or a changed body fails verification', async () => {
    const body = 'command=%2Fmitra';
    await fake.sendRaw(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(receiver.last().signatureValid).toBe(false);
    await fake.sendRaw(body, { headers: fake.signRequest('something else') });
    expect(receiver.last().signatureValid).toBe(false);
    await fake.sendRaw(body);
    expect(receiver.last().signatureValid).toBe(true);
  });
});
