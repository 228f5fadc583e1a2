import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { JsonObject, SendResult } from './types.js';

export const SOCKET_PATH = '/socket';

type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/**
 * Slack's side of Socket Mode: the app opens a WebSocket (URL from `apps.connections.open`), gets a
 * `hello`, then receives envelopes — slash commands, interactivity, events — and acknowledges
 * each by sending back its `envelope_id`, with a response payload where Slack accepts one.
 */
export class SocketModeHub {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly waiting = new Map<string, (payload: unknown) => void>();

  constructor(
    server: Server,
    private readonly appId: string,
  ) {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(req.url ?? '/', 'http://fake-slack.local').pathname !== SOCKET_PATH) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  get connected(): boolean {
    return [...this.sockets].some((s) => s.readyState === WebSocket.OPEN);
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      let ack: unknown;
      try {
        ack = JSON.parse(String(data));
      } catch {
        return;
      }
      const envelopeId = (ack as { envelope_id?: unknown }).envelope_id;
      if (typeof envelopeId !== 'string') return;
      this.waiting.get(envelopeId)?.((ack as { payload?: unknown }).payload);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
        connection_info: { app_id: this.appId },
      }),
    );
  }

  /**
   * Sends what would have been an HTTP request to the app as an envelope, and answers like the
   * HTTP path does: status 200 with the ack's payload, or `timedOut` after the ack deadline.
   */
  async deliver(body: string, contentType: string, ackTimeoutMs: number): Promise<SendResult> {
    const socket = [...this.sockets].find((s) => s.readyState === WebSocket.OPEN);
    if (!socket) throw new Error('FakeSlack: no Socket Mode connection');
    const { type, payload } = toEnvelope(body, contentType);
    const envelopeId = randomUUID();
    const acked = new Promise<unknown>((resolve) => this.waiting.set(envelopeId, resolve));
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: 0,
        retry_reason: '',
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ackTimeoutMs);
    });
    try {
      const answer = await Promise.race([acked, timeout]);
      if (answer === 'timeout') return { status: 0, body: '', headers: {}, timedOut: true };
      return { status: 200, body: answer ?? '', headers: {} };
    } finally {
      clearTimeout(timer);
      this.waiting.delete(envelopeId);
    }
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
  }
}

/** The HTTP body Slack would have POSTed, as the envelope Socket Mode carries instead. */
function toEnvelope(body: string, contentType: string): { type: EnvelopeType; payload: JsonObject } {
  if (contentType.startsWith('application/json')) return { type: 'events_api', payload: JSON.parse(body) };
  const form = new URLSearchParams(body);
  const interactive = form.get('payload');
  if (interactive !== null) return { type: 'interactive', payload: JSON.parse(interactive) };
  return { type: 'slash_commands', payload: Object.fromEntries(form) };
}
