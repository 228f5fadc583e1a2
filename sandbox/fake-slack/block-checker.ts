/**
 * The checker that collects problems worded as Slack does (`[ERROR] <problem> [json-pointer:<path>]`),
 * and the checks shared by blocks and elements: strings, text objects, options, images.
 */
import { charCount, isObject, LIMITS, type Surface } from './block-limits.js';
import type { JsonObject } from './types.js';

export class Checker {
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

export interface StringRule {
  max: number;
  required?: boolean;
}

export function checkString(c: Checker, path: string, value: unknown, rule: StringRule): void {
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

export interface TextRule extends StringRule {
  plainOnly?: boolean;
}

export function checkTextObject(c: Checker, path: string, value: unknown, rule: TextRule): void {
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

export function checkConfirm(c: Checker, path: string, value: unknown): void {
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

export function checkOption(c: Checker, path: string, option: unknown, plainOnly: boolean): void {
  if (!isObject(option)) {
    c.error(path, 'must provide an object');
    return;
  }
  checkTextObject(c, `${path}/text`, option.text, { max: LIMITS.optionText, required: true, plainOnly });
  checkString(c, `${path}/value`, option.value, { max: LIMITS.optionValue, required: true });
  checkTextObject(c, `${path}/description`, option.description, { max: LIMITS.optionDescription, plainOnly });
}

/** Checks an `options` array and returns the options it holds, for initial_option checks. */
export function checkOptions(
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

export function optionKey(option: unknown): string {
  if (!isObject(option)) return '';
  const text = isObject(option.text) ? option.text.text : undefined;
  return JSON.stringify([text, option.value]);
}

/** Slack refuses an initial option that is not exactly one of the options. */
export function checkInitialOptions(c: Checker, path: string, initial: unknown, options: JsonObject[]): void {
  if (initial === undefined) return;
  const known = new Set(options.map(optionKey));
  const chosen = Array.isArray(initial) ? initial : [initial];
  chosen.forEach((option, i) => {
    if (!known.has(optionKey(option))) {
      c.error(Array.isArray(initial) ? `${path}/${i}` : path, 'must exactly match one of the options');
    }
  });
}

export function checkSelect(c: Checker, path: string, el: JsonObject): void {
  checkTextObject(c, `${path}/placeholder`, el.placeholder, { max: LIMITS.placeholder, plainOnly: true });
}

export function checkImage(c: Checker, path: string, el: JsonObject): void {
  if (el.image_url === undefined && el.slack_file === undefined) {
    c.error(`${path}/image_url`, 'must provide either image_url or slack_file');
  }
  checkString(c, `${path}/image_url`, el.image_url, { max: LIMITS.url });
  checkString(c, `${path}/alt_text`, el.alt_text, { max: LIMITS.altText, required: true });
}

export function checkElements(
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
