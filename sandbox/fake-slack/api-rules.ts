/** Rules several Web API methods share: message content, visible conversations, valid views. */
import type { AnyBlock } from '@slack/types';
import { ApiError } from './api-error.js';
import { charCount, isObject, LIMITS } from './block-limits.js';
import { validateMessageBlocks, validateView } from './limits.js';
import { requireUsableFiles } from './slack-files.js';
import type { Workspace } from './state.js';
import type { FakeChannel, JsonObject, MessageMetadata } from './types.js';

interface MessageContent {
  text?: string;
  blocks?: AnyBlock[];
  metadata?: MessageMetadata;
}

/** Validates text, blocks and metadata of a message the way chat.* and response_url do. */
export function messageContent(raw: JsonObject, requireContent: boolean, ws: Workspace): MessageContent {
  const content: MessageContent = {};
  if (raw.text !== undefined && raw.text !== null) {
    const text = String(raw.text);
    if (charCount(text) > LIMITS.messageText) throw new ApiError('msg_too_long');
    content.text = text;
  }
  if (raw.blocks !== undefined && raw.blocks !== null) {
    const problem = validateMessageBlocks(raw.blocks);
    if (problem)
      throw new ApiError(problem.error, problem.error === 'invalid_blocks' ? problem.messages : []);
    requireUsableFiles(ws, raw.blocks, '/blocks');
    // Just validated as Block Kit blocks.
    content.blocks = raw.blocks as AnyBlock[];
  }
  const hasAttachments = Array.isArray(raw.attachments) && raw.attachments.length > 0;
  if (requireContent && !content.text && !content.blocks?.length && !hasAttachments) {
    throw new ApiError('no_text');
  }
  if (raw.metadata !== undefined && raw.metadata !== null) {
    const metadata = raw.metadata;
    if (!isObject(metadata) || typeof metadata.event_type !== 'string' || !isObject(metadata.event_payload)) {
      throw new ApiError('invalid_metadata_format');
    }
    content.metadata = { event_type: metadata.event_type, event_payload: metadata.event_payload };
  }
  return content;
}

/** Private conversations the bot is not in do not exist, as far as the bot can tell. */
export function visibleChannel(ws: Workspace, channelId: string): FakeChannel {
  const channel = ws.requireChannel(channelId);
  if (channel.isPrivate && !channel.botIsMember) throw new ApiError('channel_not_found');
  return channel;
}

export function requireView(ws: Workspace, raw: unknown, expectedType?: 'modal' | 'home'): JsonObject {
  const problem = validateView(raw, expectedType);
  if (problem) throw new ApiError(problem.error, problem.messages);
  if (isObject(raw)) requireUsableFiles(ws, raw.blocks, '/view/blocks');
  // validateView accepted it, so it is an object.
  return raw as JsonObject;
}
