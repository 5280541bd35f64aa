import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type RequestHandler } from 'express';

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
export function createWebServer(health: () => HealthReport, calendarFeed?: RequestHandler): WebServer {
  const app = express();
  app.disable('x-powered-by');
  if (calendarFeed) app.get('/calendar/:file', calendarFeed);
  app.get('/healthz', (_req, res) => {
    const report = health();
    res.status(report.ok ? 200 : 503).json(report);
  });
  let server: Server | undefined;
  return {
    app,
    async listen(port) {
      server = app.listen(port, '0.0.0.0');
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
