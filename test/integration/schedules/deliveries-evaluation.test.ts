import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluationCycles, evaluationInvitations } from '../../../src/db/schema/index.js';
import { deliveriesOf, reminderJob } from '../../support/delivery.js';
import { createPartnership, createRole, createSchedule } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe('evaluation schedules', () => {
  it('open one evaluation cycle per due time, closing seven days later, with its prompt and DMs', async () => {
    const due = new Date('2026-03-02T02:00:00Z');
    h = await startHarness({ clock: () => due });
    const p = createPartnership(h.db, { coordinatorId: PEOPLE.coordinator.id });
    const [unitId] = [p.leadUnitId];
    createRole(h.db, { partnershipId: p.id, unitId, userId: PEOPLE.manager1.id, role: 'manager' });
    createRole(h.db, { partnershipId: p.id, unitId, userId: PEOPLE.manager2.id, role: 'manager' });
    const s = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'evaluation',
      cadence: 'monthly_day',
      dayOfMonth: 2,
      weekdays: null,
      lastRunAt: new Date('2026-03-02T01:59:00Z'),
    });
    const job = reminderJob(h);
    await job.run({ now: due });
    await job.run({ now: new Date('2026-03-02T02:01:00Z') });

    const cycles = h.db.select().from(evaluationCycles).where(eq(evaluationCycles.partnershipId, p.id)).all();
    expect(cycles).toHaveLength(1);
    const [cycle] = cycles;
    expect(cycle).toMatchObject({
      scheduleId: s.id,
      status: 'open',
      closesAt: new Date('2026-03-09T02:00:00Z'),
    });
    const invited = h.db
      .select({ userId: evaluationInvitations.userId })
      .from(evaluationInvitations)
      .where(eq(evaluationInvitations.cycleId, cycle?.id ?? -1))
      .all();
    expect(invited.map((i) => i.userId).sort()).toEqual([PEOPLE.manager1.id, PEOPLE.manager2.id]);
    // The prompt in the channel is the delivery's message.
    const prompt = h.fake.messages(SHARED_CHANNEL).find((m) => m.ts === cycle?.promptTs);
    expect(prompt).toBeDefined();
    expect(deliveriesOf(h.db, s.id)).toMatchObject([{ status: 'sent', messageTs: cycle?.promptTs }]);
  });
});
