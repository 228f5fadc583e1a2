import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionItems } from '../../../src/db/queries/action-items.js';
import { listEscalations } from '../../../src/db/queries/escalations.js';
import { recordLeave } from '../../../src/db/queries/leaves.js';
import { auditLog, evaluationCycles, leaves, type Partnership } from '../../../src/db/schema/index.js';
import { closeDueCycles } from '../../../src/jobs/evaluation-close.js';
import { remindNonResponders } from '../../../src/jobs/evaluation-reminders.js';
import { runFollowThrough } from '../../../src/jobs/follow-through.js';
import { openEvaluationCycle } from '../../../src/slack/features/evaluations/flow.js';
import { fastClient, manualClock } from '../../support/delivery.js';
import { createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let p: Partnership;
let unitB: number;
const clock = manualClock('2026-03-02T03:00:00Z');
const { admin, coordinator, manager1, manager2, manager3 } = PEOPLE;
const dmOf = (userId: string) => `D${userId.replace(/^[UW]/, '')}`;

beforeEach(async () => {
  clock.set('2026-03-02T03:00:00Z');
  h = await startHarness({ clock: clock.clock });
  const unitA = createUnit(h.db, { code: 'BPS', name: 'Biro Perencanaan' }).id;
  unitB = createUnit(h.db, { code: 'BK', name: 'Biro Keuangan' }).id;
  p = createPartnership(h.db, { unitIds: [unitA, unitB] });
  createRole(h.db, { partnershipId: p.id, unitId: unitA, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: unitB, userId: manager2.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: unitB, userId: manager3.id, role: 'member' });
});
afterEach(async () => {
  await h.close();
});

async function openLeave(userId: string) {
  await h.fake.sendSlashCommand({ userId, text: 'cuti', channelId: SHARED_CHANNEL });
  return waitFor(() => h.fake.openViews(userId)[0], { what: 'the leave modal' });
}

const dates = (from: string, to: string) => ({
  leave_from: { leave_from: { type: 'datepicker', selected_date: from } },
  leave_to: { leave_to: { type: 'datepicker', selected_date: to } },
});

describe('/mitra cuti', () => {
  it('records a person’s own leave, refusing dates out of order, with an audit row', async () => {
    const view = await openLeave(manager2.id);
    expect(JSON.stringify(view.blocks)).not.toContain('leave_person');
    const wrong = await h.fake.sendViewSubmission({
      userId: manager2.id,
      viewId: view.id,
      values: dates('2026-03-10', '2026-03-05'),
    });
    expect(wrong.responseAction).toBe('errors');
    expect(h.db.select().from(leaves).all()).toHaveLength(0);
    await h.fake.sendViewSubmission({
      userId: manager2.id,
      viewId: view.id,
      values: {
        ...dates('2026-03-02', '2026-03-20'),
        leave_delegate: { leave_delegate: { type: 'users_select', selected_user: coordinator.id } },
      },
    });
    expect(h.db.select().from(leaves).all()).toMatchObject([
      { userId: manager2.id, fromDate: '2026-03-02', toDate: '2026-03-20', delegateUserId: coordinator.id },
    ]);
    expect(h.db.select().from(auditLog).where(eq(auditLog.action, 'leave.record')).all()).toHaveLength(1);
    await waitFor(() => h.fake.messages(dmOf(manager2.id)).some((m) => m.text.includes('Cuti dicatat')), {
      what: 'the confirmation',
    });
    // "Away until …" next to the name in `lihat`.
    await h.fake.sendSlashCommand({ userId: coordinator.id, text: 'lihat PK-1', channelId: SHARED_CHANNEL });
    const shown = await waitFor(() => h.fake.ephemerals(SHARED_CHANNEL, coordinator.id).at(-1), {
      what: 'lihat',
    });
    expect(JSON.stringify(shown.blocks)).toContain('cuti sampai Jumat, 20 Maret 2026');

    // The modal lists it with a button to cancel it.
    await h.fake.sendSlashCommand({ userId: manager2.id, text: 'cuti', channelId: SHARED_CHANNEL });
    const again = await waitFor(
      () => h.fake.openViews(manager2.id).find((v) => JSON.stringify(v.blocks).includes('leave_cancel')),
      { what: 'the modal with the leave' },
    );
    const [leave] = h.db.select().from(leaves).all();
    await h.fake.sendBlockAction({
      userId: manager2.id,
      viewId: again.id,
      actionId: 'leave_cancel',
      blockId: `leave_${leave?.id}`,
    });
    await waitFor(() => h.db.select().from(leaves).all().length === 0, { what: 'the leave cancelled' });
    expect(h.db.select().from(auditLog).where(eq(auditLog.action, 'leave.cancel')).all()).toHaveLength(1);
  });

  it('lets admins record leave for others, and nobody else', async () => {
    const view = await openLeave(admin.id);
    await h.fake.sendViewSubmission({
      userId: admin.id,
      viewId: view.id,
      values: {
        leave_person: { leave_person: { type: 'users_select', selected_user: manager1.id } },
        ...dates('2026-03-03', '2026-03-04'),
      },
    });
    expect(h.db.select().from(leaves).all()).toMatchObject([{ userId: manager1.id, recordedBy: admin.id }]);
    await waitFor(
      () => h.fake.messages(dmOf(manager1.id)).some((m) => m.text.includes('mencatat cuti Anda')),
      {
        what: 'the person told',
      },
    );
    // Someone else naming a person in a forged submission saves nothing.
    const theirs = await openLeave(manager2.id);
    const forged = await h.fake.sendViewSubmission({
      userId: manager2.id,
      viewId: theirs.id,
      values: {
        leave_person: { leave_person: { type: 'users_select', selected_user: manager1.id } },
        ...dates('2026-03-05', '2026-03-06'),
      },
    });
    expect(forged.responseAction).toBeDefined();
    expect(h.db.select().from(leaves).all()).toHaveLength(1);
  });
});

describe('during leave', () => {
  it('sends the owner no chasing DM and the manager’s escalation to the delegate', async () => {
    recordLeave(h.db, {
      teamId: TEAM,
      userId: manager3.id,
      fromDate: '2026-03-01',
      toDate: '2026-03-31',
      delegateUserId: null,
      actorId: manager3.id,
      now: clock.clock(),
    });
    recordLeave(h.db, {
      teamId: TEAM,
      userId: manager2.id,
      fromDate: '2026-03-01',
      toDate: '2026-03-31',
      delegateUserId: coordinator.id,
      actorId: manager2.id,
      now: clock.clock(),
    });
    const [item] = createActionItems(h.db, {
      teamId: TEAM,
      partnershipId: p.id,
      items: [{ what: 'Kirim data', ownerUserId: manager3.id, ownerUnitId: unitB, dueDate: '2026-03-03' }],
      origin: { source: 'notes' },
      actorId: coordinator.id,
      now: clock.clock(),
    });
    const report = await runFollowThrough(h.mitra.services, fastClient(h.fake), {
      now: new Date('2026-03-10T02:00:00Z'),
      workerId: 'w',
    });
    expect(report).toEqual({ chased: 0, escalated: 1 });
    expect(h.fake.messages(dmOf(manager3.id))).toHaveLength(0);
    expect(listEscalations(h.db, { teamId: TEAM, partnershipId: p.id })).toMatchObject([
      { actionItemId: item?.id, recipients: [coordinator.id] },
    ]);
    expect(h.fake.messages(dmOf(manager2.id))).toHaveLength(0);
  });

  it('sends no survey reminder and does not count the person as not having answered', async () => {
    const opened = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
      openedBy: coordinator.id,
      closesAt: new Date('2026-03-09T10:00:00Z'),
    });
    const cycleId = opened.ok ? opened.cycleId : 0;
    recordLeave(h.db, {
      teamId: TEAM,
      userId: manager1.id,
      fromDate: '2026-03-03',
      toDate: '2026-03-13',
      delegateUserId: null,
      actorId: manager1.id,
      now: clock.clock(),
    });
    h.db
      .update(evaluationCycles)
      .set({ remindAt: new Date('2026-03-05T02:00:00Z') })
      .where(eq(evaluationCycles.id, cycleId))
      .run();
    const sent = await remindNonResponders(h.mitra.services, fastClient(h.fake), {
      now: new Date('2026-03-05T02:00:00Z'),
    });
    expect(sent).toBe(1);
    await closeDueCycles(h.mitra.services, h.mitra.app.client, {
      now: new Date('2026-03-09T10:00:00Z'),
      claimant: 'test',
    });
    const cycle = h.db.select().from(evaluationCycles).where(eq(evaluationCycles.id, cycleId)).get();
    // Two managers invited, one on leave: one expected, none answered.
    expect(cycle?.summaryJson).toMatchObject({ invitedCount: 1, respondedCount: 0 });
  });
});
