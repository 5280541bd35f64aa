import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from './core/ports';
import { createExpressServer } from './platforms/express-server';
import { MAX_BODY_BYTES } from './platforms/http-limits';

export interface HealthReport {
  ok: boolean;
  [part: string]: unknown;
}

export interface WebServer {
  app: Express;
  /** Listen on the port (0 = any free one); resolves with the port actually bound. */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * The one HTTP server: Slack's /slack/events, Teams' /api/messages, calendar feeds and /healthz share PORT.
 * Platforms mount their routes on `app` before `listen`.
 */
export function createWebServer(health: () => HealthReport | Promise<HealthReport>, options: { calendarFeed?: RequestHandler; logger?: Logger } = {}): WebServer {
  const { calendarFeed, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  // Every endpoint: a declared body over the limit is refused before it is read (routes also cap what they read).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (Number(req.header('content-length') ?? 0) <= MAX_BODY_BYTES) return next();
    logger?.warn({ path: req.path, status: 413 }, 'request refused: body too large');
    res.status(413).json({ error: `the body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB` });
  });
  if (calendarFeed) app.get('/calendar/:file', calendarFeed);
  app.get('/healthz', async (_req, res) => {
    const report = await health();
    res.status(report.ok ? 200 : 503).json(report);
  });
  let server: Server | undefined;
  return {
    app,
    async listen(port) {
      // Last: whatever a route failed on is logged through pino (redacted), never a stack trace on stderr.
      app.use((error: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
        const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
        logger?.error({ path: req.path, status, err: { message: error.message } }, 'request failed');
        if (!res.headersSent) res.status(status).json({ error: status === 500 ? 'internal error' : 'bad request' });
      });
      server = createExpressServer(app).listen(port, '0.0.0.0');
      await once(server, 'listening');
      return (server.address() as AddressInfo).port;
    },
    async close() {
      if (!server) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}
