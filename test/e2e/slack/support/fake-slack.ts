import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { streamEndless } from '../../../support/endless-body';
import { parse } from 'node:querystring';

export interface RecordedCall {
  method: string;
  body: Record<string, any>;
  headers: IncomingHttpHeaders;
}

export interface Failure {
  /** Answer normally, but only after this long (a slow Slack: the caller may die waiting). */
  delayMs?: number;
  status?: number;
  retryAfter?: number;
  error?: string;
}

/** A Slack Web API on loopback: records every call, answers like Slack, and can fail on demand. */
export interface FakeSlack {
  /** Base URL for clientOptions.slackApiUrl / SLACK_API_URL. */
  apiUrl: string;
  origin: string;
  calls: RecordedCall[];
  /** POSTs to response_url links. */
  responses: RecordedCall[];
  /** Bytes sent so far by /endless/NAME, a body that never ends (a hostile download). */
  endless: { sent: number };
  responseUrl(id: string): string;
  callsTo(method: string): RecordedCall[];
  /** Fail the next `times` calls to `method`. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Serve bytes at /files/NAME for bearer-token downloads. */
  serveFile(name: string, bytes: Uint8Array): string;
  /** Resolve when a call (or response_url post) matching the predicate has arrived. */
  waitFor(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** What apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
  /** users.info answers: Slack user id → the user object (profile.email etc.); others get user_not_found. */
  users: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

export const FAKE_BOT_TOKEN = 'xoxb-fake-0000-secret-bot-token';

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const responses: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  const files = new Map<string, Uint8Array>();
  const endless = { sent: 0 };
  const events = new EventEmitter();
  let ts = 1_700_000_000;
  const fake = {} as FakeSlack;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname.startsWith('/endless/')) return streamEndless(res, endless);
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const bytes = files.get(url.pathname.slice(7));
      const authorised = req.headers.authorization === `Bearer ${FAKE_BOT_TOKEN}`;
      res.writeHead(bytes && authorised ? 200 : authorised ? 404 : 403).end(bytes && authorised ? Buffer.from(bytes) : undefined);
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const call = { method: url.pathname.slice(10), body: JSON.parse(raw || '{}'), headers: req.headers };
      responses.push(call);
      events.emit('response', call);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const call = { method, body: toBody(raw, req.headers['content-type']), headers: req.headers };
    calls.push(call);
    const failure = failures.get(method)?.shift();
    if (failure?.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    else if (failure) return fail(res, failure);
    const answered = method === 'conversations.history' ? history(calls, call.body) : answer(method, call.body, String(++ts), fake.socketUrl, fake.users);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answered));
    events.emit('call', call);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return Object.assign(fake, {
    users: new Map<string, Record<string, unknown>>(),
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    responses,
    endless,
    responseUrl: (id: string) => `${origin}/response/${id}`,
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    failNext(method: string, failure: Failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    serveFile(name: string, bytes: Uint8Array) {
      files.set(name, bytes);
      return `${origin}/files/${name}`;
    },
    waitFor(method: string, predicate: (call: RecordedCall) => boolean = () => true, timeoutMs = 15_000) {
      const isResponse = method === 'response_url';
      const seen = (isResponse ? responses : calls).find((c) => (isResponse || c.method === method) && predicate(c));
      if (seen) return Promise.resolve(seen);
      return new Promise<RecordedCall>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} call arrived within ${timeoutMs} ms`)), timeoutMs);
        const listener = (call: RecordedCall) => {
          if ((isResponse || call.method === method) && predicate(call)) {
            clearTimeout(timer);
            events.off(isResponse ? 'response' : 'call', listener);
            resolve(call);
          }
        };
        events.on(isResponse ? 'response' : 'call', listener);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => undefined),
  }) as FakeSlack;

  function fail(res: import('node:http').ServerResponse, failure: Failure) {
    if (failure.status && failure.status !== 200) {
      res.writeHead(failure.status, failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {}).end('{}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: failure.error ?? 'fatal_error' }));
  }
}

function answer(method: string, body: Record<string, any>, ts: string, socketUrl: string | undefined, users?: Map<string, Record<string, unknown>>): object {
  switch (method) {
    case 'users.info': {
      const user = users?.get(String(body.user));
      return user ? { ok: true, user: { id: body.user, ...user } } : { ok: false, error: 'user_not_found' };
    }
    case 'auth.test':
      return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'secbot', team: 'Test team' };
    case 'chat.postMessage':
    case 'chat.update':
      return { ok: true, channel: body.channel, ts: body.ts ?? ts };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: ts };
    case 'conversations.open':
      return { ok: true, channel: { id: `D${String(body.users).replace(/^U/, '')}` } };
    case 'views.open':
    case 'views.publish':
      return { ok: true, view: { id: `V${ts}` } };
    case 'apps.connections.open':
      return socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: 'not_allowed' };
    case 'chat.unfurl':
      return { ok: true };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** The messages posted to a channel so far (with their metadata), as conversations.history lists them. */
function history(calls: readonly RecordedCall[], body: Record<string, any>): object {
  const posted = calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === body.channel);
  return { ok: true, has_more: false, messages: posted.reverse().map((c, i) => ({ type: 'message', ts: String(i), text: c.body.text, ...(c.body.metadata ? { metadata: c.body.metadata } : {}) })) };
}

function toBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const form = parse(raw) as Record<string, string>;
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, /^[[{]/.test(v) ? safeJson(v) : v]));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
