/**
 * The render context every Block Kit renderer shares: the page's words, lookups and entries, and
 * the registry of interactive elements (`ctx.elements`, keyed by the `data-el` attribute).
 */
import { mrkdwnToHtml, plainTextToHtml } from './mrkdwn.js';

const DEFAULT_STRINGS = {
  select: 'Select an option',
  selectUser: 'Select a person',
  selectConversation: 'Select a conversation',
  optional: '(optional)',
  image: 'Image',
  file: 'File',
  unsupported: 'Block not shown in the sandbox',
  more: 'More actions',
};

/**
 * ctx options: `lookup` ({ userName(id), channelName(id) } for mentions), `users` and `channels`
 * ([{ id, label }] for the user and conversation selects), `strings` (the page's words),
 * `valueFor(blockId, actionId)` (what the user already entered, as a view state value),
 * `errors` ({ [blockId]: message } from `response_action: 'errors'`).
 */
export function createRenderContext(options = {}) {
  return {
    lookup: options.lookup ?? {},
    users: options.users ?? [],
    channels: options.channels ?? [],
    strings: { ...DEFAULT_STRINGS, ...options.strings },
    valueFor: options.valueFor ?? (() => undefined),
    errors: options.errors ?? {},
    elements: new Map(),
    /** Keys start with it, so several rendered areas of one page never share a key. */
    prefix: options.prefix ?? 'e',
    next: 0,
  };
}

/** Text objects: mrkdwn or plain_text. */
export function textHtml(object, ctx) {
  if (!object || typeof object.text !== 'string') return '';
  return object.type === 'mrkdwn'
    ? mrkdwnToHtml(object.text, ctx.lookup)
    : plainTextToHtml(object.text, object.emoji !== false);
}

/** Registers an interactive element and returns its `data-el` key. */
export function register(ctx, element, blockId, place, dispatch) {
  const key = `${ctx.prefix}${ctx.next++}`;
  // Outside input blocks every change is an action; inside, only when the block asks (dispatch_action).
  ctx.elements.set(key, { element, blockId, place, dispatch: place !== 'input' || dispatch === true });
  return key;
}
