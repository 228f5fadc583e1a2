/**
 * The modal of `/mitra libur`: the coming national holidays (from `date-holidays`), the dates
 * admins added with a remove button each, and a form to add one. Pure: data in, Block Kit out.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';

import { type Locale, t as translate } from '../../../i18n/index.js';
import { versionedBlockId as blockId } from '../../kit/block-ids.js';
import { section } from '../../kit/blocks.js';
import { escapeMrkdwn, truncate } from '../../kit/message.js';
import { holidaysIds } from './ids.js';

export interface HolidaysModalData {
  locale: Locale;
  /** Coming national holidays, oldest first. */
  national: readonly { date: string; name: string }[];
  /** Coming admin-added dates, oldest first. */
  extra: readonly { id: number; date: string; name: string }[];
  /** A line saying what just changed, already translated. */
  notice?: string;
  /** Bumped after an addition so the inputs come back empty (Slack keeps values of unchanged block ids). */
  generation: number;
}

/** National lines in one section (≤ 3000 characters); extra dates one block each, at most this many. */
export const MAX_EXTRA_BLOCKS = 60;
const MAX_NATIONAL_LINES = 40;

const plain = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 75) });
export function buildHolidaysModal(data: HolidaysModalData): ModalView {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(data.locale, key, params);
  const line = (h: { date: string; name: string }) =>
    `• ${formatLocalDate(h.date, data.locale)} — ${escapeMrkdwn(truncate(h.name, 150))}`;
  const blocks: KnownBlock[] = [];
  if (data.notice)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(data.notice, 3000) }] });
  blocks.push(section(t('holiday.modal.intro')));

  const national = data.national.slice(0, MAX_NATIONAL_LINES).map(line);
  if (data.national.length > MAX_NATIONAL_LINES) {
    national.push(t('holiday.modal.more', { count: data.national.length - MAX_NATIONAL_LINES }));
  }
  blocks.push(
    section(
      [
        t('holiday.modal.national'),
        ...(national.length > 0 ? national : [t('holiday.modal.nationalNone')]),
      ].join('\n'),
    ),
  );

  blocks.push({ type: 'divider' }, section(t('holiday.modal.extra')));
  if (data.extra.length === 0)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t('holiday.modal.extraNone') }] });
  for (const holiday of data.extra.slice(0, MAX_EXTRA_BLOCKS)) {
    const date = formatLocalDate(holiday.date, data.locale);
    blocks.push({
      ...section(line(holiday)),
      block_id: `holiday_${holiday.id}`,
      accessory: {
        type: 'button',
        action_id: holidaysIds.holidayRemoveAction,
        value: String(holiday.id),
        text: plain(t('holiday.remove.button')),
        confirm: {
          title: plain(t('holiday.remove.confirmTitle')),
          text: {
            type: 'plain_text',
            text: truncate(t('holiday.remove.confirmText', { date, name: holiday.name }), 300),
          },
          confirm: plain(t('holiday.remove.confirm')),
          deny: plain(t('holiday.remove.deny')),
          style: 'danger',
        },
      },
    });
  }
  if (data.extra.length > MAX_EXTRA_BLOCKS) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: t('holiday.modal.more', { count: data.extra.length - MAX_EXTRA_BLOCKS }) },
      ],
    });
  }

  blocks.push(
    { type: 'divider' },
    section(t('holiday.modal.add')),
    {
      type: 'input',
      block_id: blockId(holidaysIds.holidayDateBlock, data.generation),
      label: plain(t('holiday.modal.date.label')),
      element: { type: 'datepicker', action_id: 'holiday_date_input' },
    },
    {
      type: 'input',
      block_id: blockId(holidaysIds.holidayNameBlock, data.generation),
      label: plain(t('holiday.modal.name.label')),
      element: {
        type: 'plain_text_input',
        action_id: 'holiday_name_input',
        max_length: 100,
        placeholder: plain(t('holiday.modal.name.placeholder')),
      },
    },
  );

  return {
    type: 'modal',
    callback_id: holidaysIds.holidaysModal,
    title: plain(truncate(t('holiday.modal.title'), 24)),
    submit: plain(truncate(t('holiday.modal.submit'), 24)),
    close: plain(truncate(t('holiday.modal.close'), 24)),
    private_metadata: JSON.stringify({ g: data.generation }),
    blocks,
  };
}
