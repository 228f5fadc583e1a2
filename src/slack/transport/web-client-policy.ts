/**
 * Which Web API calls the client may repeat on its own.
 *
 * @slack/web-api (8.x) retries every request that did not get an HTTP 200 — with p-retry, per
 * `retryConfig` — except Slack's `ok: false` answers: a 429 after waiting `Retry-After`, a 5xx, and
 * a time-out or dropped connection. For a 429 that is always right (Slack did nothing). For a 5xx,
 * a time-out or a reset it is right only for calls that can be repeated without harm (reads,
 * `chat.update`, `views.update`, `views.publish`, `conversations.open`/`join`): repeating a
 * `chat.postMessage` whose first request Slack carried out but answered late posts a second copy.
 *
 * So the client's fetch marks such a failure of a call that is not idempotent with an
 * {@link UncertainCallError}, and the retry policy gives up on it at once. The caller then finds
 * out what happened (for posts: the message's metadata in the history, see `channel-post.ts`).
 */
import { neverSent, UncertainCallError } from '../kit/slack-errors.js';

/** Calls that do something new each time they are made. */
const NOT_IDEMPOTENT =
  /^(chat\.(postMessage|postEphemeral|scheduleMessage|meMessage)|files\.|views\.(open|push))/;

export function isIdempotentMethod(method: string): boolean {
  return !NOT_IDEMPOTENT.test(method);
}

/** The Web API method of a request URL (`…/api/chat.postMessage` → `chat.postMessage`). */
function methodOf(input: string | URL | Request): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = url.split('?')[0] ?? '';
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * `fetch` for the Web API client: unchanged for idempotent calls; for the others, a time-out, a
 * dropped connection or a 5xx becomes an {@link UncertainCallError}.
 */
export function guardedFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const method = methodOf(input);
    if (isIdempotentMethod(method)) return base(input, init);
    let response: Response;
    try {
      response = await base(input, init);
    } catch (error) {
      if (neverSent(error)) throw error;
      throw new UncertainCallError(method, undefined, { cause: error });
    }
    if (response.status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      throw new UncertainCallError(method, response.status);
    }
    return response;
  };
}

/**
 * p-retry's `onFailedAttempt` (the client spreads `retryConfig` into p-retry's options): throwing
 * stops the retries and rejects the call with the error.
 */
export function stopOnUncertainCall(error: unknown): void {
  const original = (error as { original?: unknown } | null)?.original;
  if (original instanceof UncertainCallError) throw error;
}
