import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { streamEndless } from '../../../support/endless-body';

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  activityId?: string;
  authorization?: string;
  body: any;
  at: number;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** User ids looked up through the member API, in order. */
  memberLookups: string[];
  posts(): ConnectorCall[];
  puts(): ConnectorCall[];
  /** The next N activity calls answer with this status (and headers). */
  failNext(status: number, headers?: Record<string, string>, times?: number): void;
  /** Serve bytes at /files/NAME for attachment downloads. */
  serveFile(name: string, bytes: Uint8Array): string;
  /** Conversation members for GET /v3/conversations/{id}/members/{userId}, by user id (29:… or AAD object id). */
  members: Map<string, Record<string, unknown>>;
  /** Bytes sent so far by /endless/NAME, a body that never ends (a hostile download). */
  endless: { sent: number };
  /** Resolves when a call arrives; for the benchmark. */
  onCall(listener: (call: ConnectorCall) => void): void;
  close(): Promise<void>;
}

const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)/;
const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/;

/** A loopback Bot Connector: records replies, updates and proactive sends, answers like Teams does. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const files = new Map<string, Uint8Array>();
  const listeners: ((call: ConnectorCall) => void)[] = [];
  const members = new Map<string, Record<string, unknown>>();
  const memberLookups: string[] = [];
  let failures: { status: number; headers: Record<string, string>; left: number } | undefined;
  let seq = 0;
  const endless = { sent: 0 };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = req.url ?? '';
    if (req.method === 'GET' && url.startsWith('/endless/')) return streamEndless(res, endless);
    if (req.method === 'GET' && url.startsWith('/files/')) {
      const file = files.get(decodeURIComponent(url.slice('/files/'.length)));
      res.statusCode = file ? 200 : 404;
      return void res.end(file ? Buffer.from(file) : 'missing');
    }
    const member = req.method === 'GET' ? MEMBER_PATH.exec(url) : null;
    if (member) {
      memberLookups.push(decodeURIComponent(member[2]!));
      const found = members.get(decodeURIComponent(member[2]!));
      res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(found ?? { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } }));
    }
    const match = ACTIVITY_PATH.exec(url);
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      res.statusCode = 404;
      return void res.end(JSON.stringify({ error: { code: 'NotFound', message: url } }));
    }
    if (failures && failures.left > 0) {
      failures.left--;
      res.writeHead(failures.status, { 'content-type': 'application/json', ...failures.headers });
      return void res.end(JSON.stringify({ error: { code: failures.status === 404 ? 'ConversationNotFound' : 'Failure', message: 'fake' } }));
    }
    const call: ConnectorCall = {
      method: req.method as 'POST' | 'PUT',
      conversationId: decodeURIComponent(match[1]!),
      ...(match[2] ? { activityId: decodeURIComponent(match[2]) } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: body ? JSON.parse(body) : undefined,
      at: performance.now(),
    };
    calls.push(call);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ id: call.activityId ?? `activity-${++seq}` }));
    for (const listener of listeners) listener(call);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    members,
    memberLookups,
    posts: () => calls.filter((c) => c.method === 'POST'),
    puts: () => calls.filter((c) => c.method === 'PUT'),
    failNext: (status, headers = {}, times = 1) => void (failures = { status, headers, left: times }),
    serveFile(name, bytes) {
      files.set(name, bytes);
      return `${url}/files/${encodeURIComponent(name)}`;
    },
    endless,
    onCall: (listener) => void listeners.push(listener),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
