import { spawnSync } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createExpressServer } from '../../src/platforms/express-server';
import { createWebServer, type WebServer } from '../../src/web-server';

let web: WebServer | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

describe('the HTTP server builds requests with express’s prototypes', () => {
  it('a request and its response already have the app’s prototypes when they arrive, before express routes them', async () => {
    const app = express();
    app.get('/ping', (_req, res) => void res.json({ ok: true }));
    const server = createExpressServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const seen: boolean[] = [];
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
    });
    try {
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/ping`);
      expect(await answer.json()).toEqual({ ok: true });
      // express would otherwise swap both prototypes per request, which on Node 20 keeps the whole request
      // alive until a full collection (see express-server.ts).
      expect(seen).toEqual([true, true]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('routes and express’s request and response helpers work as with app.listen', async () => {
    web = createWebServer(() => ({ ok: true }));
    web.app.post('/echo/:name', express.json(), (req, res) => void res.status(201).json({ name: req.params.name, header: req.header('x-probe'), body: req.body }));
    const port = await web.listen(0);
    const echo = await fetch(`http://127.0.0.1:${port}/echo/dp096`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-probe': 'yes' }, body: JSON.stringify({ ref: 'DP096' }) });
    expect(echo.status).toBe(201);
    expect(await echo.json()).toEqual({ name: 'dp096', header: 'yes', body: { ref: 'DP096' } });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
  });
});

describe('requests served by the bot die young (a young-generation collection frees them)', () => {
  /** Bytes V8 moved to the old generation per request while the fixture served 3,000 requests. */
  function promotedPerRequest(...args: string[]): number {
    const fixture = join(import.meta.dirname, 'fixtures', 'requests-die-young.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--max-semi-space-size=2', '--trace-gc-nvp', fixture, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.slice(run.stdout.indexOf('START'), run.stdout.indexOf('END')).split('\n');
    const promoted = lines.filter((line) => line.includes('gc=s ')).map((line) => Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0));
    return promoted.reduce((sum, bytes) => sum + bytes, 0) / 3000;
  }

  it('through the bot’s web server, under 1 KB per request reaches the old generation (express’s own app.listen: about 10 KB)', () => {
    expect(promotedPerRequest()).toBeLessThan(1024);
  }, 90_000);
});
