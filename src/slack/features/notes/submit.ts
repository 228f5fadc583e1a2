import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import {
  type ActionItemFields,
  changeActionItem,
  createActionItems,
  deleteActionItems,
  listActionItemsOfNotes,
} from '../../../db/queries/action-items.js';
import { saveMeetingNotes } from '../../../db/queries/meeting-notes.js';
import { decisionLines } from '../../../domain/follow-through.js';
import { isValidLocalDate, localDateOf } from '../../../domain/time/calendar.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import type { SubmitArgs } from '../../kit/submission.js';
import { type FieldErrors, parseJson, readViewState } from '../../kit/view-state.js';
import { unitOfOwner } from '../actions/flow.js';
import { afterChange } from '../charter/flow.js';
import { notesContext, postNotes } from './flow.js';
import { MAX_ITEM_ROWS, notesIds } from './ids.js';

const metadata = z.object({
  d: z.number().int().positive(),
  items: z.array(z.number().int().positive()).max(MAX_ITEM_ROWS),
});
const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

interface Row {
  index: number;
  existingId: number | undefined;
  fields: ActionItemFields | undefined;
}

function submitNotes(services: Services) {
  return async (args: SubmitArgs) => {
    const { body, view, client } = args;
    const locale = await services.locales.forUserQuickly(client, body.user.id);
    const t = translator(locale);
    const meta = metadata.safeParse(parseJson(view.private_metadata));
    if (!meta.success) {
      await args.ack(
        refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: body.user.id }),
      );
      return;
    }
    const teamId = body.team?.id ?? view.team_id;
    const ctx = notesContext(services, { teamId, userId: body.user.id, deliveryId: meta.data.d });
    if (!ctx.ok) {
      await args.ack({
        response_action: 'errors',
        errors: { [notesIds.attendeesBlock]: t(ctx.key, { code: ctx.code ?? '' }) },
      });
      return;
    }
    const values = readViewState(view.state.values);
    const attendees = Array.isArray(values[notesIds.attendeesBlock])
      ? (values[notesIds.attendeesBlock] as unknown[]).filter((u): u is string => userId.safeParse(u).success)
      : [];
    const today = localDateOf(services.clock(), ctx.partnership.timeZone);
    const errors: FieldErrors = {};
    if (attendees.length === 0) errors[notesIds.attendeesBlock] = t('validation.required');
    const existing = ctx.notes ? listActionItemsOfNotes(services.db, { teamId, notesId: ctx.notes.id }) : [];
    const rows: Row[] = [];
    for (let i = 0; i < MAX_ITEM_ROWS; i++) {
      const whatBlock = `${notesIds.whatPrefix}${i}`;
      if (!(whatBlock in values)) break;
      const existingId = meta.data.items[i];
      const before = existing.find((item) => item.id === existingId);
      const what = text(values[whatBlock]);
      const owner = values[`${notesIds.ownerPrefix}${i}`];
      const due = text(values[`${notesIds.duePrefix}${i}`]);
      if (what === '') {
        rows.push({ index: i, existingId: before?.id, fields: undefined });
        continue;
      }
      if (!userId.safeParse(owner).success) errors[`${notesIds.ownerPrefix}${i}`] = t('notes.error.owner');
      if (!isValidLocalDate(due)) errors[`${notesIds.duePrefix}${i}`] = t('notes.error.due');
      else if (due < today && due !== before?.dueDate)
        errors[`${notesIds.duePrefix}${i}`] = t('action.error.past');
      if (errors[`${notesIds.ownerPrefix}${i}`] || errors[`${notesIds.duePrefix}${i}`]) continue;
      const ownerId = String(owner);
      rows.push({
        index: i,
        existingId: before?.id,
        fields: {
          what,
          ownerUserId: ownerId,
          ownerUnitId:
            before && before.ownerUserId === ownerId
              ? before.ownerUnitId
              : unitOfOwner(services, { teamId, partnershipId: ctx.partnership.id, userId: ownerId }),
          dueDate: due,
        },
      });
    }
    if (Object.keys(errors).length > 0) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack();
    const now = services.clock();
    const saved = saveMeetingNotes(services.db, {
      teamId,
      partnershipId: ctx.partnership.id,
      deliveryId: ctx.reminder.deliveryId,
      channelId: ctx.reminder.channelId,
      threadTs: ctx.reminder.messageTs,
      fields: {
        meetingDate: ctx.meetingDate,
        attendees,
        decisions: decisionLines(text(values[notesIds.decisionsBlock])),
      },
      actorId: body.user.id,
      now,
    });
    const created: ActionItemFields[] = [];
    for (const row of rows) {
      if (row.existingId !== undefined && row.fields) {
        changeActionItem(services.db, {
          teamId,
          id: row.existingId,
          change: { kind: 'edit', fields: row.fields },
          actorId: body.user.id,
          now,
        });
      } else if (row.fields) created.push(row.fields);
    }
    deleteActionItems(services.db, {
      teamId,
      ids: rows.filter((r) => r.existingId !== undefined && !r.fields).map((r) => r.existingId as number),
      actorId: body.user.id,
      now,
    });
    createActionItems(services.db, {
      teamId,
      partnershipId: ctx.partnership.id,
      items: created,
      origin: { source: 'notes', notesId: saved.after.id },
      actorId: body.user.id,
      now,
    });
    await postNotes(services, client, { teamId, notesId: saved.after.id });
    await afterChange(services, client, {
      teamId,
      partnershipId: ctx.partnership.id,
      homeUserIds: [...new Set(rows.flatMap((r) => (r.fields ? [r.fields.ownerUserId] : [])))],
    });
  };
}

export function registerNotesViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(notesIds.modal, submitNotes(services));
}
