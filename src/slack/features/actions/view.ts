/**
 * Action items (tindak lanjut) in Block Kit: one item's line, the list of `/mitra tindak`, the
 * buttons an owner and a coordinator get, and the modals. Pure: data in, blocks out.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import type { ActionItem } from '../../../db/schema/index.js';
import { isOverdue } from '../../../domain/follow-through.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { button, context, section, userText } from '../../kit/blocks.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { noteBlock, option, plain, textInput } from '../../kit/modal.js';
import { actionsIds, type ItemPlace, itemBlockId } from './ids.js';

export interface ItemViewContext {
  t: Translate;
  locale: Locale;
  /** Today in the partnership's zone. */
  today: string;
}

/** Slack shows 50 blocks in a message; each item takes two. */
export const ITEMS_SHOWN = 20;

/** "*Kirim data* — @owner · jatuh tempo Senin, 9 Maret 2026 · ⚠️ terlambat" */
export function itemLine(item: ActionItem, ctx: ItemViewContext, options: { code?: string } = {}): string {
  const { t, locale } = ctx;
  const parts = [
    `${options.code ? `${options.code} · ` : ''}*${userText(item.what, 300)}*`,
    `<@${item.ownerUserId}>`,
    t('action.due', { date: formatLocalDate(item.dueDate, locale) }),
  ];
  if (item.status === 'done') parts.push(t('action.state.done'));
  else if (isOverdue(item, ctx.today)) parts.push(t('action.state.overdue'));
  if (item.requestStatus === 'pending' && item.requestedDueDate)
    parts.push(t('action.state.requested', { date: formatLocalDate(item.requestedDueDate, locale) }));
  const lines = [parts.join(' · ')];
  if (item.note) lines.push(t('action.noteLine', { note: userText(item.note, 300) }));
  if (item.evidenceUrl) lines.push(t('action.evidenceLine', { url: escapeMrkdwn(item.evidenceUrl) }));
  if (item.sourceLink) lines.push(t('action.sourceLine', { url: escapeMrkdwn(item.sourceLink) }));
  return lines.join('\n');
}

/** The buttons under an item: the owner's (done, note, new date) and a coordinator's decision. */
export function itemButtons(
  item: ActionItem,
  ctx: ItemViewContext,
  viewer: { userId: string; canManage: boolean },
  place: ItemPlace,
): KnownBlock | undefined {
  const { t } = ctx;
  const value = String(item.id);
  const elements = [];
  const mayAct = viewer.canManage || viewer.userId === item.ownerUserId;
  if (item.status === 'open' && mayAct) {
    elements.push(
      button(t('action.button.done'), actionsIds.done, value, 'primary'),
      button(t('action.button.note'), actionsIds.note, value),
    );
    if (item.requestStatus !== 'pending')
      elements.push(button(t('action.button.newDate'), actionsIds.newDate, value));
  }
  if (item.status === 'open' && item.requestStatus === 'pending' && viewer.canManage) {
    elements.push(
      button(t('action.button.approve'), actionsIds.approveDate, value, 'primary'),
      button(t('action.button.reject'), actionsIds.rejectDate, value, 'danger'),
    );
  }
  if (elements.length === 0) return undefined;
  return { type: 'actions', block_id: itemBlockId(place, item.id), elements };
}

/** One item as blocks: its line, and its buttons when the viewer may use them. */
export function itemBlocks(
  item: ActionItem,
  ctx: ItemViewContext,
  viewer: { userId: string; canManage: boolean },
  place: ItemPlace,
  options: { code?: string } = {},
): KnownBlock[] {
  const buttons = itemButtons(item, ctx, viewer, place);
  return [section(itemLine(item, ctx, options)), ...(buttons ? [buttons] : [])];
}

/** The answer to `/mitra tindak KODE`: the open items, soonest due first. */
export function buildItemsList(
  data: {
    partnership: { code: string; name: string };
    items: readonly ActionItem[];
    viewer: { userId: string; canManage: boolean };
  },
  ctx: ItemViewContext,
): { text: string; blocks: KnownBlock[] } {
  const { t } = ctx;
  const { partnership, items } = data;
  const overdue = items.filter((i) => isOverdue(i, ctx.today)).length;
  const title = t('action.list.title', {
    code: partnership.code,
    name: userText(partnership.name, 150),
    count: items.length,
    overdue,
  });
  const blocks: KnownBlock[] = [section(title)];
  if (items.length === 0) blocks.push(context(t('action.list.empty', { code: partnership.code })));
  for (const item of items.slice(0, ITEMS_SHOWN)) blocks.push(...itemBlocks(item, ctx, data.viewer, 'list'));
  if (items.length > ITEMS_SHOWN)
    blocks.push(context(t('action.list.more', { count: items.length - ITEMS_SHOWN })));
  blocks.push(context(t('action.list.hint')));
  return { text: title, blocks };
}

const frame = (
  t: Translate,
  title: string,
  callbackId: string,
  metadata: unknown,
  blocks: KnownBlock[],
): ModalView => ({
  type: 'modal',
  callback_id: callbackId,
  title: plain(title, 24),
  submit: plain(t('action.modal.save'), 24),
  close: plain(t('action.modal.cancel'), 24),
  private_metadata: JSON.stringify(metadata),
  blocks,
});

/** The note and evidence link of one item. */
export function buildNoteModal(item: ActionItem, ctx: ItemViewContext): ModalView {
  const { t } = ctx;
  return frame(t, t('action.noteModal.title'), actionsIds.noteModal, { itemId: item.id }, [
    noteBlock(itemLine(item, ctx)),
    textInput({
      blockId: actionsIds.noteBlock,
      label: t('action.noteModal.note'),
      initial: item.note ?? undefined,
      maxLength: 1000,
      multiline: true,
      optional: true,
    }),
    textInput({
      blockId: actionsIds.evidenceBlock,
      label: t('action.noteModal.evidence'),
      placeholder: 'https://…',
      initial: item.evidenceUrl ?? undefined,
      maxLength: 500,
      optional: true,
      hint: t('action.noteModal.evidenceHint'),
    }),
  ]);
}

/** Asking a coordinator for a new due date. */
export function buildDateModal(item: ActionItem, ctx: ItemViewContext): ModalView {
  const { t } = ctx;
  return frame(t, t('action.dateModal.title'), actionsIds.dateModal, { itemId: item.id }, [
    noteBlock(itemLine(item, ctx)),
    {
      type: 'input',
      block_id: actionsIds.dateBlock,
      label: plain(t('action.dateModal.date')),
      element: { type: 'datepicker', action_id: actionsIds.dateBlock },
    },
    textInput({
      blockId: actionsIds.reasonBlock,
      label: t('action.dateModal.reason'),
      maxLength: 500,
      multiline: true,
    }),
  ]);
}

/** What a new item is made from, carried in the modal's private_metadata. */
export interface CreateOrigin {
  source: 'message' | 'evaluation';
  link: string | null;
  cycleId: number | null;
  dimension: string | null;
}

/** A new item, pre-filled from a message or an evaluation's suggestion. */
export function buildCreateModal(
  data: {
    partnerships: readonly { id: number; code: string; name: string }[];
    units: readonly { id: number; code: string; name: string }[];
    what: string;
    origin: CreateOrigin;
  },
  ctx: ItemViewContext,
): ModalView {
  const { t } = ctx;
  const [only] = data.partnerships;
  const blocks: KnownBlock[] = [];
  if (data.partnerships.length === 1 && only) {
    blocks.push(
      noteBlock(t('action.create.partnership', { code: only.code, name: userText(only.name, 150) })),
    );
  } else {
    blocks.push({
      type: 'input',
      block_id: actionsIds.partnershipBlock,
      label: plain(t('action.create.choosePartnership')),
      element: {
        type: 'static_select',
        action_id: actionsIds.partnershipBlock,
        options: data.partnerships.slice(0, 100).map((p) => option(`${p.code} · ${p.name}`, String(p.id))),
      },
    });
  }
  blocks.push(
    textInput({
      blockId: actionsIds.whatBlock,
      label: t('action.create.what'),
      initial: data.what,
      maxLength: 500,
      multiline: true,
    }),
    {
      type: 'input',
      block_id: actionsIds.ownerBlock,
      label: plain(t('action.create.owner')),
      element: { type: 'users_select', action_id: actionsIds.ownerBlock },
    },
  );
  if (data.units.length > 0) {
    blocks.push({
      type: 'input',
      block_id: actionsIds.unitBlock,
      optional: true,
      label: plain(t('action.create.unit')),
      hint: plain(t('action.create.unitHint')),
      element: {
        type: 'static_select',
        action_id: actionsIds.unitBlock,
        options: data.units.slice(0, 100).map((u) => option(`${u.code} · ${u.name}`, String(u.id))),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: actionsIds.dueBlock,
    label: plain(t('action.create.due')),
    element: { type: 'datepicker', action_id: actionsIds.dueBlock },
  });
  if (data.origin.link)
    blocks.push(noteBlock(t('action.sourceLine', { url: escapeMrkdwn(data.origin.link) })));
  return frame(
    t,
    t('action.create.title'),
    actionsIds.createModal,
    { p: data.partnerships.map((p) => p.id), ...data.origin },
    blocks,
  );
}
