/**
 * The fake Slack every Web API test file talks to: a workspace with two people and four channels,
 * a WebClient pointed at it, and helpers to read Slack's errors. Call {@link useWebApiFake} once
 * at the top of a test file; `fake` and `client` are set from then on.
 */
import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FakeSlack } from '../../sandbox/fake-slack/index.js';
import { startReceiver } from '../support/fake-slack-receiver.js';

export const SHARED = 'C0SHARED';
export const OUTSIDE = 'C0OUTSIDE';
export const SECRET_ROOM = 'G0SECRET';
export const OLD = 'C0OLD';

export let fake: FakeSlack;
export let client: WebClient;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
/** Slack's clock, moved by tests that check expiry. */
let clock = Date.parse('2025-03-03T02:00:00Z');

export function advanceClock(ms: number): void {
  clock += ms;
}

/** WebClient logs Slack's error messages; the tests read them from the errors instead. */
export const quiet: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export function newClient(options: ConstructorParameters<typeof WebClient>[1] = {}): WebClient {
  return new WebClient(fake.botToken, {
    slackApiUrl: fake.apiUrl,
    logger: quiet,
    retryConfig: { retries: 0 },
    ...options,
  });
}

/** The Slack error code of a failed call, e.g. 'not_in_channel'. */
export async function slackError(call: Promise<unknown>): Promise<{ error: string; messages: string[] }> {
  try {
    await call;
  } catch (error) {
    const data = (error as { data?: { error?: string; response_metadata?: { messages?: string[] } } }).data;
    return { error: data?.error ?? String(error), messages: data?.response_metadata?.messages ?? [] };
  }
  throw new Error('expected the call to fail');
}

/** A trigger_id as Slack gives one with a slash command. */
export async function triggerFor(userId: string): Promise<string> {
  return (await fake.sendSlashCommand({ userId, text: '' })).triggerId;
}

export const modal = (overrides: Record<string, unknown> = {}) => ({
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

export function useWebApiFake(): void {
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
}
