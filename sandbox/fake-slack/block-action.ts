/** The block_actions payload for a click or change inside an open view or on a message. */
import { blockActionsPayload, buildAction, findElement, stateValueOf } from './payloads.js';
import type { Workspace } from './state.js';
import type { FakeChannel, JsonObject, SelectedOption, ViewStateValues } from './types.js';

export interface BlockActionInput {
  userId: string;
  actionId: string;
  blockId?: string;
  value?: string;
  selectedOption?: SelectedOption;
  /** Other action fields, e.g. `{ selected_user: 'U1' }`. */
  extra?: JsonObject;
  viewId?: string;
  /**
   * In a view: what the user has entered in the view's other inputs so far. Slack sends the
   * whole view state with every action, so an app rebuilding the modal can keep those values.
   */
  values?: ViewStateValues;
  channelId?: string;
  messageTs?: string;
}

/**
 * Looks the element up by action_id, so the payload carries its real type, block_id, value and
 * text. In a view, the entered values and the action's own value join the view state.
 */
export function blockActionRequest(
  ws: Workspace,
  input: BlockActionInput,
  triggerId: string,
  env: { baseUrl: () => string; requireChannel: (channelId: string) => FakeChannel },
): { payload: JsonObject; responseUrl?: string } {
  if (input.viewId) {
    const view = ws.views.get(input.viewId);
    if (!view || view.user_id !== input.userId) {
      throw new Error(`FakeSlack: view ${input.viewId} is not open for ${input.userId}`);
    }
    const found = findElement(view.blocks, input.actionId, input.blockId);
    if (!found) throw new Error(`FakeSlack: no element with action_id ${input.actionId} in view ${view.id}`);
    for (const [blockId, byAction] of Object.entries(input.values ?? {})) {
      view.state.values[blockId] = { ...view.state.values[blockId], ...byAction };
    }
    const action = buildAction(ws, input, found);
    const stateValue = stateValueOf(action);
    if (stateValue) {
      view.state.values[found.blockId] = {
        ...view.state.values[found.blockId],
        [input.actionId]: stateValue,
      };
    }
    return { payload: blockActionsPayload(ws, input.userId, action, triggerId, { view }) };
  }
  if (input.channelId && input.messageTs) {
    const channel = env.requireChannel(input.channelId);
    const { channelId, messageTs } = input;
    const ephemeral = ws.ephemerals.find(
      (m) => m.channel === channelId && m.ts === messageTs && m.recipient === input.userId,
    );
    const message = ephemeral ?? ws.findMessage(channelId, messageTs);
    if (!message) throw new Error(`FakeSlack: no message ${messageTs} in ${channelId} for ${input.userId}`);
    const found = findElement(message.blocks ?? [], input.actionId, input.blockId);
    if (!found)
      throw new Error(`FakeSlack: no element with action_id ${input.actionId} in message ${messageTs}`);
    const responseUrl = ws.issueResponseUrl(env.baseUrl(), {
      userId: input.userId,
      channelId,
      messageTs,
      messageIsEphemeral: ephemeral !== undefined,
    });
    const payload = blockActionsPayload(ws, input.userId, buildAction(ws, input, found), triggerId, {
      message,
      isEphemeral: ephemeral !== undefined,
      channel,
      responseUrl,
    });
    return { payload, responseUrl };
  }
  throw new Error('FakeSlack: sendBlockAction needs a viewId, or a channelId and messageTs');
}
