import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../sandbox/fake-slack/index.js';
import { createActionItems } from '../../../src/db/queries/action-items.js';
import { listEscalations } from '../../../src/db/queries/escalations.js';
import {
  type ActionItem,
  actionItemChases,
  goals,
  type Partnership,
  partnerships,
  progressUpdates,
  units,
} from '../../../src/db/schema/index.js';
import { runFollowThrough } from '../../../src/jobs/follow-through.js';
import { fastClient, manualClock } from '../../support/delivery.js';
import { createGoal, createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let p: Partnership;
let item: ActionItem;
let unitA: number;
let unitB: number;
const clock = manualClock('2026-03-06T01:59:00Z');
const { coordinator, manager1, manager2, manager3 } = PEOPLE;
const dmOf = (userId: string) => `D${userId.replace(/^[UW]/, '')}`;
const dms = (userId: string): SlackMessage[] => h.fake.messages(dmOf(userId));

async function tick(at: string, workerId = 'w1') {
  clock.set(at);
  return runFollowThrough(h.mitra.services, fastClient(h.fake), { now: clock.clock(), workerId });
}

beforeEach(async () => {
  h = await startHarness({ clock: clock.clock });
  unitA = createUnit(h.db, { code: 'BPS', name: 'Biro Perencanaan' }).id;
  unitB = createUnit(h.db, { code: 'BK', name: 'Biro Keuangan', headUserId: manager3.id }).id;
  p = createPartnership(h.db, { unitIds: [unitA, unitB] });
  createRole(h.db, { partnershipId: p.id, unitId: unitB, userId: manager1.id, role: 'member' });
  createRole(h.db, { partnershipId: p.id, unitId: unitB, userId: manager2.id, role: 'manager' });
  [item] = createActionItems(h.db, {
    teamId: TEAM,
    partnershipId: p.id,
    // Monday 9 March 2026; the workday before is Friday 6 March.
    items: [
      { what: 'Kirim data realisasi', ownerUserId: manager1.id, ownerUnitId: unitB, dueDate: '2026-03-09' },
    ],
    origin: { source: 'notes' },
    actorId: coordinator.id,
    now: new Date('2026-03-02T03:00:00Z'),
  }) as [ActionItem];
});
afterEach(async () => {
  await h.close();
});

describe('chasing an owner', () => {
  it('DMs once the workday before at 09:00 local, once when overdue, and never twice', async () => {
    expect(await tick('2026-03-06T01:59:00Z')).toEqual({ chased: 0, escalated: 0 });
    expect(await tick('2026-03-06T02:00:00Z')).toEqual({ chased: 1, escalated: 0 });
    expect(dms(manager1.id).at(-1)?.text).toContain('hari kerja berikutnya');
    expect(JSON.stringify(dms(manager1.id).at(-1)?.blocks)).toContain(`item_dm:${item.id}`);
    // A second process (or tick) at the same moment, and the weekend: nothing more.
    expect(await tick('2026-03-06T02:00:00Z', 'w2')).toEqual({ chased: 0, escalated: 0 });
    expect(await tick('2026-03-08T05:00:00Z')).toEqual({ chased: 0, escalated: 0 });
    // Due Monday: not overdue on Monday; on Tuesday 09:00 it is.
    expect(await tick('2026-03-09T05:00:00Z')).toEqual({ chased: 0, escalated: 0 });
    expect(await tick('2026-03-10T02:00:00Z')).toEqual({ chased: 1, escalated: 0 });
    expect(dms(manager1.id).at(-1)?.text).toContain('melewati tenggat');
    expect(await tick('2026-03-11T02:00:00Z')).toEqual({ chased: 0, escalated: 0 });
    expect(dms(manager1.id)).toHaveLength(2);
    expect(
      h.db
        .select()
        .from(actionItemChases)
        .all()
        .every((c) => c.sentAt !== null),
    ).toBe(true);

    // Done from the DM's button: the DM shows it done, and no escalation follows.
    const dm = dms(manager1.id).at(-1);
    await h.fake.sendBlockAction({
      userId: manager1.id,
      actionId: 'action_item_done',
      blockId: `item_dm:${item.id}`,
      channelId: dmOf(manager1.id),
      messageTs: dm?.ts ?? '',
    });
    await waitFor(
      () => dms(manager1.id).some((m) => m.ts === dm?.ts && m.text.includes('Ditandai selesai')),
      {
        what: 'the DM marked done',
      },
    );
    await waitFor(() => h.fake.callsTo('views.publish').length >= 1, { what: 'the refresh' });
    expect((await tick('2026-03-20T02:00:00Z')).escalated).toBe(0);
  });

  it('escalates once after five workdays overdue to the unit’s manager, with the item and its history', async () => {
    await tick('2026-03-10T02:00:00Z'); // the overdue DM
    // 10–13 March are four workdays; Monday 16 March is the fifth.
    expect((await tick('2026-03-13T05:00:00Z')).escalated).toBe(0);
    expect((await tick('2026-03-16T02:00:00Z')).escalated).toBe(1);
    const escalation = dms(manager2.id).at(-1);
    expect(escalation?.text).toContain('Eskalasi PK-1');
    expect(JSON.stringify(escalation?.blocks)).toContain('Dibuat oleh');
    expect(dms(manager1.id).some((m) => m.text.includes('Eskalasi'))).toBe(false);
    expect((await tick('2026-03-17T02:00:00Z', 'w2')).escalated).toBe(0);
    expect(listEscalations(h.db, { teamId: TEAM, partnershipId: p.id })).toMatchObject([
      { subject: 'item', actionItemId: item.id, recipients: [manager2.id] },
    ]);
    expect(dms(manager2.id).filter((m) => m.text.includes('Eskalasi'))).toHaveLength(1);
  });

  it('goes to the unit head without a manager role, and to the coordinators when the owner is the manager', async () => {
    // The partnership escalates after two workdays; unit A has a head but no manager role.
    h.db.update(partnerships).set({ escalationWorkdays: 2 }).where(eq(partnerships.id, p.id)).run();
    h.db.update(units).set({ headUserId: manager3.id }).where(eq(units.id, unitA)).run();
    const make = (what: string, ownerUserId: string, ownerUnitId: number) =>
      createActionItems(h.db, {
        teamId: TEAM,
        partnershipId: p.id,
        items: [{ what, ownerUserId, ownerUnitId, dueDate: '2026-03-02' }],
        origin: { source: 'message' },
        actorId: coordinator.id,
        now: new Date('2026-03-01T03:00:00Z'),
      })[0] as ActionItem;
    const own = make('Tinjau anggaran', manager2.id, unitB);
    const headed = make('Data BPS', manager1.id, unitA);
    // 3 and 4 March are the two workdays after 2 March.
    expect((await tick('2026-03-03T02:00:00Z')).escalated).toBe(0);
    expect((await tick('2026-03-04T02:00:00Z')).escalated).toBe(2);
    const rows = listEscalations(h.db, { teamId: TEAM, partnershipId: p.id });
    expect(rows.find((r) => r.actionItemId === own.id)?.recipients).toEqual([coordinator.id]);
    expect(rows.find((r) => r.actionItemId === headed.id)?.recipients).toEqual([manager3.id]);
    expect(dms(manager3.id).at(-1)?.text).toContain('Escalation in PK-1');
  });
});

describe('a goal at risk twice in a row', () => {
  it('is escalated once to both units’ managers', async () => {
    const goal = createGoal(h.db, { partnershipId: p.id, status: 'at_risk', personInChargeId: manager1.id });
    const update = (status: 'at_risk' | 'off_track' | 'on_track', at: string) =>
      h.db
        .insert(progressUpdates)
        .values({ teamId: TEAM, goalId: goal.id, status, userId: manager1.id, createdAt: new Date(at) })
        .run();
    update('at_risk', '2026-03-02T03:00:00Z');
    expect((await tick('2026-03-03T02:00:00Z')).escalated).toBe(0);
    update('off_track', '2026-03-04T03:00:00Z');
    h.db.update(goals).set({ status: 'off_track' }).where(eq(goals.id, goal.id)).run();
    expect((await tick('2026-03-04T04:00:00Z')).escalated).toBe(1);
    expect((await tick('2026-03-04T05:00:00Z', 'w2')).escalated).toBe(0);
    const [row] = listEscalations(h.db, { teamId: TEAM, partnershipId: p.id });
    // Unit B's manager; unit A has neither a manager nor a head.
    expect(row).toMatchObject({ subject: 'goal', goalId: goal.id, recipients: [manager2.id] });
    expect(dms(manager2.id).at(-1)?.text).toContain('dua pembaruan berturut-turut');
  });
});
