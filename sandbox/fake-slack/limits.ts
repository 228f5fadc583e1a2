/**
 * Block Kit validation with Slack's limits. Not a full schema: it checks the shapes and the
 * limits a real app runs into (lengths, counts, required fields, duplicate block_ids, an
 * `initial_option` that is not among the options) and words problems as Slack does:
 * `[ERROR] <problem> [json-pointer:<path>]`.
 */

import { Checker, checkElements, checkImage, checkString, checkTextObject } from './block-checker.js';
import { isObject, LIMITS } from './block-limits.js';
import { ACCESSORY_ELEMENTS, ACTION_ELEMENTS, checkElement, INPUT_ELEMENTS } from './element-checks.js';

function checkBlock(c: Checker, path: string, block: unknown): void {
  if (!isObject(block)) {
    c.error(path, 'must provide an object');
    return;
  }
  if (typeof block.type !== 'string') {
    c.error(`${path}/type`, 'missing required field');
    return;
  }
  checkString(c, `${path}/block_id`, block.block_id, { max: LIMITS.id });
  if (typeof block.block_id === 'string') c.claimBlockId(`${path}/block_id`, block.block_id);

  switch (block.type) {
    case 'section':
      if (block.text === undefined && block.fields === undefined) {
        c.error(path, 'must provide either text or fields');
      }
      checkTextObject(c, `${path}/text`, block.text, { max: LIMITS.sectionText });
      if (block.fields !== undefined) {
        checkElements(c, `${path}/fields`, block.fields, LIMITS.sectionFields, (p, field) =>
          checkTextObject(c, p, field, { max: LIMITS.sectionFieldText, required: true }),
        );
      }
      if (block.accessory !== undefined)
        checkElement(c, `${path}/accessory`, block.accessory, ACCESSORY_ELEMENTS);
      return;
    case 'header':
      checkTextObject(c, `${path}/text`, block.text, {
        max: LIMITS.headerText,
        required: true,
        plainOnly: true,
      });
      return;
    case 'divider':
      return;
    case 'context':
      checkElements(c, `${path}/elements`, block.elements, LIMITS.contextElements, (p, el) => {
        if (isObject(el) && el.type === 'image') {
          checkImage(c, p, el);
          return;
        }
        checkTextObject(c, p, el, { max: LIMITS.sectionText, required: true });
      });
      return;
    case 'actions':
      checkElements(c, `${path}/elements`, block.elements, LIMITS.actionsElements, (p, el) =>
        checkElement(c, p, el, ACTION_ELEMENTS),
      );
      return;
    case 'input':
      if (c.surface === 'message') {
        c.error(`${path}/type`, 'input blocks are only allowed in views');
        return;
      }
      checkTextObject(c, `${path}/label`, block.label, {
        max: LIMITS.inputLabel,
        required: true,
        plainOnly: true,
      });
      checkTextObject(c, `${path}/hint`, block.hint, { max: LIMITS.inputHint, plainOnly: true });
      if (block.element === undefined) {
        c.error(`${path}/element`, 'missing required field');
        return;
      }
      checkElement(c, `${path}/element`, block.element, INPUT_ELEMENTS);
      return;
    case 'image':
      checkImage(c, path, block);
      checkTextObject(c, `${path}/title`, block.title, { max: LIMITS.altText, plainOnly: true });
      return;
    case 'rich_text':
      if (!Array.isArray(block.elements)) c.error(`${path}/elements`, 'must provide an array');
      return;
    case 'markdown':
      checkString(c, `${path}/text`, block.text, { max: LIMITS.markdownText, required: true });
      return;
    case 'file':
    case 'video':
      return;
    default:
      c.error(`${path}/type`, `unsupported block type: ${block.type}`);
  }
}

function checkBlocks(c: Checker, path: string, blocks: unknown, max: number): void {
  if (!Array.isArray(blocks)) {
    c.error(path, 'must provide an array');
    return;
  }
  if (blocks.length > max) c.error(path, `no more than ${max} items allowed`);
  blocks.forEach((block, i) => {
    checkBlock(c, `${path}/${i}`, block);
  });
}

export type MessageBlocksProblem =
  | { error: 'invalid_blocks_format' }
  | { error: 'invalid_blocks'; messages: string[] };

/** Validates the `blocks` of chat.postMessage / postEphemeral / update and response_url posts. */
export function validateMessageBlocks(blocks: unknown): MessageBlocksProblem | null {
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks_format' };
  const c = new Checker('message');
  checkBlocks(c, '/blocks', blocks, LIMITS.messageBlocks);
  return c.messages.length > 0 ? { error: 'invalid_blocks', messages: c.messages } : null;
}

export interface ViewProblem {
  error: 'invalid_arguments' | 'view_too_large';
  messages: string[];
}

/**
 * Validates a view given to views.open/push/update/publish or a `response_action`.
 * Like Slack, problems in a view come back as `invalid_arguments` with messages.
 */
export function validateView(view: unknown, expectedType?: 'modal' | 'home'): ViewProblem | null {
  if (!isObject(view)) {
    const problem = view === undefined ? 'missing required field: view' : 'must provide a JSON object';
    return { error: 'invalid_arguments', messages: [`[ERROR] ${problem} [json-pointer:/view]`] };
  }
  if (Buffer.byteLength(JSON.stringify(view)) > LIMITS.viewJsonBytes) {
    return { error: 'view_too_large', messages: [] };
  }
  const type = view.type;
  if (type !== 'modal' && type !== 'home') {
    return {
      error: 'invalid_arguments',
      messages: ['[ERROR] must be one of: modal, home [json-pointer:/view/type]'],
    };
  }
  const c = new Checker(type);
  if (expectedType && type !== expectedType) c.error('/view/type', `must be ${expectedType}`);
  if (type === 'modal') {
    checkTextObject(c, '/view/title', view.title, {
      max: LIMITS.modalTitle,
      required: true,
      plainOnly: true,
    });
    checkTextObject(c, '/view/submit', view.submit, { max: LIMITS.modalButton, plainOnly: true });
    checkTextObject(c, '/view/close', view.close, { max: LIMITS.modalButton, plainOnly: true });
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === 'input');
    if (hasInput && view.submit === undefined)
      c.error('/view/submit', 'submit is required when an input block is present');
  }
  if (view.blocks === undefined) c.error('/view/blocks', 'missing required field');
  else checkBlocks(c, '/view/blocks', view.blocks, LIMITS.viewBlocks);
  checkString(c, '/view/private_metadata', view.private_metadata, { max: LIMITS.privateMetadata });
  checkString(c, '/view/callback_id', view.callback_id, { max: LIMITS.callbackId });
  checkString(c, '/view/external_id', view.external_id, { max: LIMITS.externalId });
  return c.messages.length > 0 ? { error: 'invalid_arguments', messages: c.messages } : null;
}
