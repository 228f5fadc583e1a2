import type { ViewOutput } from '@slack/bolt';
import type { z } from 'zod';
import { catalogFor, type Locale, type MessageKey, t } from '../i18n/index.js';

type StateValue = ViewOutput['state']['values'][string][string];

/**
 * Flattens a modal's state into `{ [blockId]: value }`. Each input block holds one element whose
 * action_id we do not need to know: text → string, selects → the option value, multi-selects →
 * string[], user/conversation/channel pickers → ids, date/time pickers → their string, checkboxes
 * and multi-selects → string[]. Empty inputs become null, so zod sees "missing" uniformly.
 */
export function readViewState(values: ViewOutput['state']['values']): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const element = Object.values(actions)[0];
    form[blockId] = element ? elementValue(element) : null;
  }
  return form;
}

function elementValue(element: StateValue): unknown {
  switch (element.type) {
    case 'plain_text_input':
    case 'number_input':
    case 'email_text_input':
    case 'url_text_input':
      return blankToNull(element.value);
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return element.selected_option?.value ?? null;
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return (element.selected_options ?? []).map((o) => o.value);
    case 'users_select':
      return element.selected_user ?? null;
    case 'multi_users_select':
      return element.selected_users ?? [];
    case 'conversations_select':
      return element.selected_conversation ?? null;
    case 'multi_conversations_select':
      return element.selected_conversations ?? [];
    case 'channels_select':
      return element.selected_channel ?? null;
    case 'multi_channels_select':
      return element.selected_channels ?? [];
    case 'datepicker':
      return element.selected_date ?? null;
    case 'timepicker':
      return element.selected_time ?? null;
    default:
      return blankToNull(element.value);
  }
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
