import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../sandbox/fake-slack/index.js';
import { waitFor } from '../support/wait.js';

const SECRET = 'bolt-signing-secret';

let fake: FakeSlack;
let app: App;

beforeAll(async () => {
  fake = new FakeSlack({ signingSecret: SECRET });
  await fake.start();
  fake.addUser({ id: 'USARI', name: 'sari', locale: 'id-ID' });
  fake.addChannel({ id: 'C0SHARED', name: 'kemitraan', members: ['USARI'] });

  app = new App({
    token: fake.botToken,
    receiver: new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR }),
    clientOptions: { slackApiUrl: fake.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command('/mitra', async ({ ack, client, command }) => {
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: {
        type: 'modal',
        callback_id: 'new_partnership',
        title: { type: 'plain_text', text: 'Kemitraan baru' },
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: command.text } }],
      },
    });
  });
  const server = await app.start(0);
  const { port } = server.address() as AddressInfo; // HTTPReceiver listens on TCP
  fake.setAppUrl(`http://127.0.0.1:${port}/slack/events`);
});

afterAll(async () => {
  await app.stop();
  await fake.stop();
});

describe('a real Bolt app against FakeSlack', () => {
  it('verifies a slash command from FakeSlack, acks it and opens a modal with its trigger_id', async () => {
    const sent = await fake.sendSlashCommand({ userId: 'USARI', text: 'baru', channelId: 'C0SHARED' });
    expect(sent.status).toBe(200);
    const [view] = await waitFor(
      () => (fake.openViews('USARI').length > 0 ? fake.openViews('USARI') : undefined),
      {
        what: 'the modal to open',
      },
    );
    expect(view).toMatchObject({ callback_id: 'new_partnership', title: { text: 'Kemitraan baru' } });
    const open = fake.callsTo('views.open')[0];
    expect(open?.args.trigger_id).toBe(sent.triggerId);
    expect(open?.response.ok).toBe(true);
  });

  it('is refused by Bolt when the signature is wrong', async () => {
    const result = await fake.sendRaw('command=%2Fmitra&text=x', {
      headers: { 'x-slack-signature': 'v0=bad' },
    });
    expect(result.status).toBe(401);
  });
});
