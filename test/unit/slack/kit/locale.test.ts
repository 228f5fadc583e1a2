import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/logger.js';
import { createLocaleResolver } from '../../../../src/slack/kit/locale.js';

/** A Web API client whose `users.info` answers when the test says so. */
function slowClient() {
  const pending: Array<(locale: string) => void> = [];
  let calls = 0;
  const client = {
    users: {
      info: () => {
        calls += 1;
        return new Promise((resolve) => pending.push((locale) => resolve({ ok: true, user: { locale } })));
      },
    },
  };
  return {
    // Only `users.info` is used by the resolver; the rest of the client is never touched.
    client: client as unknown as WebClient,
    answer: (locale: string) => {
      for (const resolve of pending.splice(0)) resolve(locale);
    },
    calls: () => calls,
  };
}

describe('the locale resolver', () => {
  const logger = silentLogger();

  it('answers quickly with the default while users.info is slow, and caches the late answer', async () => {
    const resolver = createLocaleResolver({ fallback: 'id', logger });
    const slack = slowClient();
    expect(await resolver.forUserQuickly(slack.client, 'U1', 10)).toBe('id');
    slack.answer('en-US');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await resolver.forUserQuickly(slack.client, 'U1', 10)).toBe('en');
    expect(slack.calls()).toBe(1);
  });

  it('waits for users.info when it answers in time', async () => {
    const resolver = createLocaleResolver({ fallback: 'id', logger });
    const slack = slowClient();
    const quick = resolver.forUserQuickly(slack.client, 'U2', 5_000);
    slack.answer('en-GB');
    expect(await quick).toBe('en');
  });
});
