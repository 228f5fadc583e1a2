/** The modal of `/mitra cuti`: dates, an optional delegate, and (for admins) whose leave. Pure. */
import type { KnownBlock, ModalView } from '@slack/types';
import type { Leave } from '../../../db/schema/index.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { button, context, section } from '../../kit/blocks.js';
import { plain } from '../../kit/modal.js';
import { leaveIds } from './ids.js';

export function leaveLine(leave: Leave, t: Translate, locale: Locale): string {
  return t(leave.delegateUserId ? 'leave.line.delegate' : 'leave.line', {
    user: leave.userId,
    from: formatLocalDate(leave.fromDate, locale),
    to: formatLocalDate(leave.toDate, locale),
    delegate: leave.delegateUserId ?? '',
  });
}

export function buildLeaveModal(
  data: { userId: string; isAdmin: boolean; current: readonly Leave[]; today: string },
  t: Translate,
  locale: Locale,
): ModalView {
  const blocks: KnownBlock[] = [section(t('leave.modal.intro'))];
  if (data.current.length > 0) {
    blocks.push(context(t('leave.modal.current')));
    for (const leave of data.current) {
      blocks.push({
        ...section(leaveLine(leave, t, locale)),
        block_id: `leave_${leave.id}`,
        accessory: button(t('leave.cancel'), leaveIds.cancelAction, String(leave.id)),
      });
    }
  }
  if (data.isAdmin) {
    blocks.push({
      type: 'input',
      block_id: leaveIds.personBlock,
      label: plain(t('leave.modal.person')),
      hint: plain(t('leave.modal.personHint')),
      element: { type: 'users_select', action_id: leaveIds.personBlock, initial_user: data.userId },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: leaveIds.fromBlock,
      label: plain(t('leave.modal.from')),
      element: { type: 'datepicker', action_id: leaveIds.fromBlock, initial_date: data.today },
    },
    {
      type: 'input',
      block_id: leaveIds.toBlock,
      label: plain(t('leave.modal.to')),
      element: { type: 'datepicker', action_id: leaveIds.toBlock },
    },
    {
      type: 'input',
      block_id: leaveIds.delegateBlock,
      optional: true,
      label: plain(t('leave.modal.delegate')),
      hint: plain(t('leave.modal.delegateHint')),
      element: { type: 'users_select', action_id: leaveIds.delegateBlock },
    },
  );
  return {
    type: 'modal',
    callback_id: leaveIds.modal,
    title: plain(t('leave.modal.title'), 24),
    submit: plain(t('leave.modal.save'), 24),
    close: plain(t('leave.modal.cancel'), 24),
    blocks,
  };
}
