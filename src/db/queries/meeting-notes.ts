import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  deliveries,
  type MeetingNotes,
  meetingNotes,
  type ScheduleKind,
  schedules,
} from '../schema/index.js';
import { writeAudit } from './audit.js';

export interface MeetingNotesFields {
  meetingDate: string;
  attendees: string[];
  decisions: string[];
}

export function getMeetingNotes(db: Db, params: { teamId: string; id: number }): MeetingNotes | undefined {
  return db
    .select()
    .from(meetingNotes)
    .where(and(eq(meetingNotes.teamId, params.teamId), eq(meetingNotes.id, params.id)))
    .get();
}

/** The notes of the meeting a reminder announced, if any were recorded. */
export function getNotesOfDelivery(
  db: Db,
  params: { teamId: string; deliveryId: number },
): MeetingNotes | undefined {
  return db
    .select()
    .from(meetingNotes)
    .where(and(eq(meetingNotes.teamId, params.teamId), eq(meetingNotes.deliveryId, params.deliveryId)))
    .get();
}

/** A partnership's notes, the latest meeting first. */
export function listMeetingNotes(
  db: Db,
  params: { teamId: string; partnershipId: number; limit?: number },
): MeetingNotes[] {
  return db
    .select()
    .from(meetingNotes)
    .where(and(eq(meetingNotes.teamId, params.teamId), eq(meetingNotes.partnershipId, params.partnershipId)))
    .orderBy(desc(meetingNotes.meetingDate), desc(meetingNotes.id))
    .limit(params.limit ?? 10)
    .all();
}

/**
 * Records the notes of a meeting, or edits them when the meeting has notes already (one set per
 * reminder), with the audit row, in one transaction.
 */
export function saveMeetingNotes(
  db: Db,
  params: {
    teamId: string;
    partnershipId: number;
    deliveryId: number | null;
    channelId: string | null;
    threadTs: string | null;
    fields: MeetingNotesFields;
    actorId: string;
    now: Date;
  },
): { before: MeetingNotes | undefined; after: MeetingNotes } {
  return db.transaction((tx) => {
    const before =
      params.deliveryId === null
        ? undefined
        : tx
            .select()
            .from(meetingNotes)
            .where(
              and(eq(meetingNotes.teamId, params.teamId), eq(meetingNotes.deliveryId, params.deliveryId)),
            )
            .get();
    const after = before
      ? tx
          .update(meetingNotes)
          .set({ ...params.fields, updatedAt: params.now })
          .where(eq(meetingNotes.id, before.id))
          .returning()
          .get()
      : tx
          .insert(meetingNotes)
          .values({
            teamId: params.teamId,
            partnershipId: params.partnershipId,
            deliveryId: params.deliveryId,
            channelId: params.channelId,
            threadTs: params.threadTs,
            ...params.fields,
            recordedBy: params.actorId,
            createdAt: params.now,
            updatedAt: params.now,
          })
          .returning()
          .get();
    if (!after) throw new Error('meeting notes vanished while being saved');
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.actorId,
      action: before ? 'notes.update' : 'notes.create',
      entityType: 'meeting_notes',
      entityId: after.id,
      partnershipId: params.partnershipId,
      before: before ?? null,
      after,
      at: params.now,
    });
    return { before, after };
  });
}

/** Stores where the notes were posted, so an edit updates that message. */
export function storeNotesMessage(db: Db, params: { id: number; messageTs: string }): void {
  db.update(meetingNotes).set({ messageTs: params.messageTs }).where(eq(meetingNotes.id, params.id)).run();
}

/** A posted reminder as meeting notes need it: its schedule's kind, partnership and thread. */
export function getReminderForNotes(
  db: Db,
  params: { teamId: string; deliveryId: number },
):
  | {
      deliveryId: number;
      partnershipId: number;
      kind: ScheduleKind;
      dueAt: Date;
      channelId: string | null;
      messageTs: string | null;
    }
  | undefined {
  return db
    .select({
      deliveryId: deliveries.id,
      partnershipId: schedules.partnershipId,
      kind: schedules.kind,
      dueAt: deliveries.dueAt,
      channelId: deliveries.channelId,
      messageTs: deliveries.messageTs,
    })
    .from(deliveries)
    .innerJoin(schedules, eq(schedules.id, deliveries.scheduleId))
    .where(and(eq(deliveries.teamId, params.teamId), eq(deliveries.id, params.deliveryId)))
    .get();
}
