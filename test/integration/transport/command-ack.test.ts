/**
 * `/mitra` answers in the acknowledgement where the answer is ready (issue 8 item 6): Slack shows
 * the ack's body at once, with no second HTTP call. Modals and later work still ack first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnership, createUnit } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const a = createUnit(h.db, { code: 'REN' });
  const b = createUnit(h.db, { code: 'KEU' });
  createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: PEOPLE.coordinator.id });
  // The first command looks the user's language up; later ones find it cached.
  await h.fake.sendSlashCommand({
    userId: PEOPLE.coordinator.id,
    text: 'bantuan',
    channelId: SHARED_CHANNEL,
  });
  await h.fake.sendSlashCommand({ userId: PEOPLE.english.id, text: 'help', channelId: SHARED_CHANNEL });
  await waitFor(() => h.fake.responseUrlPosts().length >= 2, { what: 'the first answers' });
});

afterAll(async () => {
  await h?.close();
});

/** Sends a command and returns what the app answered, by whichever road. */
async function answersTo(userId: string, text: string) {
  const sent = await h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
  const posts = h.fake.responseUrlPosts().filter((p) => p.url === sent.responseUrl);
  return { sent, posts };
}

describe('answers in the ack', () => {
  it.each([
    ['bantuan', 'Mitra'],
    ['daftar', 'PK-1'],
    ['lihat PK-1', 'PK-1'],
    ['lihta', 'lihat'],
    ['laporan', 'laporan'],
  ])('answers /mitra %s in the body of the ack, shown as an ephemeral message', async (text, expected) => {
    const { sent, posts } = await answersTo(PEOPLE.coordinator.id, text);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(sent.body)).toContain(expected);
    // Recorded once, as the ack's answer; nothing was posted to the response_url.
    expect(posts.map((p) => p.via)).toEqual(['command_ack']);
    const shown = h.fake.ephemerals(SHARED_CHANNEL, PEOPLE.coordinator.id).at(-1);
    expect(shown?.via).toBe('command_ack');
  });

  it('answers in the user’s own language from the cache', async () => {
    const { sent } = await answersTo(PEOPLE.english.id, 'help');
    expect(JSON.stringify(sent.body)).toContain('Mitra — inter-unit partnerships');
  });

  it('acks empty before opening a modal, which is the answer then', async () => {
    const before = h.fake.callsTo('views.open').length;
    const { sent, posts } = await answersTo(PEOPLE.coordinator.id, 'baru');
    expect(sent.status).toBe(200);
    expect(sent.body === '' || sent.body === undefined).toBe(true);
    await waitFor(() => h.fake.callsTo('views.open').length > before, { what: 'the create modal' });
    expect(posts).toEqual([]);
  });
});
