/**
 * The Web API methods Mitra uses, each answering what Slack answers: `{ ok: true, ... }`
 * or an ApiError that becomes `{ ok: false, error, response_metadata }`.
 */
import { type ApiContext, Args, type Handler } from './api-args.js';
import { CHAT_METHODS } from './api-chat.js';
import { CONVERSATION_METHODS } from './api-conversations.js';
import { ApiError } from './api-error.js';
import { FILE_METHODS } from './api-files.js';
import { VIEW_METHODS } from './api-views.js';
import { SOCKET_PATH } from './socket-mode.js';
import type { JsonObject } from './types.js';

export type { ApiContext } from './api-args.js';

const METHODS: Record<string, Handler> = {
  ...CHAT_METHODS,
  ...VIEW_METHODS,
  ...CONVERSATION_METHODS,
  ...FILE_METHODS,
};

/** Fields that WebClient JSON-encodes inside a form body; decoded before handlers see them. */
export const JSON_FIELDS = [
  'blocks',
  'attachments',
  'view',
  'metadata',
  'files',
  'user_auth_blocks',
] as const;

/** Answers one Web API call. Never throws: every failure becomes a Slack-shaped error. */
export function callWebApi(
  ctx: ApiContext,
  method: string,
  raw: JsonObject,
  bearer: string | undefined,
): JsonObject {
  const handler = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (!handler) return { ok: false, error: 'unknown_method' };
  const token = bearer ?? (typeof raw.token === 'string' ? raw.token : undefined);
  if (!token) return { ok: false, error: 'not_authed' };
  // Socket Mode connections are opened with the app-level token, and only with it.
  if (method === 'apps.connections.open') {
    if (token !== ctx.ws.identity.appToken) return { ok: false, error: 'invalid_auth' };
    return { ok: true, url: `${ctx.baseUrl.replace(/^http/, 'ws').replace(/\/$/, '')}${SOCKET_PATH}` };
  }
  if (token !== ctx.ws.identity.botToken) return { ok: false, error: 'invalid_auth' };
  try {
    return handler(new Args(raw), ctx);
  } catch (error) {
    if (error instanceof ApiError) {
      const answer: JsonObject = { ok: false, error: error.code };
      if (error.messages.length > 0) answer.response_metadata = { messages: error.messages };
      return answer;
    }
    // A bug in the fake must still answer like Slack, not drop the connection.
    return { ok: false, error: 'fatal_error', response_metadata: { messages: [String(error)] } };
  }
}
