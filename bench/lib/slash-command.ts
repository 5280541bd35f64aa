import { createHmac } from 'node:crypto';
import { request, type Agent, type Server } from 'node:http';
import type { Express } from 'express';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret';

/**
 * One `/sec TEXT` signed as Slack signs it; milliseconds until the whole response body has arrived.
 * Rejects on a non-200 answer or one `check` refuses.
 */
export function timedSlash(url: URL, text: string, agent: Agent, check: (body: string) => boolean = () => true): Promise<number> {
  const body = new URLSearchParams({ command: '/sec', text, team_id: 'T1', channel_id: 'C1', user_id: 'U1', user_name: 'bench', response_url: 'http://127.0.0.1:9/r', trigger_id: `t.${Math.random()}`, api_app_id: 'A1' }).toString();
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', BENCH_SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': signature };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request(url, { method: 'POST', headers, agent }, (res) => {
      let answer = '';
      res.on('data', (chunk: Buffer) => (answer += chunk));
      res.on('end', () => (res.statusCode === 200 && check(answer) ? resolve(performance.now() - start) : reject(new Error(`unexpected answer ${res.statusCode} to "${text}": ${answer.slice(0, 200)}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Listen on a free loopback port. */
export function listen(app: { listen: Express['listen'] }): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}
