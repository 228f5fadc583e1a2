/** Reading a submission whose block ids carry a version (see block-ids.ts). */
import type { ViewOutput } from '@slack/bolt';
import type { z } from 'zod';
import type { Locale } from '../../i18n/index.js';
import { baseBlockId } from './block-ids.js';
import { type FieldErrors, parseViewSubmission, readViewState } from './view-state.js';

/** Like parseViewSubmission, for modals whose block ids carry a version. */
export function parseVersionedSubmission<T extends z.ZodType>(
  schema: T,
  values: ViewOutput['state']['values'],
  locale: Locale,
): { ok: true; data: z.infer<T> } | { ok: false; errors: FieldErrors } {
  const realIds = new Map<string, string>();
  const plain: ViewOutput['state']['values'] = {};
  for (const [blockId, value] of Object.entries(values)) {
    const base = baseBlockId(blockId);
    realIds.set(base, blockId);
    plain[base] = value;
  }
  const parsed = parseViewSubmission(schema, plain, locale);
  if (parsed.ok) return parsed;
  return { ok: false, errors: realErrors(parsed.errors, realIds) };
}

/** Field errors keyed by plain names, moved to the block ids the modal really has. */
export function realErrors(errors: FieldErrors, realIds: ReadonlyMap<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, message] of Object.entries(errors)) out[realIds.get(name) ?? name] = message;
  return out;
}

/** The real block id of each plain name in a submitted view. */
export function realBlockIds(values: ViewOutput['state']['values']): Map<string, string> {
  return new Map(Object.keys(values).map((id) => [baseBlockId(id), id]));
}

/** The submitted values under plain field names, as readViewState reads them. */
export function readPlainState(values: ViewOutput['state']['values']): Record<string, unknown> {
  const form = readViewState(values);
  return Object.fromEntries(Object.entries(form).map(([id, value]) => [baseBlockId(id), value]));
}
