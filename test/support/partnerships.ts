import { baseBlockId } from '../../src/slack/kit/block-ids.js';
/**
 * Helpers for the partnerships integration tests: answers to `/mitra …`, and submissions built
 * from a modal's own blocks (initial values, overridden field by field) as a person would fill it.
 */

import type { FakeView, ViewStateValues } from '../../sandbox/fake-slack/index.js';
import type { Harness } from './harness.js';
import { SHARED_CHANNEL } from './harness.js';
import { waitFor } from './wait.js';

type Json = Record<string, unknown>;

export async function mitra(
  h: Harness,
  userId: string,
  text: string,
  channelId: string = SHARED_CHANNEL,
): Promise<{ text: string; blocks: Json[]; body: Json }> {
  const sent = await h.fake.sendSlashCommand({ userId, text, channelId });
  if (sent.status !== 200) throw new Error(`slash command answered ${sent.status}`);
  const post = await waitFor(() => h.fake.answersTo(sent.responseUrl)[0], {
    what: `an answer to /mitra ${text}`,
  });
  const body = post.body as Json;
  const blocks = (body.blocks as Json[] | undefined) ?? [];
  return { text: `${String(body.text ?? '')} ${JSON.stringify(blocks)}`, blocks, body };
}

/** Sends `/mitra <text>` and waits for the modal it opens. */
export async function openModal(
  h: Harness,
  userId: string,
  text: string,
  channelId = SHARED_CHANNEL,
): Promise<FakeView> {
  const before = h.fake.callsTo('views.open').length;
  await h.fake.sendSlashCommand({ userId, text, channelId });
  await waitFor(() => h.fake.callsTo('views.open').length > before, { what: `a modal for /mitra ${text}` });
  const view = h.fake.openViews(userId).at(-1);
  if (!view) throw new Error('no modal open');
  return view;
}

export const baseId = baseBlockId;

interface Element {
  type: string;
  action_id: string;
  initial_value?: string;
  initial_option?: { value: string };
  initial_options?: { value: string }[];
  initial_user?: string;
  initial_conversation?: string;
  initial_date?: string;
  options?: { text: { type: 'plain_text'; text: string }; value: string }[];
}

/** The block id the modal really uses for a field name (fields may carry a `:version`). */
export function blockIdOf(view: FakeView, name: string): string {
  const block = view.blocks.find((b) => baseId(String(b.block_id)) === name);
  if (!block) throw new Error(`no block ${name} in view`);
  return String(block.block_id);
}

/**
 * The state Slack would submit for the modal: each input's initial value, or the override given
 * for its field name (`null` empties it; strings are values, option values or ids).
 */
export function formValues(
  view: FakeView,
  overrides: Record<string, string | string[] | null> = {},
): ViewStateValues {
  const values: ViewStateValues = {};
  for (const block of view.blocks as unknown as { type: string; block_id: string; element?: Element }[]) {
    if (block.type !== 'input' || !block.element) continue;
    const el = block.element;
    const name = baseId(block.block_id);
    const has = Object.hasOwn(overrides, name);
    const override = overrides[name];
    const option = (value: string) =>
      el.options?.find((o) => o.value === value) ?? {
        text: { type: 'plain_text' as const, text: value },
        value,
      };
    let state: Json;
    switch (el.type) {
      case 'plain_text_input':
        state = { value: has ? override : (el.initial_value ?? null) };
        break;
      case 'static_select': {
        const value = has ? override : el.initial_option?.value;
        state = { selected_option: typeof value === 'string' ? option(value) : null };
        break;
      }
      case 'multi_static_select':
      case 'checkboxes': {
        const list = has
          ? ((override as string[] | null) ?? [])
          : (el.initial_options ?? []).map((o) => o.value);
        state = { selected_options: list.map(option) };
        break;
      }
      case 'users_select':
        state = { selected_user: has ? override : (el.initial_user ?? null) };
        break;
      case 'conversations_select':
        state = { selected_conversation: has ? override : (el.initial_conversation ?? null) };
        break;
      case 'datepicker':
        state = { selected_date: has ? override : (el.initial_date ?? null) };
        break;
      default:
        throw new Error(`formValues: unsupported element ${el.type}`);
    }
    values[block.block_id] = { [el.action_id]: { type: el.type, ...state } };
  }
  return values;
}

export function blockTexts(blocks: unknown): string {
  return JSON.stringify(blocks);
}
