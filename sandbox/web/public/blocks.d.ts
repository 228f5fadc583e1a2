// Types for blocks.js, which runs unbundled in the browser and is imported by Node tests.
import type { MrkdwnLookup } from './mrkdwn.js';

export type BlockObject = Record<string, unknown> & { type: string };
export type StateValue = Record<string, unknown> & { type: string };

export interface RegisteredElement {
  element: BlockObject;
  blockId: string;
  place: 'message' | 'view' | 'input';
  /** Whether a change is sent to the app as a block action at once. */
  dispatch: boolean;
}

export interface RenderContextOptions {
  prefix?: string;
  lookup?: MrkdwnLookup;
  users?: { id: string; label: string }[];
  channels?: { id: string; label: string }[];
  strings?: Record<string, string>;
  valueFor?(blockId: string, actionId: string): StateValue | undefined;
  errors?: Record<string, string>;
}

export interface RenderContext {
  elements: Map<string, RegisteredElement>;
  [key: string]: unknown;
}

export function createRenderContext(options?: RenderContextOptions): RenderContext;
export function renderBlocks(
  blocks: unknown,
  surface: 'message' | 'modal' | 'home',
  ctx: RenderContext,
): string;
export function textHtml(
  object: { type: string; text: string; emoji?: boolean } | undefined,
  ctx: RenderContext,
): string;
export function flatOptions(element: BlockObject): BlockObject[];
export function stateValueFromRaw(element: BlockObject, raw: string | string[]): StateValue;
export function actionFromRaw(
  element: BlockObject,
  raw: string | string[],
): { value?: string; selectedOption?: unknown; extra?: Record<string, unknown> };
