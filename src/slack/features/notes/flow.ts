/**
 * What happens with meeting minutes: who may record them, the modal for a reminder's meeting, and
 * the minutes posted (then kept up to date) in the reminder's thread. The only file others import.
 */
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { listActionItemsOfNotes } from '../../../db/queries/action-items.js';
import {
  getMeetingNotes,
  getNotesOfDelivery,
  getReminderForNotes,
  storeNotesMessage,
} from '../../../db/queries/meeting-notes.js';
import { getPartnershipById, loadActor } from '../../../db/queries/partnerships.js';
import type { MeetingNotes, Partnership } from '../../../db/schema/index.js';
import { type Actor, canManagePartnership } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, type MessageKey, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { postOnce, updateInChannel } from '../../kit/post.js';
import { notesKey } from '../../kit/post-keys.js';
import { buildNotesMessage, buildNotesModal } from './view.js';

/** Coordinators and admins, anyone with a role in the partnership, and the attendees recorded. */
export function mayRecordNotes(actor: Actor, notes: Pick<MeetingNotes, 'attendees'> | undefined): boolean {
  return (
    canManagePartnership(actor) ||
    actor.roles.length > 0 ||
    (notes?.attendees.includes(actor.userId) ?? false)
  );
}

export type NotesContext =
  | {
      ok: true;
      reminder: NonNullable<ReturnType<typeof getReminderForNotes>>;
      partnership: Partnership;
      notes: MeetingNotes | undefined;
      actor: Actor;
      meetingDate: string;
    }
  | { ok: false; key: MessageKey; code?: string };

/** The meeting of a reminder, for this user: its partnership, its notes so far, and whether they may. */
export function notesContext(
  services: Services,
  params: { teamId: string; userId: string; deliveryId: number },
): NotesContext {
  const reminder = getReminderForNotes(services.db, params);
  const partnership =
    reminder && getPartnershipById(services.db, { teamId: params.teamId, id: reminder.partnershipId });
  if (!reminder || !partnership || (reminder.kind !== 'meeting' && reminder.kind !== 'checkin'))
    return { ok: false, key: 'notes.notFound' };
  const notes = getNotesOfDelivery(services.db, params);
  const actor = loadActor(services.db, {
    teamId: params.teamId,
    partnershipId: partnership.id,
    userId: params.userId,
    admins: services.config.admins,
  });
  if (!mayRecordNotes(actor, notes)) return { ok: false, key: 'notes.notAllowed', code: partnership.code };
  return {
    ok: true,
    reminder,
    partnership,
    notes,
    actor,
    meetingDate: notes?.meetingDate ?? localDateOf(reminder.dueAt, partnership.timeZone),
  };
}

export function notesModalFor(
  services: Services,
  ctx: NotesContext & { ok: true },
  locale: Locale,
): ModalView {
  const items = ctx.notes
    ? listActionItemsOfNotes(services.db, { teamId: ctx.partnership.teamId, notesId: ctx.notes.id })
    : [];
  return buildNotesModal(
    {
      partnership: ctx.partnership,
      deliveryId: ctx.reminder.deliveryId,
      meetingDate: ctx.meetingDate,
      notes: ctx.notes,
      items,
    },
    translator(locale),
    locale,
  );
}

/**
 * Posts the minutes in the reminder's thread, once (the key is the notes' id), or updates the
 * message posted before. A failure is logged: the minutes are saved and shown in `lihat` anyway.
 */
export async function postNotes(
  services: Services,
  client: WebClient,
  params: { teamId: string; notesId: number },
): Promise<void> {
  const notes = getMeetingNotes(services.db, { teamId: params.teamId, id: params.notesId });
  const partnership =
    notes && getPartnershipById(services.db, { teamId: params.teamId, id: notes.partnershipId });
  if (!notes || !partnership) return;
  const locale = services.config.locale;
  const items = listActionItemsOfNotes(services.db, { teamId: params.teamId, notesId: notes.id });
  const message = buildNotesMessage({ partnership, notes, items }, translator(locale), locale);
  const channel = notes.channelId ?? partnership.channelId;
  if (notes.messageTs) {
    const updated = await updateInChannel(client, { channel, ts: notes.messageTs, ...message });
    if (!updated.ok)
      services.logger.warn({ notes: notes.id, error: updated.error }, 'could not update the minutes');
    return;
  }
  const posted = await postOnce(
    client,
    { channel, ...message, ...(notes.threadTs ? { thread_ts: notes.threadTs } : {}) },
    { key: notesKey(notes.id), lookFirst: {}, log: services.logger },
  );
  if (posted.ok) storeNotesMessage(services.db, { id: notes.id, messageTs: posted.ts });
  else services.logger.warn({ notes: notes.id, error: posted.error }, 'could not post the minutes');
}
