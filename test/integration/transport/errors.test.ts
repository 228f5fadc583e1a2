import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { MITRA_ADMINS: `${PEOPLE.admin.id},${PEOPLE.english.id}` } });
});
afterAll(async () => {
  await h.close();
});

describe('an unexpected failure inside a listener', () => {
  it.each([
    [PEOPLE.admin.id, 'unit', 'Maaf, terjadi kesalahan'],
    [PEOPLE.english.id, 'unit', 'Sorry, something went wrong'],
  ])(
    'is answered politely in the user’s language (%s), and the app keeps serving',
    async (userId, text, expected) => {
      // A 5xx on views.open: the call is not idempotent (a repeat could open a second modal), so
      // the client does not retry it (web-client-policy.ts); the listener throws at once.
      h.fake.injectFault('views.open', { kind: 'http_error', status: 503 }, 10);
      const before = h.fake.responseUrlPosts().length;
      const opensBefore = h.fake.callsTo('views.open').length;
      await h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
      const post = await waitFor(() => h.fake.responseUrlPosts()[before], {
        timeoutMs: 15_000,
        what: 'the apology',
      });
      expect(JSON.stringify(post.body)).toContain(expected);
      expect(h.fake.callsTo('views.open').length - opensBefore).toBe(1);
      h.fake.clearFaults();

      const health = await fetch(`${h.appBaseUrl}/healthz`);
      expect(health.status).toBe(200);
    },
  );
});
