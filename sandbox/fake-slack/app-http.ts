import type { SendResult } from './types.js';

/** Posts a request to the app over HTTP and waits at most `timeoutMs` for its answer, as Slack does. */
export async function postOverHttp(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    if (text.trim().startsWith('{') || text.trim().startsWith('[')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return {
      status: response.status,
      body: parsed,
      headers: Object.fromEntries(response.headers.entries()),
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      return { status: 0, body: '', headers: {}, timedOut: true };
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`FakeSlack could not reach the app at ${url}: ${reason}`, { cause: error });
  }
}
