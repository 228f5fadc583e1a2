import type { InputBlock, ModalView, StaticSelect } from '@slack/types';
import { baseBlockId } from '../../src/slack/kit/block-ids.js';

/** Reading a built modal in view-builder tests: its input blocks, by field name before the revision. */
export const inputs = (view: ModalView) => view.blocks.filter((b): b is InputBlock => b.type === 'input');

export const byField = (view: ModalView, name: string) =>
  inputs(view).find((b) => b.block_id !== undefined && baseBlockId(b.block_id) === name);

export function selectOf(view: ModalView, name: string): StaticSelect {
  const element = byField(view, name)?.element;
  if (element?.type !== 'static_select') throw new Error(`${name} is not a static select`);
  return element;
}
