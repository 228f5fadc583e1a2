import { and, asc, eq, gt, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { ActionItemSource } from '../../domain/enums.js';
import type { Db } from '../client.js';
import { type ActionItem, actionItems, partnerships } from '../schema/index.js';
import { writeAudit } from './audit.js';

/** The fields a person types for an item, in a modal or from a message. */
export interface ActionItemFields {
  what: string;
  ownerUserId: string;
  ownerUnitId: number | null;
  dueDate: string;
}

/** Where a batch of new items came from. */
export interface ActionItemOrigin {
  source: ActionItemSource;
  sourceLink?: string | null;
  notesId?: number | null;
  cycleId?: number | null;
  dimension?: string | null;
}

const ofTeam = (teamId: string, id: number) => and(eq(actionItems.teamId, teamId), eq(actionItems.id, id));

export function getActionItem(db: Db, params: { teamId: string; id: number }): ActionItem | undefined {
  return db.select().from(actionItems).where(ofTeam(params.teamId, params.id)).get();
}

/** A partnership's items with the given status, the soonest due first. */
export function listActionItems(
  db: Db,
  params: { teamId: string; partnershipId: number; status?: 'open' | 'done'; limit?: number },
): ActionItem[] {
  return db
    .select()
    .from(actionItems)
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.partnershipId, params.partnershipId),
        params.status ? eq(actionItems.status, params.status) : undefined,
      ),
    )
    .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
    .limit(params.limit ?? 200)
    .all();
}

/** The items of a set of meeting notes, in the order they were written. */
export function listActionItemsOfNotes(db: Db, params: { teamId: string; notesId: number }): ActionItem[] {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.teamId, params.teamId), eq(actionItems.notesId, params.notesId)))
    .orderBy(asc(actionItems.id))
    .all();
}

/** The items made from one evaluation cycle's summary. */
export function listActionItemsOfCycle(db: Db, params: { teamId: string; cycleId: number }): ActionItem[] {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.teamId, params.teamId), eq(actionItems.cycleId, params.cycleId)))
    .orderBy(asc(actionItems.id))
    .all();
}

/** A person's open items across partnerships, with each partnership's code, the soonest due first. */
export function listOpenItemsOfOwner(
  db: Db,
  params: { teamId: string; userId: string; limit?: number },
): (ActionItem & { partnershipCode: string })[] {
  return db
    .select({ item: actionItems, partnershipCode: partnerships.code })
    .from(actionItems)
    .innerJoin(partnerships, eq(partnerships.id, actionItems.partnershipId))
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.ownerUserId, params.userId),
        eq(actionItems.status, 'open'),
      ),
    )
    .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
    .limit(params.limit ?? 20)
    .all()
    .map((row) => ({ ...row.item, partnershipCode: row.partnershipCode }));
}

/** Open and overdue (due before `today`) counts of a partnership's items. */
export function countActionItems(
  db: Db,
  params: { teamId: string; partnershipId: number; today: string },
): { open: number; overdue: number } {
  const row = db
    .select({
      open: sql<number>`count(*)`,
      overdue: sql<number>`coalesce(sum(case when ${actionItems.dueDate} < ${params.today} then 1 else 0 end), 0)`,
    })
    .from(actionItems)
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.partnershipId, params.partnershipId),
        eq(actionItems.status, 'open'),
      ),
    )
    .get();
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/**
 * Open items due on or before `dueBy` in active partnerships of every team, with what the chasing
 * job needs of their partnership: the ones that may need a DM or an escalation now.
 */
export function listOpenItemsDueBy(
  db: Db,
  params: { dueBy: string; limit?: number },
): (ActionItem & { timeZone: string; escalationWorkdays: number; partnershipCode: string })[] {
  return db
    .select({
      item: actionItems,
      timeZone: partnerships.timeZone,
      escalationWorkdays: partnerships.escalationWorkdays,
      partnershipCode: partnerships.code,
    })
    .from(actionItems)
    .innerJoin(partnerships, eq(partnerships.id, actionItems.partnershipId))
    .where(
      and(
        eq(actionItems.status, 'open'),
        lte(actionItems.dueDate, params.dueBy),
        eq(partnerships.status, 'active'),
      ),
    )
    .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
    .limit(params.limit ?? 1000)
    .all()
    .map((row) => ({
      ...row.item,
      timeZone: row.timeZone,
      escalationWorkdays: row.escalationWorkdays,
      partnershipCode: row.partnershipCode,
    }));
}

/** Creates items with one audit row each, in one transaction. */
export function createActionItems(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    items: readonly ActionItemFields[];
    origin: ActionItemOrigin;
    actorId: string;
    now: Date;
  },
): ActionItem[] {
  if (params.items.length === 0) return [];
  return db.transaction((tx) =>
    params.items.map((fields) => {
      const item = tx
        .insert(actionItems)
        .values({
          teamId: params.teamId,
          partnershipId: params.partnershipId,
          ...fields,
          source: params.origin.source,
          sourceLink: params.origin.sourceLink ?? null,
          notesId: params.origin.notesId ?? null,
          cycleId: params.origin.cycleId ?? null,
          dimension: params.origin.dimension ?? null,
          createdBy: params.actorId,
          createdAt: params.now,
          updatedAt: params.now,
        })
        .returning()
        .get();
      writeAudit(tx, {
        teamId: params.teamId,
        actorUserId: params.actorId,
        action: 'action_item.create',
        entityType: 'action_item',
        entityId: item.id,
        partnershipId: params.partnershipId,
        after: item,
        at: params.now,
      });
      return item;
    }),
  );
}

export type ActionItemChange =
  | { kind: 'done' }
  | { kind: 'reopen' }
  | { kind: 'note'; note: string | null; evidenceUrl: string | null }
  | { kind: 'requestDate'; date: string; reason: string | null }
  | { kind: 'decideDate'; approve: boolean }
  | { kind: 'edit'; fields: ActionItemFields };

/**
 * Changes one item with its audit row, in one transaction. Returns the item before and after, or
 * undefined when it is not there (or, for a decision, when there is no pending request).
 */
export function changeActionItem(
  db: Db,
  params: { teamId: string; id: number; change: ActionItemChange; actorId: string; now: Date },
): { before: ActionItem; after: ActionItem } | undefined {
  const { change, now } = params;
  return db.transaction((tx) => {
    const before = tx.select().from(actionItems).where(ofTeam(params.teamId, params.id)).get();
    if (!before) return undefined;
    let set: Partial<ActionItem>;
    switch (change.kind) {
      case 'done':
        set = { status: 'done', doneAt: now };
        break;
      case 'reopen':
        set = { status: 'open', doneAt: null };
        break;
      case 'note':
        set = { note: change.note, evidenceUrl: change.evidenceUrl };
        break;
      case 'requestDate':
        set = { requestedDueDate: change.date, requestReason: change.reason, requestStatus: 'pending' };
        break;
      case 'decideDate':
        if (before.requestStatus !== 'pending' || !before.requestedDueDate) return undefined;
        set = change.approve
          ? { requestStatus: 'approved', dueDate: before.requestedDueDate }
          : { requestStatus: 'rejected' };
        break;
      case 'edit':
        set = { ...change.fields };
        break;
    }
    const after = tx
      .update(actionItems)
      .set({ ...set, updatedAt: now })
      .where(ofTeam(params.teamId, params.id))
      .returning()
      .get();
    if (!after) return undefined;
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: `action_item.${change.kind === 'decideDate' ? (change.approve ? 'approve_date' : 'reject_date') : change.kind}`,
      entityType: 'action_item',
      entityId: after.id,
      partnershipId: after.partnershipId,
      before,
      after,
      at: now,
    });
    return { before, after };
  });
}

/** Removes the items of a set of notes that are no longer in it (an edit dropped them), with audit rows. */
export function deleteActionItems(
  db: Db,
  params: { teamId: string; ids: readonly number[]; actorId: string; now: Date },
): void {
  if (params.ids.length === 0) return;
  db.transaction((tx) => {
    const gone = tx
      .delete(actionItems)
      .where(and(eq(actionItems.teamId, params.teamId), inArray(actionItems.id, [...params.ids])))
      .returning()
      .all();
    for (const item of gone) {
      writeAudit(tx, {
        teamId: params.teamId,
        actorUserId: params.actorId,
        action: 'action_item.delete',
        entityType: 'action_item',
        entityId: item.id,
        partnershipId: item.partnershipId,
        before: item,
        at: params.now,
      });
    }
  });
}

/** The open items of a partnership that were due before `today`, for check-in reminders. */
export function listOverdueItems(
  db: Db,
  params: { teamId: string; partnershipId: number; today: string },
): ActionItem[] {
  return db
    .select()
    .from(actionItems)
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.partnershipId, params.partnershipId),
        eq(actionItems.status, 'open'),
        lt(actionItems.dueDate, params.today),
      ),
    )
    .orderBy(asc(actionItems.dueDate))
    .all();
}

/**
 * The improvement items of the latest earlier cycle of a partnership that has any: what the next
 * summary reports on, per dimension.
 */
export function listPreviousImprovementItems(
  db: Db,
  params: { teamId: string; partnershipId: number; beforeCycleId: number },
): ActionItem[] {
  const rows = db
    .select()
    .from(actionItems)
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.partnershipId, params.partnershipId),
        eq(actionItems.source, 'evaluation'),
        lt(actionItems.cycleId, params.beforeCycleId),
      ),
    )
    .all();
  const latest = Math.max(...rows.map((r) => r.cycleId ?? 0));
  return rows.filter((r) => r.cycleId === latest);
}

/**
 * How many of a partnership's items were overdue at `at`: due before that day (`atDate`, in the
 * partnership's zone) and not done by then. For a quarter's report, `at` is the quarter's end (or
 * now, for the quarter under way).
 */
export function countOverdueAt(
  db: Db,
  params: { teamId: string; partnershipId: number; at: Date; atDate: string },
): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(actionItems)
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.partnershipId, params.partnershipId),
        lt(actionItems.dueDate, params.atDate),
        lt(actionItems.createdAt, params.at),
        or(eq(actionItems.status, 'open'), gt(actionItems.doneAt, params.at)),
      ),
    )
    .get();
  return Number(row?.count ?? 0);
}
