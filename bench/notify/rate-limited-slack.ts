import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'node:querystring';

export interface RateLimitedSlack {
  apiUrl: string;
  /** Delivered posts per channel, in order (message text). */
  delivered: Map<string, string[]>;
  rejected: number;
  close(): Promise<void>;
}

/**
 * A Slack-like Web API on loopback that enforces Slack's posting limit: about one message per second
 * per channel, with a short burst allowed (a token bucket of `burst`), answering 429 + Retry-After.
 */
export async function startRateLimitedSlack(burst = 2): Promise<RateLimitedSlack> {
  const delivered = new Map<string, string[]>();
  const buckets = new Map<string, { tokens: number; at: number }>();
  const state = { rejected: 0 };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      const body = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw || '{}') : parse(raw);
      if (method === 'auth.test') return json(res, 200, { ok: true, team_id: 'T1', user_id: 'UBOT' });
      if (method !== 'chat.postMessage') return json(res, 200, { ok: false, error: 'unknown_method' });
      const channel = String(body.channel);
      if (!take(buckets, channel, burst)) {
        state.rejected++;
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
        return;
      }
      delivered.set(channel, [...(delivered.get(channel) ?? []), String(body.text)]);
      json(res, 200, { ok: true, channel, ts: `${Date.now() / 1000}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    delivered,
    get rejected() {
      return state.rejected;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function take(buckets: Map<string, { tokens: number; at: number }>, channel: string, burst: number): boolean {
  const now = Date.now();
  const bucket = buckets.get(channel) ?? { tokens: burst, at: now };
  bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1000);
  bucket.at = now;
  buckets.set(channel, bucket);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

function json(res: import('node:http').ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
