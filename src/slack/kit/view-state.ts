import type { ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import { catalogFor, type Locale, type MessageKey, t } from '../../i18n/index.js';

type StateValue = ViewOutput['state']['values'][string][string];

/**
 * Flattens a modal's state into `{ [blockId]: value }`. Each input block holds one element whose
 * action_id we do not need to know: text → string, selects → the option value, multi-selects →
 * string[], user/conversation/channel pickers → ids, date/time pickers → their string, checkboxes
 * and multi-selects → string[]. Empty inputs become null, so zod sees "missing" uniformly.
 */
export function readViewState(values: ViewOutput['state']['values']): Record<string, unknown> {
  // fromEntries defines own properties, so a block_id such as `__proto__` stays a plain key.
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([blockId, actions]) => {
      const element: unknown = actions && typeof actions === 'object' ? Object.values(actions)[0] : undefined;
      return [blockId, isElement(element) ? elementValue(element) : null];
    }),
  );
}

function isElement(value: unknown): value is StateValue {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * The state arrives from Slack unchecked: a forged payload can put any JSON where Slack puts a
 * string or a list. Each field is checked for the type Slack sends; anything else reads as empty,
 * so the form's schema reports the field instead of the reader throwing.
 */
const text = z.string().nullish().catch(null);
const option = z.object({ value: z.string() }).nullish().catch(null);
const options = z.array(z.object({ value: z.string() })).catch([]);
const ids = z.array(z.string()).catch([]);

function elementValue(element: StateValue): unknown {
  const e = element as unknown as Record<string, unknown>;
  switch (element.type) {
    case 'plain_text_input':
    case 'number_input':
    case 'email_text_input':
    case 'url_text_input':
      return blankToNull(text.parse(e.value));
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return option.parse(e.selected_option)?.value ?? null;
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return options.parse(e.selected_options ?? []).map((o) => o.value);
    case 'users_select':
      return text.parse(e.selected_user) ?? null;
    case 'multi_users_select':
      return ids.parse(e.selected_users ?? []);
    case 'conversations_select':
      return text.parse(e.selected_conversation) ?? null;
    case 'multi_conversations_select':
      return ids.parse(e.selected_conversations ?? []);
    case 'channels_select':
      return text.parse(e.selected_channel) ?? null;
    case 'multi_channels_select':
      return ids.parse(e.selected_channels ?? []);
    case 'datepicker':
      return text.parse(e.selected_date) ?? null;
    case 'timepicker':
      return text.parse(e.selected_time) ?? null;
    default:
      return blankToNull(text.parse(e.value));
  }
}

/**
 * Where each element type keeps its value, and the shape Slack gives it there (other types keep
 * a string in `value`). A Map, so a forged type such as `constructor` finds nothing.
 */
const fieldOf = new Map<string, [string, z.ZodType]>(
  Object.entries({
    static_select: ['selected_option', z.object({ value: z.string() })],
    external_select: ['selected_option', z.object({ value: z.string() })],
    radio_buttons: ['selected_option', z.object({ value: z.string() })],
    multi_static_select: ['selected_options', z.array(z.object({ value: z.string() }))],
    multi_external_select: ['selected_options', z.array(z.object({ value: z.string() }))],
    checkboxes: ['selected_options', z.array(z.object({ value: z.string() }))],
    users_select: ['selected_user', z.string()],
    multi_users_select: ['selected_users', z.array(z.string())],
    conversations_select: ['selected_conversation', z.string()],
    multi_conversations_select: ['selected_conversations', z.array(z.string())],
    channels_select: ['selected_channel', z.string()],
    multi_channels_select: ['selected_channels', z.array(z.string())],
    datepicker: ['selected_date', z.string()],
    timepicker: ['selected_time', z.string()],
  } satisfies Record<string, [string, z.ZodType]>),
);

/**
 * The block ids whose state `readViewState` could only read as empty or misread because it is not
 * what Slack sends — an entry that is no element, a value of another type than its element's, or
 * an element of another type than the view's block of that id holds — a forged or garbled
 * payload, which a listener refuses whole rather than read a field as blank. Empty inputs (a value
 * missing or null) are not broken: that is how Slack sends them.
 */
export function brokenElements(values: unknown, blocks?: unknown): string[] {
  if (values === undefined) return [];
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return ['state'];
  const declared = elementTypes(blocks);
  return Object.entries(values).flatMap(([blockId, actions]) => {
    const elements: unknown[] =
      actions && typeof actions === 'object' && !Array.isArray(actions) ? Object.values(actions) : [];
    const types = declared.get(blockId);
    const fits = (element: unknown) =>
      isWellFormed(element) && (!types || types.has((element as StateValue).type));
    return elements.length > 0 && elements.every(fits) ? [] : [blockId];
  });
}

/** The element types each block of the submitted view holds, by block id. */
function elementTypes(blocks: unknown): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  for (const block of Array.isArray(blocks) ? (blocks as unknown[]) : []) {
    if (!block || typeof block !== 'object') continue;
    const { block_id: blockId, element, elements } = block as Record<string, unknown>;
    if (typeof blockId !== 'string') continue;
    const held = [element, ...(Array.isArray(elements) ? elements : [])]
      .map((e) => (e && typeof e === 'object' ? (e as { type?: unknown }).type : undefined))
      .filter((type): type is string => typeof type === 'string');
    if (held.length > 0) types.set(blockId, new Set(held));
  }
  return types;
}

function isWellFormed(element: unknown): boolean {
  if (!isElement(element)) return false;
  const [field, shape] = fieldOf.get(element.type) ?? ['value', z.string()];
  const value = (element as unknown as Record<string, unknown>)[field];
  return value === undefined || value === null || shape.safeParse(value).success;
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export type FieldErrors = Record<string, string>;

/**
 * Turns zod issues into Slack's `response_action: "errors"` map, one message per block, in the
 * user's language. A schema's messages are catalog keys (e.g. `validation.required`); params
 * for them travel in the issue's `params`.
 */
export function fieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  const known = catalogFor(locale);
  for (const issue of error.issues) {
    const blockId = String(issue.path[0] ?? '');
    if (!blockId || errors[blockId]) continue;
    const params = 'params' in issue && issue.params ? (issue.params as Record<string, string | number>) : {};
    const fallback = issue.code === 'invalid_type' ? 'validation.required' : 'validation.invalid';
    const key = (issue.message in known ? issue.message : fallback) as MessageKey;
    errors[blockId] = t(locale, key, params);
  }
  return errors;
}

/** Parses a submitted modal against a schema: the value, or the field errors to send back. */
export function parseViewSubmission<T extends z.ZodType>(
  schema: T,
  values: ViewOutput['state']['values'],
  locale: Locale,
): { ok: true; data: z.infer<T> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(readViewState(values));
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, locale) };
}

/**
 * JSON that came back from Slack — a view's `private_metadata`, a button's `value` — as `unknown`
 * for a zod schema to check; anything that is not JSON is `undefined`, so a crafted payload
 * fails the schema instead of throwing.
 */
export function parseJson(raw: string | undefined): unknown {
  try {
    return JSON.parse(raw ?? '');
  } catch {
    return undefined;
  }
}
