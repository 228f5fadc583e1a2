/**
 * Meeting minutes (notula) in Block Kit: the modal (attendees, decisions one per line, several
 * action items) and the message posted in the reminder's thread. Pure: data in, blocks out.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import type { ActionItem, MeetingNotes } from '../../../db/schema/index.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { context, section, userText } from '../../kit/blocks.js';
import type { SlackMessage } from '../../kit/message.js';
import { noteBlock, plain, textInput } from '../../kit/modal.js';
import { MAX_ITEM_ROWS, MIN_ITEM_ROWS, notesIds } from './ids.js';

export interface NotesModalData {
  partnership: { code: string; name: string };
  deliveryId: number;
  meetingDate: string;
  notes: MeetingNotes | undefined;
  items: readonly ActionItem[];
}

export function itemRows(existing: number): number {
  return Math.min(MAX_ITEM_ROWS, Math.max(MIN_ITEM_ROWS, existing + 2));
}

export function buildNotesModal(data: NotesModalData, t: Translate, locale: Locale): ModalView {
  const rows = itemRows(data.items.length);
  const blocks: KnownBlock[] = [
    noteBlock(
      t('notes.modal.meeting', {
        code: data.partnership.code,
        name: userText(data.partnership.name, 150),
        date: formatLocalDate(data.meetingDate, locale),
      }),
    ),
    {
      type: 'input',
      block_id: notesIds.attendeesBlock,
      label: plain(t('notes.modal.attendees')),
      element: {
        type: 'multi_users_select',
        action_id: notesIds.attendeesBlock,
        ...(data.notes && data.notes.attendees.length > 0 ? { initial_users: data.notes.attendees } : {}),
      },
    },
    textInput({
      blockId: notesIds.decisionsBlock,
      label: t('notes.modal.decisions'),
      hint: t('notes.modal.decisionsHint'),
      initial: data.notes?.decisions.join('\n'),
      maxLength: 3000,
      multiline: true,
      optional: true,
    }),
    section(t('notes.modal.itemsTitle')),
  ];
  for (let i = 0; i < rows; i++) {
    const item = data.items[i];
    blocks.push(
      textInput({
        blockId: `${notesIds.whatPrefix}${i}`,
        label: t('notes.modal.itemWhat', { n: i + 1 }),
        initial: item?.what,
        maxLength: 500,
        optional: true,
        ...(item ? { hint: t('notes.modal.itemClearHint') } : {}),
      }),
      {
        type: 'input',
        block_id: `${notesIds.ownerPrefix}${i}`,
        optional: true,
        label: plain(t('notes.modal.itemOwner', { n: i + 1 })),
        element: {
          type: 'users_select',
          action_id: `${notesIds.ownerPrefix}${i}`,
          ...(item ? { initial_user: item.ownerUserId } : {}),
        },
      },
      {
        type: 'input',
        block_id: `${notesIds.duePrefix}${i}`,
        optional: true,
        label: plain(t('notes.modal.itemDue', { n: i + 1 })),
        element: {
          type: 'datepicker',
          action_id: `${notesIds.duePrefix}${i}`,
          ...(item ? { initial_date: item.dueDate } : {}),
        },
      },
    );
  }
  return {
    type: 'modal',
    callback_id: notesIds.modal,
    title: plain(t('notes.modal.title'), 24),
    submit: plain(t('notes.modal.save'), 24),
    close: plain(t('notes.modal.cancel'), 24),
    private_metadata: JSON.stringify({
      d: data.deliveryId,
      items: data.items.slice(0, rows).map((i) => i.id),
    }),
    blocks,
  };
}

/** The minutes as posted in the reminder's thread (in the deployment's language). */
export function buildNotesMessage(
  data: { partnership: { code: string }; notes: MeetingNotes; items: readonly ActionItem[] },
  t: Translate,
  locale: Locale,
): SlackMessage {
  const { notes } = data;
  const title = t('notes.message.title', {
    code: data.partnership.code,
    date: formatLocalDate(notes.meetingDate, locale),
  });
  const lines = [`*${title}*`];
  lines.push(
    t('notes.message.attendees', {
      people: notes.attendees.length > 0 ? notes.attendees.map((u) => `<@${u}>`).join(', ') : '—',
    }),
  );
  lines.push(t('notes.message.decisions'));
  if (notes.decisions.length === 0) lines.push(t('notes.message.none'));
  notes.decisions.forEach((d, i) => {
    lines.push(`${i + 1}. ${userText(d, 500)}`);
  });
  lines.push(t('notes.message.items'));
  if (data.items.length === 0) lines.push(t('notes.message.none'));
  for (const item of data.items) {
    lines.push(
      t('notes.message.item', {
        what: userText(item.what, 300),
        owner: item.ownerUserId,
        date: formatLocalDate(item.dueDate, locale),
      }),
    );
  }
  return {
    text: title,
    blocks: [section(lines.join('\n')), context(t('notes.message.footer', { user: notes.recordedBy }))],
  };
}
