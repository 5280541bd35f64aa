import type { Request, Response } from 'express';
import type { Calendar, Clock, Logger, StorePort } from '../core/ports';
import type { Body } from './build-body';
import { createFeedCache } from './feed-cache';
import { findGrant } from './find-grant';

export interface FeedHandlerDeps {
  store: StorePort;
  calendar: Calendar;
  clock: Clock;
  logger: Logger;
  /** How long a request waits for a rebuild before it gets the previous body (default 250 ms). */
  waitForRebuildMs?: number;
}

export type FeedHandler = (req: Request, res: Response) => Promise<void>;

/** GET /calendar/<token>.ics: the feed the token grants, with ETag / Last-Modified and 304s. */
export function createFeedHandler(deps: FeedHandlerDeps): FeedHandler {
  const feedFor = createFeedCache(deps.calendar, deps.clock, deps.logger, deps.waitForRebuildMs);
  return async (req, res) => {
    const file = String(req.params.file ?? '');
    const data = deps.store.read();
    const grant = file.endsWith('.ics') ? findGrant(data, file.slice(0, -4)) : undefined;
    const feed = grant && (await feedFor(data, grant));
    // Wrong, revoked and malformed links look the same, and the body says nothing about why.
    if (!feed) return void res.status(404).type('text/plain').send('Not found\n');
    deps.logger.debug({ feed: grant.kind, bytes: feed.body.size }, 'calendar feed served');
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="secbot.ics"',
      'Cache-Control': 'private, no-cache',
      Vary: 'Accept-Encoding',
      ETag: feed.etag,
      'Last-Modified': feed.lastModified.toUTCString(),
    });
    if (req.fresh) return void res.status(304).end();
    if (!req.acceptsEncodings('gzip')) return send(req, res, feed.body);
    res.set('Content-Encoding', 'gzip');
    send(req, res, await feed.gzipped());
  };
}

/** The body chunk by chunk (no copy into one buffer); headers only for HEAD. */
function send(req: Request, res: Response, body: Body): void {
  res.status(200).set('Content-Length', String(body.size));
  if (req.method === 'HEAD') return void res.end();
  for (const chunk of body.chunks) res.write(chunk);
  res.end();
}
