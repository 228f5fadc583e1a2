/**
 * Block Kit validation with Slack's limits. Not a full schema: it checks the shapes and the
 * limits a real app runs into (lengths, counts, required fields, duplicate block_ids, an
 * `initial_option` that is not among the options) and words problems as Slack does:
 * `[ERROR] <problem> [json-pointer:<path>]`.
 */
import type { JsonObject } from './types.js';

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  id: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  placeholder: 150,
  choiceOptions: 10,
  overflowOptions: 5,
  inputLabel: 2000,
  inputHint: 2000,
  textInputLength: 3000,
  altText: 2000,
  markdownText: 12_000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  externalId: 255,
  /** Slack documents `view_too_large` as "greater than 250kb". */
  viewJsonBytes: 250_000,
} as const;

export type Surface = 'message' | 'modal' | 'home';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Slack counts characters, not UTF-16 units, so an emoji counts once. */
export function charCount(text: string): number {
  return [...text].length;
}

class Checker {
  readonly messages: string[] = [];
  private readonly blockIds = new Set<string>();

  constructor(readonly surface: Surface) {}

  error(path: string, problem: string): void {
    this.messages.push(`[ERROR] ${problem} [json-pointer:${path}]`);
  }

  /** Slack refuses two blocks with the same block_id in one message or view. */
  claimBlockId(path: string, blockId: string): void {
    if (this.blockIds.has(blockId)) this.error(path, `duplicate block_id: ${blockId}`);
    this.blockIds.add(blockId);
  }
}

interface StringRule {
  max: number;
  required?: boolean;
}

function checkString(c: Checker, path: string, value: unknown, rule: StringRule): void {
  if (value === undefined || value === null) {
    if (rule.required) c.error(path, 'missing required field');
    return;
  }
  if (typeof value !== 'string') {
    c.error(path, 'must be a string');
    return;
  }
  if (rule.required && value.length === 0) c.error(path, 'must be more than 0 characters');
  if (charCount(value) > rule.max) c.error(path, `must be less than ${rule.max + 1} characters`);
}

interface TextRule extends StringRule {
  plainOnly?: boolean;
}

function checkTextObject(c: Checker, path: string, value: unknown, rule: TextRule): void {
  if (value === undefined || value === null) {
    if (rule.required) c.error(path, 'missing required field');
    return;
  }
  if (!isObject(value)) {
    c.error(path, 'must provide an object');
    return;
  }
  const allowed = rule.plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];
  if (typeof value.type !== 'string' || !allowed.includes(value.type)) {
    c.error(`${path}/type`, `must be one of: ${allowed.join(', ')}`);
  }
  checkString(c, `${path}/text`, value.text, { max: rule.max, required: true });
}

function checkConfirm(c: Checker, path: string, value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    c.error(path, 'must provide an object');
    return;
  }
  checkTextObject(c, `${path}/title`, value.title, { max: LIMITS.confirmTitle, plainOnly: true });
  checkTextObject(c, `${path}/text`, value.text, { max: LIMITS.confirmText, required: true });
  checkTextObject(c, `${path}/confirm`, value.confirm, { max: LIMITS.confirmButton, plainOnly: true });
  checkTextObject(c, `${path}/deny`, value.deny, { max: LIMITS.confirmButton, plainOnly: true });
}

function checkOption(c: Checker, path: string, option: unknown, plainOnly: boolean): void {
  if (!isObject(option)) {
    c.error(path, 'must provide an object');
    return;
  }
  checkTextObject(c, `${path}/text`, option.text, { max: LIMITS.optionText, required: true, plainOnly });
  checkString(c, `${path}/value`, option.value, { max: LIMITS.optionValue, required: true });
  checkTextObject(c, `${path}/description`, option.description, { max: LIMITS.optionDescription, plainOnly });
}

/** Checks an `options` array and returns the options it holds, for initial_option checks. */
function checkOptions(
  c: Checker,
  path: string,
  options: unknown,
  max: number,
  plainOnly: boolean,
): JsonObject[] {
  if (!Array.isArray(options)) {
    c.error(path, 'must provide an array');
    return [];
  }
  if (options.length === 0) c.error(path, 'must provide at least 1 items');
  if (options.length > max) c.error(path, `no more than ${max} items allowed`);
  options.forEach((option, i) => {
    checkOption(c, `${path}/${i}`, option, plainOnly);
  });
  return options.filter(isObject);
}

function optionKey(option: unknown): string {
  if (!isObject(option)) return '';
  const text = isObject(option.text) ? option.text.text : undefined;
  return JSON.stringify([text, option.value]);
}

/** Slack refuses an initial option that is not exactly one of the options. */
function checkInitialOptions(c: Checker, path: string, initial: unknown, options: JsonObject[]): void {
  if (initial === undefined) return;
  const known = new Set(options.map(optionKey));
  const chosen = Array.isArray(initial) ? initial : [initial];
  chosen.forEach((option, i) => {
    if (!known.has(optionKey(option))) {
      c.error(Array.isArray(initial) ? `${path}/${i}` : path, 'must exactly match one of the options');
    }
  });
}

function checkSelect(c: Checker, path: string, el: JsonObject): void {
  checkTextObject(c, `${path}/placeholder`, el.placeholder, { max: LIMITS.placeholder, plainOnly: true });
}

const SELECTS = [
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
] as const;
const MULTI_SELECTS = SELECTS.map((type) => `multi_${type}`);

const ACTION_ELEMENTS = new Set<string>([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'overflow',
  'radio_buttons',
  'timepicker',
  'workflow_button',
  ...SELECTS,
  ...MULTI_SELECTS,
]);
const ACCESSORY_ELEMENTS = new Set<string>([...ACTION_ELEMENTS, 'image']);
const INPUT_ELEMENTS = new Set<string>([
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'email_text_input',
  'file_input',
  'number_input',
  'plain_text_input',
  'radio_buttons',
  'rich_text_input',
  'timepicker',
  'url_text_input',
  ...SELECTS,
  ...MULTI_SELECTS,
]);

function checkElement(c: Checker, path: string, el: unknown, allowed: ReadonlySet<string>): void {
  if (!isObject(el)) {
    c.error(path, 'must provide an object');
    return;
  }
  const type = el.type;
  if (typeof type !== 'string') {
    c.error(`${path}/type`, 'missing required field');
    return;
  }
  if (!allowed.has(type)) {
    c.error(`${path}/type`, `unsupported element type here: ${type}`);
    return;
  }
  checkString(c, `${path}/action_id`, el.action_id, { max: LIMITS.id });
  checkConfirm(c, `${path}/confirm`, el.confirm);

  switch (type) {
    case 'button':
      checkTextObject(c, `${path}/text`, el.text, {
        max: LIMITS.buttonText,
        required: true,
        plainOnly: true,
      });
      checkString(c, `${path}/value`, el.value, { max: LIMITS.buttonValue });
      checkString(c, `${path}/url`, el.url, { max: LIMITS.url });
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
        c.error(`${path}/style`, 'must be one of: primary, danger');
      }
      return;
    case 'static_select':
    case 'multi_static_select': {
      checkSelect(c, path, el);
      let options: JsonObject[] = [];
      if (el.option_groups !== undefined) {
        if (!Array.isArray(el.option_groups)) {
          c.error(`${path}/option_groups`, 'must provide an array');
          return;
        }
        if (el.option_groups.length > LIMITS.selectOptions) {
          c.error(`${path}/option_groups`, `no more than ${LIMITS.selectOptions} items allowed`);
        }
        el.option_groups.forEach((group, i) => {
          const groupPath = `${path}/option_groups/${i}`;
          if (!isObject(group)) {
            c.error(groupPath, 'must provide an object');
            return;
          }
          checkTextObject(c, `${groupPath}/label`, group.label, {
            max: LIMITS.optionText,
            required: true,
            plainOnly: true,
          });
          options = options.concat(
            checkOptions(c, `${groupPath}/options`, group.options, LIMITS.selectOptions, true),
          );
        });
      } else {
        options = checkOptions(c, `${path}/options`, el.options, LIMITS.selectOptions, true);
      }
      const initialKey = type === 'static_select' ? 'initial_option' : 'initial_options';
      checkInitialOptions(c, `${path}/${initialKey}`, el[initialKey], options);
      return;
    }
    case 'overflow':
      checkOptions(c, `${path}/options`, el.options, LIMITS.overflowOptions, true);
      return;
    case 'checkboxes':
    case 'radio_buttons': {
      const options = checkOptions(c, `${path}/options`, el.options, LIMITS.choiceOptions, false);
      const initialKey = type === 'radio_buttons' ? 'initial_option' : 'initial_options';
      checkInitialOptions(c, `${path}/${initialKey}`, el[initialKey], options);
      return;
    }
    case 'datepicker':
      checkSelect(c, path, el);
      if (el.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(el.initial_date))) {
        c.error(`${path}/initial_date`, 'must be in the format YYYY-MM-DD');
      }
      return;
    case 'timepicker':
      checkSelect(c, path, el);
      if (el.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(String(el.initial_time))) {
        c.error(`${path}/initial_time`, 'must be in the format HH:mm');
      }
      return;
    case 'plain_text_input': {
      checkSelect(c, path, el);
      for (const key of ['min_length', 'max_length'] as const) {
        const value = el[key];
        if (
          value !== undefined &&
          (typeof value !== 'number' || value < 0 || value > LIMITS.textInputLength)
        ) {
          c.error(`${path}/${key}`, `must be a number from 0 to ${LIMITS.textInputLength}`);
        }
      }
      const max = typeof el.max_length === 'number' ? el.max_length : LIMITS.textInputLength;
      checkString(c, `${path}/initial_value`, el.initial_value, { max });
      return;
    }
    case 'number_input':
      if (typeof el.is_decimal_allowed !== 'boolean')
        c.error(`${path}/is_decimal_allowed`, 'missing required field');
      checkSelect(c, path, el);
      return;
    case 'image':
      checkImage(c, path, el);
      return;
    default:
      // Other selects and inputs: only their placeholder has a limit worth checking.
      checkSelect(c, path, el);
  }
}

function checkImage(c: Checker, path: string, el: JsonObject): void {
  if (el.image_url === undefined && el.slack_file === undefined) {
    c.error(`${path}/image_url`, 'must provide either image_url or slack_file');
  }
  checkString(c, `${path}/image_url`, el.image_url, { max: LIMITS.url });
  checkString(c, `${path}/alt_text`, el.alt_text, { max: LIMITS.altText, required: true });
}

function checkElements(
  c: Checker,
  path: string,
  elements: unknown,
  max: number,
  checkOne: (path: string, el: unknown) => void,
): void {
  if (!Array.isArray(elements)) {
    c.error(path, 'must provide an array');
    return;
  }
  if (elements.length === 0) c.error(path, 'must provide at least 1 items');
  if (elements.length > max) c.error(path, `no more than ${max} items allowed`);
  elements.forEach((el, i) => {
    checkOne(`${path}/${i}`, el);
  });
}

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

/** Slack's per-channel pace for `chat.postMessage`: about one a second, with short bursts allowed. */
export interface ChannelPostRate {
  /** Messages a channel regains per second. */
  perSecond: number;
  /** Messages a quiet channel may take at once. */
  burst: number;
}

export const SLACK_CHANNEL_POST_RATE: ChannelPostRate = { perSecond: 1, burst: 3 };

/**
 * A token bucket per channel. `take` answers how many seconds to wait (Slack's `Retry-After`, at
 * least 1) when the channel has posted too fast, or 0 when the message may go.
 */
export class ChannelPostLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly rate: ChannelPostRate = SLACK_CHANNEL_POST_RATE) {}

  take(channel: string, nowMs: number): number {
    const bucket = this.buckets.get(channel) ?? { tokens: this.rate.burst, at: nowMs };
    const tokens = Math.min(
      this.rate.burst,
      bucket.tokens + (Math.max(0, nowMs - bucket.at) / 1000) * this.rate.perSecond,
    );
    if (tokens < 1) {
      this.buckets.set(channel, { tokens, at: nowMs });
      return Math.max(1, Math.ceil((1 - tokens) / this.rate.perSecond));
    }
    this.buckets.set(channel, { tokens: tokens - 1, at: nowMs });
    return 0;
  }
}
