import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  changeActionItem,
  countActionItems,
  countOverdueAt,
  createActionItems,
  listOpenItemsDueBy,
  listOpenItemsOfOwner,
} from '../../../src/db/queries/action-items.js';
import {
  claimChase,
  claimEscalation,
  markChaseSent,
  pageOfGoalsAtRisk,
} from '../../../src/db/queries/escalations.js';
import { listCurrentLeaves, recordLeave } from '../../../src/db/queries/leaves.js';
import { listMeetingNotes, saveMeetingNotes } from '../../../src/db/queries/meeting-notes.js';
import { auditLog, deliveries, progressUpdates } from '../../../src/db/schema/index.js';
import { openTestDb } from '../../support/db.js';
import { createGoal, createPartnership, createSchedule, TEAM } from '../../support/factories.js';

const NOW = new Date('2026-03-10T03:00:00Z');

function setup() {
  const { db } = openTestDb();
  const p = createPartnership(db);
  const items = createActionItems(db, {
    teamId: TEAM,
    partnershipId: p.id,
    items: [
      { what: 'Kirim data', ownerUserId: 'UO', ownerUnitId: p.leadUnitId, dueDate: '2026-03-05' },
      { what: 'Draf MoU', ownerUserId: 'UO', ownerUnitId: null, dueDate: '2026-03-20' },
    ],
    origin: { source: 'message', sourceLink: 'https://example/p1' },
    actorId: 'UCOORD',
    now: NOW,
  });
  return { db, p, items };
}

describe('action items', () => {
  it('are created, counted and changed, each with an audit row', () => {
    const { db, p, items } = setup();
    expect(countActionItems(db, { teamId: TEAM, partnershipId: p.id, today: '2026-03-10' })).toEqual({
      open: 2,
      overdue: 1,
    });
    expect(listOpenItemsOfOwner(db, { teamId: TEAM, userId: 'UO' }).map((i) => i.partnershipCode)).toEqual([
      p.code,
      p.code,
    ]);
    const first = items[0]?.id ?? 0;
    changeActionItem(db, {
      teamId: TEAM,
      id: first,
      change: { kind: 'requestDate', date: '2026-03-25', reason: 'Menunggu data' },
      actorId: 'UO',
      now: NOW,
    });
    const approved = changeActionItem(db, {
      teamId: TEAM,
      id: first,
      change: { kind: 'decideDate', approve: true },
      actorId: 'UCOORD',
      now: NOW,
    });
    expect(approved?.after).toMatchObject({ dueDate: '2026-03-25', requestStatus: 'approved' });
    // No pending request any more: a second decision changes nothing.
    expect(
      changeActionItem(db, {
        teamId: TEAM,
        id: first,
        change: { kind: 'decideDate', approve: false },
        actorId: 'UCOORD',
        now: NOW,
      }),
    ).toBeUndefined();
    changeActionItem(db, { teamId: TEAM, id: first, change: { kind: 'done' }, actorId: 'UO', now: NOW });
    expect(countActionItems(db, { teamId: TEAM, partnershipId: p.id, today: '2026-03-15' })).toEqual({
      open: 1,
      overdue: 0,
    });
    expect(
      changeActionItem(db, {
        teamId: 'TOTHER',
        id: first,
        change: { kind: 'reopen' },
        actorId: 'UX',
        now: NOW,
      }),
    ).toBeUndefined();
    const actions = db.select().from(auditLog).where(eq(auditLog.entityType, 'action_item')).all();
    expect(actions.map((a) => a.action)).toEqual([
      'action_item.create',
      'action_item.create',
      'action_item.requestDate',
      'action_item.approve_date',
      'action_item.done',
    ]);
    expect(listOpenItemsDueBy(db, { dueBy: '2026-03-20' }).map((i) => i.what)).toEqual(['Draf MoU']);
  });
});

describe('overdue at a moment', () => {
  it('counts items due before that day and not done by then', () => {
    const { db, p, items } = setup();
    const at = (iso: string) => new Date(iso);
    const count = (iso: string, date: string) =>
      countOverdueAt(db, { teamId: TEAM, partnershipId: p.id, at: at(iso), atDate: date });
    // Due 5 and 20 March; created 10 March.
    expect(count('2026-03-31T16:59:59Z', '2026-03-31')).toBe(2);
    expect(count('2026-03-12T00:00:00Z', '2026-03-12')).toBe(1);
    // Made after the moment: not counted.
    expect(count('2026-03-09T00:00:00Z', '2026-03-09')).toBe(0);
    changeActionItem(db, {
      teamId: TEAM,
      id: items[0]?.id ?? 0,
      change: { kind: 'done' },
      actorId: 'UO',
      now: at('2026-03-15T03:00:00Z'),
    });
    // Done on 15 March: overdue on the 12th, not at the end of the month.
    expect(count('2026-03-12T00:00:00Z', '2026-03-12')).toBe(1);
    expect(count('2026-03-31T16:59:59Z', '2026-03-31')).toBe(1);
  });
});

describe('claims', () => {
  it('claim a chase once, and let a stale unsent claim be taken over once', () => {
    const { db, items } = setup();
    const base = {
      teamId: TEAM,
      actionItemId: items[0]?.id ?? 0,
      kind: 'overdue' as const,
      dueDate: '2026-03-05',
      now: NOW,
      staleBefore: new Date(NOW.getTime() - 600_000),
    };
    const a = claimChase(db, { ...base, workerId: 'a' });
    expect(a?.retaken).toBe(false);
    expect(claimChase(db, { ...base, workerId: 'b' })).toBeUndefined();
    const later = new Date(NOW.getTime() + 700_000);
    const c = claimChase(db, {
      ...base,
      workerId: 'c',
      now: later,
      staleBefore: new Date(later.getTime() - 600_000),
    });
    expect(c?.retaken).toBe(true);
    markChaseSent(db, { id: c?.id ?? 0, now: later });
    const muchLater = new Date(NOW.getTime() + 9_000_000);
    expect(
      claimChase(db, {
        ...base,
        workerId: 'd',
        now: muchLater,
        staleBefore: new Date(muchLater.getTime() - 600_000),
      }),
    ).toBeUndefined();
  });

  it('record an escalation once per subject, with its audit row', () => {
    const { db, p, items } = setup();
    const base = {
      teamId: TEAM,
      partnershipId: p.id,
      subject: 'item' as const,
      actionItemId: items[0]?.id ?? 0,
      subjectKey: `item:${items[0]?.id}:2026-03-05`,
      recipients: ['UM'],
      now: NOW,
      staleBefore: new Date(NOW.getTime() - 600_000),
    };
    expect(claimEscalation(db, { ...base, workerId: 'a' })?.recipients).toEqual(['UM']);
    expect(claimEscalation(db, { ...base, workerId: 'b' })).toBeUndefined();
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'escalation.create')).all()).toHaveLength(1);
  });
});

describe('leaves and notes', () => {
  it('lists leaves that have not ended', () => {
    const { db } = setup();
    recordLeave(db, {
      teamId: TEAM,
      userId: 'UA',
      fromDate: '2026-03-01',
      toDate: '2026-03-05',
      delegateUserId: null,
      actorId: 'UA',
      now: NOW,
    });
    recordLeave(db, {
      teamId: TEAM,
      userId: 'UB',
      fromDate: '2026-03-09',
      toDate: '2026-03-13',
      delegateUserId: 'UD',
      actorId: 'UADMIN',
      now: NOW,
    });
    expect(listCurrentLeaves(db, { teamId: TEAM, today: '2026-03-10' }).map((l) => l.userId)).toEqual(['UB']);
  });

  it('keeps one set of notes per meeting, edited in place', () => {
    const { db, p } = setup();
    const schedule = createSchedule(db, { partnershipId: p.id, kind: 'meeting' });
    const delivery = db
      .insert(deliveries)
      .values({ teamId: TEAM, scheduleId: schedule.id, dueAt: NOW })
      .returning()
      .get();
    const params = {
      teamId: TEAM,
      partnershipId: p.id,
      deliveryId: delivery.id,
      channelId: 'C1',
      threadTs: '1.2',
      actorId: 'UCOORD',
      now: NOW,
    };
    const first = saveMeetingNotes(db, {
      ...params,
      fields: { meetingDate: '2026-03-10', attendees: ['UA'], decisions: ['A'] },
    });
    expect(first.before).toBeUndefined();
    const second = saveMeetingNotes(db, {
      ...params,
      fields: { meetingDate: '2026-03-10', attendees: ['UA', 'UB'], decisions: ['A', 'B'] },
    });
    expect(second.before?.id).toBe(first.after.id);
    expect(listMeetingNotes(db, { teamId: TEAM, partnershipId: p.id }).map((n) => n.decisions)).toEqual([
      ['A', 'B'],
    ]);
  });
});

describe('goals at risk, a page at a time', () => {
  it('walks every goal at risk in active partnerships, each with its latest ten updates, newest first', () => {
    const { db } = openTestDb();
    const p = createPartnership(db);
    const closed = createPartnership(db, { status: 'closed' });
    const atRisk = [1, 2, 3, 4, 5].map(() => createGoal(db, { partnershipId: p.id, status: 'at_risk' }));
    createGoal(db, { partnershipId: p.id, status: 'on_track' });
    createGoal(db, { partnershipId: closed.id, status: 'off_track' });
    const first = atRisk[0];
    if (!first) throw new Error('no goal');
    for (let i = 0; i < 12; i++) {
      db.insert(progressUpdates)
        .values({
          teamId: TEAM,
          goalId: first.id,
          value: i,
          status: i % 2 === 0 ? 'at_risk' : 'off_track',
          userId: 'UCOORD',
          createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
        })
        .run();
    }
    const seen: number[] = [];
    for (let afterId = 0; ; ) {
      const page = pageOfGoalsAtRisk(db, { afterId, limit: 2 });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(2);
      seen.push(...page.map((row) => row.goal.id));
      afterId = page.at(-1)?.goal.id ?? afterId;
      const withUpdates = page.find((row) => row.goal.id === first.id);
      if (withUpdates) {
        expect(withUpdates.updates).toHaveLength(10);
        const ids = withUpdates.updates.map((u) => u.id);
        expect(ids).toEqual([...ids].sort((a, b) => b - a));
      }
    }
    expect(seen).toEqual(atRisk.map((g) => g.id));
  });
});
