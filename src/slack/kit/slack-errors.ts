/**
 * What a failed Web API call means for the thing it tried to do. The one place that reads
 * @slack/web-api's errors; everything else asks {@link describeFailure}.
 *
 * Three answers matter for posting exactly once:
 * - **refused**: Slack answered `ok: false` with a code (`not_in_channel`, `is_archived`…). Nothing
 *   happened.
 * - **not sent**: the request never reached Slack (connection refused, no DNS) or was rate limited
 *   (HTTP 429) until the client gave up. Nothing happened.
 * - **uncertain**: the request may have been carried out — it timed out, the connection dropped
 *   while waiting for the answer, or Slack answered with a 5xx. Only a look at what Slack holds
 *   (the message's metadata in the channel's history) can tell; `inFlight` says the request may
 *   even still be running at Slack (no answer came), so a look finding nothing is not yet proof.
 */

/** The `error` of a Slack platform error (`not_in_channel`, `is_archived`…), if that is what it was. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Thrown by the Web API client's fetch (see `web-client-policy.ts`) for a call that is not
 * idempotent whose outcome is unknown, so that the client does not retry it blindly.
 */
export class UncertainCallError extends Error {
  override name = 'UncertainCallError';
  constructor(
    readonly method: string,
    /** The HTTP status Slack answered with (5xx), or undefined when no answer came. */
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      status === undefined
        ? `no answer to ${method}: ${describeCause(options?.cause)}`
        : `HTTP ${status} from ${method}`,
      options,
    );
  }
}

export type SlackFailure =
  | { kind: 'refused'; code: string }
  | { kind: 'not_sent'; detail: string }
  | { kind: 'uncertain'; inFlight: boolean; detail: string };

/** Slack error codes that say "not now" rather than "never". */
const PASSING_CODES = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Network error codes that mean the request never left this machine. */
const NOT_SENT_CAUSES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

export function describeFailure(error: unknown): SlackFailure {
  const code = slackErrorCode(error);
  if (code) return { kind: 'refused', code };
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    statusCode?: unknown;
    original?: unknown;
    message?: unknown;
  };
  const detail = (typeof e.message === 'string' ? e.message : String(error)).slice(0, 500);
  if (e.code === 'slack_webapi_rate_limited_error') return { kind: 'not_sent', detail };
  if (e.code === 'slack_webapi_http_error') {
    const status = Number(e.statusCode);
    return status >= 500 ? { kind: 'uncertain', inFlight: false, detail } : { kind: 'not_sent', detail };
  }
  if (e.code === 'slack_webapi_request_error') {
    if (e.original instanceof UncertainCallError) {
      return { kind: 'uncertain', inFlight: e.original.status === undefined, detail };
    }
    if (neverSent(e.original)) return { kind: 'not_sent', detail };
    return { kind: 'uncertain', inFlight: true, detail };
  }
  if (error instanceof UncertainCallError) {
    return { kind: 'uncertain', inFlight: error.status === undefined, detail };
  }
  // Not the Web API's own error (a bug of ours, a thrown TypeError): treat it as unknown.
  return { kind: 'uncertain', inFlight: true, detail };
}

/** Whether trying again later may succeed: refusals with a passing code, and anything not refused. */
export function isPassing(failure: SlackFailure): boolean {
  return failure.kind !== 'refused' || PASSING_CODES.has(failure.code);
}

/** Short text for logs and the delivery row's `last_error`. */
export function failureText(failure: SlackFailure): string {
  return failure.kind === 'refused' ? failure.code : failure.detail;
}

/** True for a network error where the request never left this machine, so repeating it is safe. */
export function neverSent(error: unknown): boolean {
  return NOT_SENT_CAUSES.has(networkCode(error) ?? '');
}

/** `ECONNRESET`, `ECONNREFUSED`… from a fetch error or its cause, if there is one. */
export function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$|^UND_ERR/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = networkCode(cause);
    return code ? `${cause.name} ${code}` : `${cause.name}: ${cause.message}`;
  }
  return String(cause);
}
