import type { ModalView } from '@slack/types';
import type { Translate } from '../../i18n/index.js';
import { truncate } from './message.js';

/**
 * What a form turns into once saved: what was saved, and where the charter shows it (a link to the
 * charter message once its permalink is known, else its channel). Replaces a silent close.
 */
export function buildSavedModal(
  t: Translate,
  input: { text: string; code: string; channel: string; permalink?: string | undefined },
): ModalView {
  const where = input.permalink
    ? t('saved.charter.link', { url: input.permalink, code: input.code })
    : t('saved.charter.channel', { code: input.code, channel: input.channel });
  return {
    type: 'modal',
    title: { type: 'plain_text', text: truncate(t('saved.title'), 24) },
    close: { type: 'plain_text', text: truncate(t('saved.close'), 24) },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(input.text, 3000) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(where, 3000) }] },
    ],
  };
}
