/** How the fake turns an app's view into the stored view, and fills the ids Slack would. */
import { randomBytes } from 'node:crypto';
import type { AnyBlock } from '@slack/types';
import { isObject } from './block-limits.js';
import { initialStateValues } from './initial-state.js';
import type { FakeView, JsonObject, PlainText } from './types.js';

/** Where a view sits and who it belongs to; the ids and blocks are made by the workspace. */
export interface ViewPlace {
  id: string;
  blocks: AnyBlock[];
  userId: string;
  rootViewId: string | null;
  previousViewId: string | null;
  identity: { teamId: string; appId: string; botId: string };
  /** Milliseconds, for the view's hash. */
  now: number;
}

/** A view as the fake stores it, from what the app gave views.open/push/update/publish. */
export function buildView(input: JsonObject, place: ViewPlace): FakeView {
  const { id, blocks, userId, rootViewId, previousViewId, now } = place;
  const { teamId, appId, botId } = place.identity;
  return {
    id,
    team_id: teamId,
    type: input.type === 'home' ? 'home' : 'modal',
    title: plainText(input.title),
    submit: plainText(input.submit),
    close: plainText(input.close),
    blocks,
    private_metadata: typeof input.private_metadata === 'string' ? input.private_metadata : '',
    callback_id: typeof input.callback_id === 'string' ? input.callback_id : '',
    external_id: typeof input.external_id === 'string' ? input.external_id : '',
    state: { values: initialStateValues(blocks) },
    hash: `${Math.floor(now / 1000)}.${randomBytes(4).toString('hex')}`,
    clear_on_close: input.clear_on_close === true,
    notify_on_close: input.notify_on_close === true,
    root_view_id: rootViewId ?? id,
    previous_view_id: previousViewId,
    app_id: appId,
    app_installed_team_id: teamId,
    bot_id: botId,
    user_id: userId,
  };
}

export function plainText(value: unknown): PlainText | null {
  if (!isObject(value) || typeof value.text !== 'string') return null;
  const text: PlainText = { type: 'plain_text', text: value.text };
  if (typeof value.emoji === 'boolean') text.emoji = value.emoji;
  return text;
}

/**
 * Slack gives every block a block_id and every interactive element an action_id when the app
 * leaves them out; payloads and view state are keyed by them, so the fake does the same.
 */
export function withGeneratedIds(blocks: unknown, generate: () => string): AnyBlock[] {
  if (!Array.isArray(blocks)) return [];
  const copy: unknown = structuredClone(blocks);
  if (!Array.isArray(copy)) return [];
  const withAction = (el: unknown): void => {
    if (isObject(el) && typeof el.type === 'string' && el.type !== 'image' && el.action_id === undefined) {
      el.action_id = generate();
    }
  };
  for (const block of copy) {
    if (!isObject(block)) continue;
    if (block.block_id === undefined) block.block_id = generate();
    if (block.type === 'input') withAction(block.element);
    if (block.type === 'section' && block.accessory !== undefined) withAction(block.accessory);
    if (block.type === 'actions' && Array.isArray(block.elements)) block.elements.forEach(withAction);
  }
  // The blocks passed validation before reaching here, so they have Block Kit's shape.
  return copy as AnyBlock[];
}
