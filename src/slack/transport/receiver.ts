import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import {
  type BufferedIncomingMessage,
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  isRawBodyError,
  verifySlackRequest,
} from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { checkEnvelope } from './envelope.js';

/** Slack's own window: a request dated more than five minutes from our clock, either way, is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
const BODY_LIMIT = HTTPModuleFunctions.defaultBodyLimit;

export interface ServerLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

/**
 * Limits of the HTTP server, so slow or stalled clients cannot hold it: Slack sends a request's
 * headers and body at once and waits 3 s for the answer, so a few seconds is plenty.
 */
export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};

/**
 * Options for `http.createServer` (Bolt's receiver passes them through): the time-outs, and how
 * often Node looks for requests past them (its default, 30 s, would let them hang that long).
 */
export function serverOptions(limits: Partial<ServerLimits> = {}): ServerOptions {
  const l = { ...SERVER_LIMITS, ...limits };
  return {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, l.requestTimeoutMs),
  };
}

/** The cap on open connections, set once the server exists: beyond it Node drops new sockets. */
export function limitConnections(server: Server, limits: Partial<ServerLimits> = {}): void {
  server.maxConnections = limits.maxConnections ?? SERVER_LIMITS.maxConnections;
}

/**
 * Bolt's HTTP receiver with a guard in front of its Slack endpoint. The guard reads the body once,
 * checks the signature and refuses a timestamp in the future as Bolt refuses a stale one (401),
 * and refuses with 400 a signed body that is not a request Mitra can handle (`null`, an array, a
 * payload without the fields every listener relies on) — Bolt itself would throw on some of these
 * outside any handler and take the process down. What passes goes to Bolt unchanged (the buffered
 * body is reused, and Bolt's own signature check is off: it would only repeat this one). A listener error never turns into a 5xx: the answer is 400 if nothing was sent.
 */
export function createHttpReceiver(
  options: Omit<HTTPReceiverOptions, 'endpoints'> & { endpoint: string; appLogger: Logger },
): HTTPReceiver {
  const { endpoint, appLogger, ...rest } = options;
  const receiver = new HTTPReceiver({
    ...rest,
    endpoints: endpoint,
    bodyLimit: BODY_LIMIT,
    // The guard below verifies every POST to the endpoint (the only requests Bolt treats as
    // events) before Bolt sees it; Bolt checking the same HMAC again cost each request twice.
    signatureVerification: false,
    processEventErrorHandler: async ({ error, response }) => {
      appLogger.warn({ err: error }, 'a Slack request failed before it was answered');
      if (!response.headersSent) {
        response.writeHead(400);
        response.end();
      }
      return false;
    },
  });
  const bolt = receiver.requestListener;
  const signingSecret = rest.signingSecret;

  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== endpoint) {
      bolt(req, res);
      return;
    }
    void guard(req, res).catch((error: unknown) => {
      appLogger.warn({ err: error }, 'could not answer a Slack request');
      if (!res.headersSent) answer(res, 400);
    });
  };

  async function guard(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let buffered: BufferedIncomingMessage;
    try {
      buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, BODY_LIMIT);
    } catch (error) {
      const tooLarge = isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413;
      appLogger.warn({ err: error }, tooLarge ? 'Slack request too large' : 'Slack request body unreadable');
      answer(res, tooLarge ? 413 : 400);
      return;
    }
    const raw = buffered.rawBody.toString();
    const contentType = req.headers['content-type'];
    // Slack's unsigned `ssl_check=1` is answered here with an empty 200; whatever came along
    // with it is unsigned and never reaches Bolt.
    if (
      contentType === 'application/x-www-form-urlencoded' &&
      new URLSearchParams(raw).get('ssl_check') === '1'
    ) {
      answer(res, 200);
      return;
    }
    const refusal = verify(req, raw);
    if (refusal) {
      appLogger.warn({ reason: refusal }, 'Slack request refused: not signed by Slack');
      answer(res, 401);
      return;
    }
    let body: unknown;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch {
      appLogger.warn('Slack request refused: the body is not valid JSON or form data');
      answer(res, 400);
      return;
    }
    const problem = checkEnvelope(body);
    if (problem) {
      appLogger.warn({ problem }, 'Slack request refused: not a request Mitra can handle');
      answer(res, 400);
      return;
    }
    bolt(req, res);
  }

  function verify(req: IncomingMessage, raw: string): string | undefined {
    const signature = req.headers['x-slack-signature'];
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (typeof signature !== 'string' || !Number.isInteger(timestamp)) return 'missing signature headers';
    if (Math.abs(Date.now() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS)
      return 'timestamp outside 5 minutes';
    try {
      verifySlackRequest({
        signingSecret,
        body: raw,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : 'bad signature';
    }
  }

  return receiver;
}

function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
