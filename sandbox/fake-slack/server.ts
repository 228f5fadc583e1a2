/**
 * The HTTP side of the fake: `POST /api/<method>` (form, JSON or multipart, like slack.com),
 * the file upload URLs, response_urls, and downloads of uploaded files. Bad input gets a
 * Slack-shaped answer or a 4xx; nothing a client sends can crash the server.
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { isObject } from './block-limits.js';
import { applyResponseUrlPost } from './interactions.js';
import type { ChannelPostLimiter } from './post-rate.js';
import type { Workspace } from './state.js';
import type { Fault, JsonObject, RecordedCall } from './types.js';
import { callWebApi, JSON_FIELDS } from './web-api.js';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Injected faults, consumed per call: a method's own faults first, then those for '*'. */
export class Faults {
  private readonly queue: Array<{ method: string; fault: Fault; remaining: number }> = [];

  add(method: string, fault: Fault, times: number): void {
    this.queue.push({ method, fault, remaining: Math.max(1, Math.floor(times)) });
  }

  take(method: string): Fault | undefined {
    const entry =
      this.queue.find((f) => f.method === method && f.remaining > 0) ??
      this.queue.find((f) => f.method === '*' && f.remaining > 0);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.queue.splice(this.queue.indexOf(entry), 1);
    return entry.fault;
  }

  clear(): void {
    this.queue.length = 0;
  }
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function send(
  res: ServerResponse,
  status: number,
  body: JsonObject | string,
  headers: Record<string, string> = {},
) {
  const isJson = typeof body !== 'string';
  res.writeHead(status, {
    'content-type': isJson ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    ...headers,
  });
  res.end(isJson ? JSON.stringify(body) : body);
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Multipart parsing by the platform's own FormData, so no parser of our own. */
async function parseMultipart(req: IncomingMessage, body: Buffer): Promise<FormData> {
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': req.headers['content-type'] ?? '' },
  }).formData();
}

/** Web API arguments from any of the content types Slack accepts; undefined for malformed JSON. */
async function parseArgs(
  req: IncomingMessage,
  body: Buffer,
  query: URLSearchParams,
): Promise<JsonObject | undefined> {
  const args: JsonObject = Object.fromEntries(query);
  const type = mediaType(req);
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return undefined;
    }
    if (!isObject(parsed)) return undefined;
    Object.assign(args, parsed);
  } else if (type === 'multipart/form-data') {
    for (const [key, value] of await parseMultipart(req, body)) {
      if (typeof value === 'string') args[key] = value;
    }
  } else if (body.length > 0) {
    Object.assign(args, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  // WebClient JSON-encodes nested values inside forms; a value that is not valid JSON stays
  // a string, and the method then answers as Slack does for it.
  for (const field of JSON_FIELDS) {
    const value = args[field];
    if (typeof value !== 'string') continue;
    try {
      args[field] = JSON.parse(value);
    } catch {
      // left as the string it is
    }
  }
  return args;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export interface ServerDeps {
  ws: Workspace;
  faults: Faults;
  /** This server's base URL, ending with '/'. */
  baseUrl: () => string;
  /** Slack's per-channel posting pace, when enforced. */
  postLimiter?: ChannelPostLimiter;
}

export function createFakeSlackServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => {
    route(deps, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof BodyTooLarge) send(res, 413, 'request body too large');
      else send(res, 500, { ok: false, error: 'fatal_error', detail: String(error) });
    });
  });
  return server;
}

async function route(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake-slack.local');
  const path = url.pathname;

  if (path.startsWith('/api/')) {
    if (req.method !== 'POST' && req.method !== 'GET') return send(res, 405, 'method not allowed');
    return handleApi(deps, req, res, decodeURIComponent(path.slice('/api/'.length)), url.searchParams);
  }
  if (path.startsWith('/upload/') && req.method === 'POST') {
    return handleUpload(deps, req, res, path.slice('/upload/'.length));
  }
  if (path.startsWith('/response/') && req.method === 'POST') {
    return handleResponseUrl(deps, req, res, path.slice('/response/'.length));
  }
  if (path.startsWith('/files/') && req.method === 'GET') {
    const file = deps.ws.files.find((f) => f.id === path.slice('/files/'.length));
    if (!file) return send(res, 404, 'file not found');
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${file.name}"`,
    });
    res.end(file.content);
    return;
  }
  if (path === '/' && req.method === 'GET') return send(res, 200, { ok: true, service: 'fake-slack' });
  return send(res, 404, 'not found');
}

async function handleApi(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  query: URLSearchParams,
): Promise<void> {
  const { ws } = deps;
  const at = ws.now();
  const body = await readBody(req);
  const parsed = await parseArgs(req, body, query);
  const args: JsonObject = { ...(parsed ?? {}) };
  delete args.token; // the token is a secret, not an argument worth recording

  const record = (response: JsonObject, status: number): void => {
    const call: RecordedCall = { method, args, response, status, at };
    ws.recordCall(call);
  };

  const channel = method === 'chat.postMessage' ? args.channel : undefined;
  const wait = typeof channel === 'string' ? (deps.postLimiter?.take(channel, at) ?? 0) : 0;
  if (wait > 0) {
    const answer = { ok: false, error: 'ratelimited' };
    record(answer, 429);
    return send(res, 429, answer, { 'retry-after': String(wait) });
  }

  const fault = deps.faults.take(method);
  if (fault?.kind === 'slow') await delay(fault.ms);
  if (fault?.kind === 'rate_limited') {
    const answer = { ok: false, error: 'ratelimited' };
    record(answer, 429);
    return send(res, 429, answer, { 'retry-after': String(fault.retryAfter) });
  }
  if (fault?.kind === 'http_error') {
    record({ ok: false, error: `http_${fault.status}` }, fault.status);
    return send(res, fault.status, STATUS_CODES[fault.status] ?? 'error');
  }
  if (fault?.kind === 'error') {
    const answer = { ok: false, error: fault.error };
    record(answer, 200);
    return send(res, 200, answer);
  }

  const answer =
    parsed === undefined
      ? { ok: false, error: 'invalid_json' }
      : callWebApi({ ws, baseUrl: deps.baseUrl() }, method, parsed, bearerToken(req));
  record(answer, 200);
  if (fault?.kind === 'dropped_answer') {
    res.socket?.destroy();
    return;
  }
  if (fault?.kind === 'late_answer') {
    await delay(fault.ms);
    // The client has usually given up and closed the connection by now.
    if (res.destroyed || res.socket?.destroyed) return;
  }
  send(res, 200, answer);
}

/** The upload URL takes the raw bytes, or a multipart form with the file in it. */
async function handleUpload(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, fileId: string) {
  const pending = deps.ws.pendingFiles.get(fileId);
  if (!pending) return send(res, 404, 'upload url not found');
  const body = await readBody(req);
  let content = body;
  if (mediaType(req) === 'multipart/form-data') {
    const form = await parseMultipart(req, body);
    const part = [...form.values()].find((value) => typeof value !== 'string');
    const text = [...form.values()].find((value) => typeof value === 'string');
    if (part !== undefined && typeof part !== 'string') content = Buffer.from(await part.arrayBuffer());
    else if (typeof text === 'string') content = Buffer.from(text);
  }
  pending.content = content;
  send(res, 200, `OK - ${content.length}`);
}

async function handleResponseUrl(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, id: string) {
  const { ws } = deps;
  const context = ws.responseUrls.get(id);
  const raw = (await readBody(req)).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  const post = {
    url: `${deps.baseUrl()}response/${id}`,
    body: isObject(body) ? body : { raw },
    at: ws.now(),
  };
  ws.responseUrlPosts.push(post);
  ws.emit({ kind: 'response_url', post });
  if (!context) return send(res, 404, { ok: false, error: 'expired_url' });
  if (!isObject(body)) return send(res, 400, { ok: false, error: 'invalid_payload' });
  const answer = applyResponseUrlPost(ws, context, body);
  send(res, answer.status, answer.body);
}
