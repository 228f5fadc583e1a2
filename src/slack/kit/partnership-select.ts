import type { InputBlock, PlainTextOption } from '@slack/types';
import type { Partnership } from '../../db/schema/index.js';
import type { Translate } from '../../i18n/index.js';
import { truncate } from './message.js';

/** The block id of the partnership select; its value is the partnership id. */
export const PARTNERSHIP_SELECT_BLOCK = 'partnership';

/** Slack allows 100 options in a static select; option text is at most 75 characters. */
const MAX_OPTIONS = 100;

export function partnershipOption(p: Pick<Partnership, 'id' | 'code' | 'name'>): PlainTextOption {
  return { text: { type: 'plain_text', text: truncate(`${p.code} · ${p.name}`, 75) }, value: String(p.id) };
}

/**
 * The select a modal shows when the command named no partnership code: only the partnerships
 * the user may act on. The server checks the chosen one again on submission.
 */
export function partnershipSelectBlock(
  t: Translate,
  partnerships: readonly Pick<Partnership, 'id' | 'code' | 'name'>[],
  options: { dispatchAction?: boolean; actionId?: string } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: PARTNERSHIP_SELECT_BLOCK,
    dispatch_action: options.dispatchAction ?? false,
    label: { type: 'plain_text', text: t('partnership.select.label') },
    element: {
      type: 'static_select',
      action_id: options.actionId ?? 'partnership_select',
      placeholder: { type: 'plain_text', text: t('partnership.select.placeholder') },
      options: partnerships.slice(0, MAX_OPTIONS).map(partnershipOption),
    },
  };
}
