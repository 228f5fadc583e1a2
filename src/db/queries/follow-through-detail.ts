import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { actionItems, type Leave, leaves, type MeetingNotes, meetingNotes } from '../schema/index.js';

/** What the charter and `/mitra lihat` show of follow-through. */
export interface FollowThroughDetail {
  /** The due dates of the open action items (overdue is counted against today where shown). */
  openDueDates: string[];
  /** The latest meeting notes, newest first. */
  notes: MeetingNotes[];
  /** Leaves of the people with roles, latest ending first (past ones are filtered where shown). */
  leaves: Leave[];
}

export const NOTES_SHOWN = 3;

export function loadFollowThrough(
  db: Db,
  params: { teamId: string; partnershipId: number; userIds: readonly string[] },
): FollowThroughDetail {
  const openDueDates = db
    .select({ dueDate: actionItems.dueDate })
    .from(actionItems)
    .where(
      and(
        eq(actionItems.teamId, params.teamId),
        eq(actionItems.partnershipId, params.partnershipId),
        eq(actionItems.status, 'open'),
      ),
    )
    .orderBy(asc(actionItems.dueDate))
    .all()
    .map((r) => r.dueDate);
  const notes = db
    .select()
    .from(meetingNotes)
    .where(and(eq(meetingNotes.teamId, params.teamId), eq(meetingNotes.partnershipId, params.partnershipId)))
    .orderBy(desc(meetingNotes.meetingDate), desc(meetingNotes.id))
    .limit(NOTES_SHOWN)
    .all();
  const leaveRows =
    params.userIds.length === 0
      ? []
      : db
          .select()
          .from(leaves)
          .where(and(eq(leaves.teamId, params.teamId), inArray(leaves.userId, [...params.userIds])))
          .orderBy(desc(leaves.toDate))
          .limit(200)
          .all();
  return { openDueDates, notes, leaves: leaveRows };
}
