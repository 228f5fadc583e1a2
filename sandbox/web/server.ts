/**
 * The sandbox page's server: the static page, a small JSON API that turns the page's clicks into
 * what Slack would send the app (through FakeSlack, signed, over HTTP), and Server-Sent Events that
 * tell the page when FakeSlack's workspace changed. Listens on 127.0.0.1 only: it acts as any user.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeSlackChange } from '../fake-slack/index.js';
import { actionBody, closeBody, homeBody, outcome, sendBody, submitBody, userId } from './bodies.js';
import { HttpError, listen, parse, readJson, SECURITY_HEADERS, sendJson } from './http.js';
import type { SandboxServer, SandboxServerOptions } from './options.js';
import { snapshot } from './snapshot.js';

export type { SandboxControls, SandboxServer, SandboxServerOptions } from './options.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const _MAX_BODY_BYTES = 1_000_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// ── server ─────────────────────────────────────────────────────────────────

export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const { fake } = options;
  const staticFiles = new Map<string, string>();
  for (const name of readdirSync(PUBLIC_DIR)) {
    const type = CONTENT_TYPES[extname(name)];
    if (type) staticFiles.set(`/${name}`, type);
  }
  const streams = new Set<ServerResponse>();
  const unsubscribe = fake.subscribe((change: FakeSlackChange) => {
    // API calls alone change nothing the page shows; the changes they make arrive as their own kinds.
    if (change.kind === 'api_call') return;
    const data = JSON.stringify(
      change.kind === 'messages'
        ? { kind: 'messages', channelId: change.channelId }
        : change.kind === 'views'
          ? { kind: 'views', userId: change.userId }
          : { kind: 'response_url' },
    );
    for (const stream of streams) stream.write(`event: change\ndata: ${data}\n\n`);
  });
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    // Only the page itself, not a site that rebinds its DNS name to 127.0.0.1.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost') throw new HttpError(421, 'unexpected host');

    if (req.method === 'GET') {
      const file = path === '/' ? '/index.html' : path;
      const type = staticFiles.get(file);
      if (type) {
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
        res.end(readFileSync(join(PUBLIC_DIR, file.slice(1))));
        return;
      }
      if (path === '/api/bootstrap') {
        return sendJson(res, 200, {
          people: options.people,
          defaultUserId: options.defaultUserId,
          locale: options.locale,
          botUserId: fake.botUserId,
        });
      }
      if (path === '/api/snapshot') {
        const user = userId.safeParse(url.searchParams.get('user'));
        if (!user.success) throw new HttpError(400, 'user is missing or malformed');
        return sendJson(res, 200, snapshot(options, user.data, url.searchParams.get('channel') ?? undefined));
      }
      if (path === '/api/events') {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        res.write('event: hello\ndata: {}\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (path.startsWith('/api/files/')) {
        const id = path.slice('/api/files/'.length);
        const file = fake.files().find((f) => f.id === id);
        if (!file) throw new HttpError(404, 'file not found');
        const name = file.name.replace(/[^\w.-]+/g, '_');
        const lower = name.toLowerCase();
        // A PNG (a chart) is shown in the page; anything else is downloaded.
        const type = lower.endsWith('.csv')
          ? 'text/csv; charset=utf-8'
          : lower.endsWith('.png')
            ? 'image/png'
            : 'application/octet-stream';
        const disposition = type === 'image/png' ? 'inline' : 'attachment';
        res.writeHead(200, {
          'content-type': type,
          'content-disposition': `${disposition}; filename="${name}"`,
          'x-content-type-options': 'nosniff',
        });
        res.end(file.content);
        return;
      }
      throw new HttpError(404, 'not found');
    }

    if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
    // JSON only: a form posted by another web page cannot make the sandbox act as someone.
    if (!req.headers['content-type']?.startsWith('application/json')) {
      throw new HttpError(415, 'send application/json');
    }
    const body = await readJson(req);

    switch (path) {
      case '/api/send': {
        const input = parse(sendBody, body);
        if (input.text.startsWith('/')) {
          const [command = '', ...rest] = input.text.split(/\s+/);
          if (command !== '/mitra')
            return sendJson(res, 200, { ok: false, error: 'unknown_command', command });
          const result = await fake.sendSlashCommand({
            userId: input.user,
            channelId: input.channel,
            command,
            text: rest.join(' '),
          });
          return sendJson(res, 200, outcome(result));
        }
        fake.addMessage({
          channelId: input.channel,
          userId: input.user,
          // Slack's client sends what people type with &, < and > escaped, so `<b>` stays text.
          text: input.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
          ...(input.threadTs ? { threadTs: input.threadTs } : {}),
        });
        return sendJson(res, 200, { ok: true });
      }
      case '/api/action': {
        const input = parse(actionBody, body);
        const result = await fake.sendBlockAction({
          userId: input.user,
          actionId: input.actionId,
          ...(input.blockId !== undefined ? { blockId: input.blockId } : {}),
          ...(input.value !== undefined ? { value: input.value } : {}),
          ...(input.selectedOption ? { selectedOption: input.selectedOption } : {}),
          ...(input.extra ? { extra: input.extra } : {}),
          ...(input.viewId ? { viewId: input.viewId, values: input.values ?? {} } : {}),
          ...(input.channelId ? { channelId: input.channelId } : {}),
          ...(input.messageTs ? { messageTs: input.messageTs } : {}),
        });
        return sendJson(res, 200, outcome(result));
      }
      case '/api/submit': {
        const input = parse(submitBody, body);
        const result = await fake.sendViewSubmission({
          userId: input.user,
          viewId: input.viewId,
          values: input.values,
        });
        return sendJson(res, 200, { ...outcome(result), outcome: result.outcome });
      }
      case '/api/close': {
        const input = parse(closeBody, body);
        await fake.sendViewClosed({
          userId: input.user,
          viewId: input.viewId,
          isCleared: input.cleared ?? false,
        });
        return sendJson(res, 200, { ok: true });
      }
      case '/api/home-opened': {
        const input = parse(homeBody, body);
        const dm = fake.openDm(input.user);
        const result = await fake.sendEvent({
          type: 'app_home_opened',
          user: input.user,
          channel: dm.id,
          tab: 'home',
        });
        return sendJson(res, 200, outcome(result));
      }
      case '/api/tick': {
        await options.controls.tick();
        return sendJson(res, 200, { ok: true, now: options.controls.now().toISOString() });
      }
      case '/api/advance': {
        // Which conversations got new messages, so the page can say where and jump there.
        const count = () => new Map(fake.channels().map((c) => [c.id, fake.messages(c.id).length]));
        const before = count();
        const at = await options.controls.advanceToNextReminder();
        const after = count();
        const posted = fake
          .channels()
          .filter((c) => (after.get(c.id) ?? 0) > (before.get(c.id) ?? 0))
          .map((c) => ({ id: c.id, name: c.name, isIm: c.isIm }));
        return sendJson(res, 200, { ok: at !== null, now: options.controls.now().toISOString(), posted });
      }
      default:
        throw new HttpError(404, 'not found');
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 409;
      // FakeSlack refuses impossible clicks (a view no longer open…) by throwing; the page shows why.
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: message });
      else res.end();
    });
  });
  await listen(server, options.port ?? 0);
  const port = (server.address() as AddressInfo).port; // a TCP listener, so an AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async close() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
