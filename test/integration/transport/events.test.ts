import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships, processedEvents } from '../../../src/db/schema/index.js';
import { createPartnership, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('Mitra invited into a private channel', () => {
  it('posts the charter that was waiting, once, even when Slack delivers the event twice', async () => {
    h.fake.addChannel({
      id: 'G0PRIVATE',
      name: 'rahasia',
      isPrivate: true,
      botIsMember: false,
      members: [PEOPLE.coordinator.id],
    });
    const partnership = createPartnership(h.db, {
      channelId: 'G0PRIVATE',
      coordinatorId: PEOPLE.coordinator.id,
    });
    expect(partnership.charterTs).toBeNull();

    h.fake.setBotMembership('G0PRIVATE', true);
    const event = {
      type: 'member_joined_channel',
      user: h.fake.botUserId,
      channel: 'G0PRIVATE',
      channel_type: 'G',
      team: TEAM,
    };
    await h.fake.sendEvent(event, { eventId: 'Ev0JOIN1' });
    await h.fake.sendEvent(event, { eventId: 'Ev0JOIN1', retryNum: 1 });

    const charter = await waitFor(
      () => h.db.select().from(partnerships).where(eq(partnerships.id, partnership.id)).get()?.charterTs,
      { what: 'the charter ts' },
    );
    // Had the retry been processed too, its refresh would have updated the charter in place.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.messages('G0PRIVATE').map((m) => m.ts)).toEqual([charter]);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(
      h.db.select().from(processedEvents).where(eq(processedEvents.eventId, 'Ev0JOIN1')).all(),
    ).toHaveLength(1);
  });

  it('ignores other people joining the channel', async () => {
    h.fake.addChannel({ id: 'G0OTHER', name: 'lain', isPrivate: true, botIsMember: false });
    createPartnership(h.db, { channelId: 'G0OTHER' });
    h.fake.clearCalls();
    await h.fake.sendEvent({
      type: 'member_joined_channel',
      user: PEOPLE.manager1.id,
      channel: 'G0OTHER',
      team: TEAM,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
