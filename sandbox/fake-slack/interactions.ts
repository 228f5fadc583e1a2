/**
 * What Slack does with the app's answers: the body of a slash command ack, the
 * `response_action` of a view submission, and posts to a `response_url`.
 */

import { ApiError } from './api-error.js';
import { messageContent } from './api-rules.js';
import { isObject } from './block-limits.js';
import { validateView } from './limits.js';
import { RESPONSE_URL_LIFETIME_MS, RESPONSE_URL_MAX_USES, type Workspace } from './state.js';
import type { FakeView, JsonObject, ResponseUrlContext, SendResult } from './types.js';

/**
 * A slash command answered with a body shows that body to the user at once: plain text or
 * a message object, ephemeral unless `response_type` is `in_channel`. The body is recorded with
 * the response_url posts (`via: 'command_ack'`), since it is the same answer by another road:
 * whoever reads "what did the app answer" sees it in order, whichever road the app took.
 */
export function applyCommandAck(
  ws: Workspace,
  command: { userId: string; channelId: string; responseUrl: string },
  result: SendResult,
): void {
  const { userId, channelId } = command;
  if (result.status !== 200 || result.body === '' || result.body === undefined) return;
  const raw: JsonObject =
    typeof result.body === 'string' ? { text: result.body } : isObject(result.body) ? result.body : {};
  if (Object.keys(raw).length === 0) return;
  const post = { url: command.responseUrl, body: raw, at: ws.now(), via: 'command_ack' as const };
  ws.responseUrlPosts.push(post);
  ws.emit({ kind: 'response_url', post });
  let content: ReturnType<typeof messageContent>;
  try {
    content = messageContent(raw, true, ws);
  } catch {
    // Slack shows the user an error instead of a malformed answer; the fake shows nothing.
    return;
  }
  const message = ws.botMessage(channelId, {
    text: content.text ?? '',
    ...(content.blocks ? { blocks: content.blocks } : {}),
  });
  if (raw.response_type === 'in_channel') ws.addMessage(message);
  else ws.addEphemeral({ ...message, recipient: userId, via: 'command_ack' });
}

/** How Slack treated the answer to a view submission. */
export interface ViewSubmissionOutcome {
  /** What happened to the modal stack. */
  effect: 'closed' | 'errors' | 'updated' | 'pushed' | 'cleared' | 'kept';
  /** Why Slack refused the answer (then the user sees an error and the view stays). */
  problem?: string;
}

export function applyViewSubmissionAnswer(
  ws: Workspace,
  view: FakeView,
  result: SendResult,
): ViewSubmissionOutcome {
  if (result.timedOut) return { effect: 'kept', problem: 'the app did not answer within 3 seconds' };
  if (result.status !== 200) return { effect: 'kept', problem: `the app answered HTTP ${result.status}` };
  const body = result.body;
  // An empty 200 closes the submitted view (and only it, when views were pushed).
  if (body === '' || (isObject(body) && Object.keys(body).length === 0)) {
    ws.closeTop(view.user_id);
    return { effect: 'closed' };
  }
  if (!isObject(body)) return { effect: 'kept', problem: 'the answer is neither empty nor a JSON object' };
  const refused = (problem: string): ViewSubmissionOutcome => ({ effect: 'kept', problem });
  switch (body.response_action) {
    case 'errors': {
      if (!isObject(body.errors)) return refused('response_action errors needs an errors object');
      const inputIds = new Set(
        (view.blocks as unknown[])
          .filter((b) => isObject(b) && b.type === 'input')
          .map((b) => (isObject(b) ? b.block_id : '')),
      );
      const unknown = Object.keys(body.errors).filter((id) => !inputIds.has(id));
      if (unknown.length > 0)
        return refused(`errors name blocks that are not input blocks: ${unknown.join(', ')}`);
      view.errors = Object.fromEntries(Object.entries(body.errors).map(([k, v]) => [k, String(v)]));
      ws.emit({ kind: 'views', userId: view.user_id });
      return { effect: 'errors' };
    }
    case 'update':
    case 'push': {
      const problem = validateView(body.view, 'modal');
      if (problem) return refused(`${problem.error} ${problem.messages.join(' ')}`.trim());
      // validateView accepted it, so it is an object.
      const input = body.view as JsonObject;
      try {
        if (body.response_action === 'update') ws.updateView(view, input);
        else ws.pushModal(view.user_id, input);
      } catch (error) {
        return refused(error instanceof ApiError ? error.code : String(error));
      }
      return { effect: body.response_action === 'update' ? 'updated' : 'pushed' };
    }
    case 'clear':
      ws.clearStack(view.user_id);
      return { effect: 'cleared' };
    default:
      return refused(`unknown response_action: ${String(body.response_action)}`);
  }
}

export interface ResponseUrlAnswer {
  status: number;
  body: JsonObject;
}

/**
 * A post to a response_url: replace or delete the original message, or post a new one,
 * ephemeral (the default) or in the channel. Five uses within thirty minutes.
 */
export function applyResponseUrlPost(
  ws: Workspace,
  context: ResponseUrlContext,
  body: JsonObject,
): ResponseUrlAnswer {
  if (ws.now() - context.issuedAt > RESPONSE_URL_LIFETIME_MS)
    return { status: 404, body: { ok: false, error: 'expired_url' } };
  if (context.uses >= RESPONSE_URL_MAX_USES) return { status: 404, body: { ok: false, error: 'used_url' } };
  context.uses += 1;
  const { channelId, messageTs } = context;

  if (body.delete_original === true || body.delete_original === 'true') {
    if (!messageTs) return { status: 404, body: { ok: false, error: 'message_not_found' } };
    if (context.messageIsEphemeral) {
      const index = ws.ephemerals.findIndex((m) => m.ts === messageTs && m.channel === channelId);
      if (index >= 0) ws.ephemerals.splice(index, 1);
      ws.emit({ kind: 'messages', channelId });
    } else {
      ws.removeMessage(channelId, messageTs);
    }
    return { status: 200, body: { ok: true } };
  }

  let content: ReturnType<typeof messageContent>;
  try {
    content = messageContent(body, true, ws);
  } catch (error) {
    const answer: JsonObject = {
      ok: false,
      error: error instanceof ApiError ? error.code : 'invalid_payload',
    };
    if (error instanceof ApiError && error.messages.length > 0)
      answer.response_metadata = { messages: error.messages };
    return { status: 400, body: answer };
  }

  const replace = body.replace_original === true || body.replace_original === 'true';
  if (replace && messageTs) {
    const original = context.messageIsEphemeral
      ? ws.ephemerals.find((m) => m.ts === messageTs && m.channel === channelId)
      : ws.findMessage(channelId, messageTs);
    if (original) {
      original.text = content.text ?? '';
      if (content.blocks?.length) original.blocks = ws.normalizeBlocks(content.blocks);
      else delete original.blocks;
      ws.emit({ kind: 'messages', channelId });
      return { status: 200, body: { ok: true } };
    }
  }

  const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
  const message = ws.botMessage(channelId, {
    text: content.text ?? '',
    ...(content.blocks ? { blocks: content.blocks } : {}),
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
  // A response_url may post where the command was typed even if the bot is not a member.
  if (body.response_type === 'in_channel') ws.addMessage(message);
  else ws.addEphemeral({ ...message, recipient: context.userId, via: 'response_url' });
  return { status: 200, body: { ok: true } };
}
