import type { AnyBlock } from '@slack/types';
import { isObject } from './block-limits.js';
import type { JsonObject, ViewStateValue, ViewStateValues } from './types.js';

/** Which initial_* field of an element becomes which field of its state value, by element type. */
const INITIAL_FIELDS: Record<string, [initial: string, state: string, empty: unknown]> = {
  plain_text_input: ['initial_value', 'value', null],
  number_input: ['initial_value', 'value', null],
  email_text_input: ['initial_value', 'value', null],
  url_text_input: ['initial_value', 'value', null],
  static_select: ['initial_option', 'selected_option', null],
  external_select: ['initial_option', 'selected_option', null],
  radio_buttons: ['initial_option', 'selected_option', null],
  multi_static_select: ['initial_options', 'selected_options', []],
  multi_external_select: ['initial_options', 'selected_options', []],
  checkboxes: ['initial_options', 'selected_options', []],
  users_select: ['initial_user', 'selected_user', null],
  multi_users_select: ['initial_users', 'selected_users', []],
  conversations_select: ['initial_conversation', 'selected_conversation', null],
  multi_conversations_select: ['initial_conversations', 'selected_conversations', []],
  channels_select: ['initial_channel', 'selected_channel', null],
  multi_channels_select: ['initial_channels', 'selected_channels', []],
  datepicker: ['initial_date', 'selected_date', null],
  timepicker: ['initial_time', 'selected_time', null],
  datetimepicker: ['initial_date_time', 'selected_date_time', null],
};

function stateOf(element: JsonObject): ViewStateValue | undefined {
  const type = typeof element.type === 'string' ? element.type : '';
  const fields = INITIAL_FIELDS[type];
  if (!fields) return undefined;
  const [initial, state, empty] = fields;
  return { type, [state]: element[initial] ?? empty };
}

/**
 * The state Slack gives a freshly opened or published view: every stateful element of input and
 * actions blocks, holding its initial value (or null / [] when it has none). Slack sends these in
 * view_submission even for inputs the user never touched, so handlers may rely on them.
 */
export function initialStateValues(blocks: readonly AnyBlock[]): ViewStateValues {
  const values: ViewStateValues = {};
  for (const block of blocks as unknown as JsonObject[]) {
    const blockId = typeof block.block_id === 'string' ? block.block_id : undefined;
    if (!blockId) continue;
    const elements =
      block.type === 'input' ? [block.element] : block.type === 'actions' ? block.elements : [];
    for (const element of Array.isArray(elements) ? elements : []) {
      if (!isObject(element) || typeof element.action_id !== 'string') continue;
      const value = stateOf(element);
      if (value) values[blockId] = { ...values[blockId], [element.action_id]: value };
    }
  }
  return values;
}
