import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../sandbox/seed.js';
import { listActionItems } from '../../../src/db/queries/action-items.js';
import { listEscalations } from '../../../src/db/queries/escalations.js';
import { listMeetingNotes } from '../../../src/db/queries/meeting-notes.js';
import { runFollowThrough } from '../../../src/jobs/follow-through.js';
import { fastClient } from '../../support/delivery.js';
import { type Harness, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
const now = new Date('2026-03-11T03:00:00Z'); // Wednesday 10:00 WIB

beforeEach(async () => {
  h = await startHarness({ clock: () => now });
});
afterEach(async () => {
  await h.close();
});

describe('the sandbox seed', () => {
  it('shows PK-1 with past minutes, done, open and overdue items, one escalation and a manager on leave', async () => {
    const { partnershipIds, channelIds } = await seedDemo({
      fake: h.fake,
      db: h.db,
      services: h.mitra.services,
      client: h.mitra.app.client,
    });
    const teamId = h.fake.teamId;
    const partnershipId = partnershipIds[0] ?? 0;
    expect(listMeetingNotes(h.db, { teamId, partnershipId })).toHaveLength(2);
    const items = listActionItems(h.db, { teamId, partnershipId });
    expect(items.map((i) => i.status).sort()).toEqual(['done', 'open', 'open', 'open']);
    expect(listEscalations(h.db, { teamId, partnershipId })).toHaveLength(1);
    const charter = await waitFor(
      () => h.fake.messages(channelIds[0] ?? '').find((m) => m.metadata?.event_type === 'mitra_charter'),
      { what: 'the PK-1 charter' },
    );
    const text = JSON.stringify(charter.blocks);
    expect(text).toContain('3 terbuka, 1 melewati tenggat');
    expect(text).toContain('cuti sampai');
    expect(text).toContain('Notula rapat terakhir');
    // The seeded escalation is sent by the first tick, to the manager only, and never again; the
    // seeded chase is not sent again.
    const client = fastClient(h.fake);
    const first = await runFollowThrough(h.mitra.services, client, { now, workerId: 'sandbox' });
    expect(first.escalated).toBe(1);
    const dm = h.fake.openDm('UBUDI');
    await waitFor(() => h.fake.messages(dm.id).some((m) => m.text?.includes('Eskalasi PK-1')), {
      what: "the escalation in the manager's DM",
    });
    const again = await runFollowThrough(h.mitra.services, client, { now, workerId: 'sandbox' });
    expect([again.escalated, again.chased]).toEqual([0, 0]);
    expect(h.fake.messages(dm.id).filter((m) => m.text?.includes('Eskalasi')).length).toBe(1);
  });
});
