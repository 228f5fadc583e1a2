import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../sandbox/fake-slack/index.js';
import { ChannelPostLimiter } from '../../sandbox/fake-slack/post-rate.js';

describe('ChannelPostLimiter', () => {
  it('lets a burst through, then asks to wait until the channel has regained a message', () => {
    const limiter = new ChannelPostLimiter({ perSecond: 1, burst: 3 });
    const t0 = 1_000_000;
    expect([0, 0, 0].map(() => limiter.take('C1', t0))).toEqual([0, 0, 0]);
    expect(limiter.take('C1', t0)).toBe(1);
    // Another channel has its own pace.
    expect(limiter.take('C2', t0)).toBe(0);
    expect(limiter.take('C1', t0 + 1000)).toBe(0);
    expect(limiter.take('C1', t0 + 1000)).toBe(1);
  });

  it('asks for the whole wait when the pace is slower than one a second', () => {
    const limiter = new ChannelPostLimiter({ perSecond: 0.25, burst: 1 });
    expect(limiter.take('C1', 0)).toBe(0);
    expect(limiter.take('C1', 0)).toBe(4);
  });
});

describe('FakeSlack channelPostRate', () => {
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await fake?.stop();
  });

  async function post(channel: string): Promise<Response> {
    if (!fake) throw new Error('not started');
    return fetch(`${fake.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel, text: 'hai' }),
    });
  }

  it('answers HTTP 429 with Retry-After once a channel posts faster than allowed, and stores nothing', async () => {
    const now = Date.parse('2026-03-02T02:00:00Z');
    fake = new FakeSlack({
      signingSecret: 'secret-secret',
      now: () => now,
      channelPostRate: { perSecond: 1, burst: 2 },
    });
    await fake.start();
    fake.addChannel({ id: 'C1', name: 'satu', botIsMember: true });
    fake.addChannel({ id: 'C2', name: 'dua', botIsMember: true });
    expect((await post('C1')).status).toBe(200);
    expect((await post('C1')).status).toBe(200);
    const limited = await post('C1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect((await post('C2')).status).toBe(200);
    expect(fake.messages('C1')).toHaveLength(2);
  });

  it('is off by default', async () => {
    fake = new FakeSlack({ signingSecret: 'secret-secret' });
    await fake.start();
    fake.addChannel({ id: 'C1', name: 'satu', botIsMember: true });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post('C1')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
