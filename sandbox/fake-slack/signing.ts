import { createHmac } from 'node:crypto';

/** A type alias rather than an interface, so it can be spread into any `Record<string, string>`. */
export type SignatureHeaders = {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
};

/**
 * Signs a request body the way Slack does: HMAC-SHA256 over `v0:<timestamp>:<body>` with the
 * app's signing secret. `timestampSeconds` defaults to the real clock, since the receiving app
 * compares it with its own clock and refuses anything older than five minutes.
 */
export function signRequest(
  signingSecret: string,
  body: string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): SignatureHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestampSeconds) };
}
