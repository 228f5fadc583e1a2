import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the signature matched the body and the timestamp is within five minutes. */
  signatureValid: boolean;
  /** The interactivity payload or event body, parsed; the form fields for a slash command. */
  parsed: Record<string, unknown>;
}

export interface Answer {
  status?: number;
  body?: unknown;
  delayMs?: number;
}

/**
 * A minimal app endpoint: verifies Slack's signature like an app must, records each request
 * and answers with whatever the test's `answer` function returns (default: empty 200).
 */
export async function startReceiver(signingSecret: string) {
  const received: ReceivedRequest[] = [];
  let answer: (request: ReceivedRequest) => Answer = () => ({});

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(req.headers['x-slack-request-timestamp'] ?? '');
      const signature = String(req.headers['x-slack-signature'] ?? '');
      const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
      const signatureValid =
        fresh &&
        signature.length === expected.length &&
        timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
      let parsed: Record<string, unknown>;
      if (String(req.headers['content-type']).startsWith('application/json')) {
        parsed = JSON.parse(body) as Record<string, unknown>; // the fake sends valid JSON events
      } else {
        const form = Object.fromEntries(new URLSearchParams(body));
        parsed = form.payload ? (JSON.parse(form.payload) as Record<string, unknown>) : form;
      }
      const request = { headers: req.headers, body, signatureValid, parsed };
      received.push(request);
      const { status = 200, body: answerBody, delayMs = 0 } = answer(request);
      setTimeout(() => {
        if (answerBody === undefined) {
          res.writeHead(status);
          res.end();
        } else {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answerBody));
        }
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // a TCP listener has an AddressInfo

  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    received,
    last: (): ReceivedRequest => {
      const request = received[received.length - 1];
      if (!request) throw new Error('the receiver got no request');
      return request;
    },
    answerWith(fn: (request: ReceivedRequest) => Answer) {
      answer = fn;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
