import type { ModalView } from '@slack/types';
import { truncate } from './message.js';

/**
 * A modal that only says something and has a close button: for answers where there is no message
 * to reply under (App Home, a modal), and to replace a form once there is nothing left to submit.
 */
export function buildNoticeModal(params: {
  title: string;
  close: string;
  text: string;
  callbackId?: string;
}): ModalView {
  return {
    type: 'modal',
    ...(params.callbackId ? { callback_id: params.callbackId } : {}),
    title: { type: 'plain_text', text: truncate(params.title, 24) },
    close: { type: 'plain_text', text: truncate(params.close, 24) },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(params.text, 3000) } }],
  };
}
