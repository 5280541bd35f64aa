import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import type { Calendar } from '../core/ports';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { feedEvents } from './build-feed';
import { scopeOf } from './feed-scope';
import { createTimeSlicer } from './time-slicer';
import { FOOTER, type ICalWriters } from './to-ical';

/** A feed body as chunks of about 64 KB: never one big string or buffer to copy in one go. */
export interface Body {
  chunks: Buffer[];
  size: number;
}

export interface BuiltFeed {
  /** A hash of the feed's name, description and events: the ETag, stable across restarts. */
  fingerprint: string;
  body: Body;
  /** The longest the build held the event loop at once, in ms. */
  longestSliceMs: number;
}

const CHUNK_CHARS = 64 * 1024;

/**
 * Builds one feed in slices of a few milliseconds, handing the event loop back in between, so a feed of
 * 50,000 events never holds up chat requests: events, fingerprint and iCalendar text are made one event
 * at a time. The data is an immutable version of the store, so later writes cannot change it mid-build.
 */
export async function buildBody(data: Readonly<StoreData>, grant: CalendarGrant, calendar: Calendar, writers: ICalWriters, now: Date): Promise<BuiltFeed | undefined> {
  const scope = scopeOf(data, grant);
  if (!scope) return undefined;
  const slicer = createTimeSlicer();
  const hash = createHash('sha256').update(JSON.stringify([scope.name, scope.description]));
  const write = writers.build(now);
  const chunks: Buffer[] = [];
  let text = writers.header(scope);
  for (const event of feedEvents(data, scope, calendar)) {
    if (event) {
      const key = JSON.stringify(event);
      hash.update(key);
      text += write(event, key);
      if (text.length >= CHUNK_CHARS) {
        chunks.push(Buffer.from(text));
        text = '';
      }
    }
    if (slicer.due()) await slicer.pause();
  }
  chunks.push(Buffer.from(text + FOOTER));
  return { fingerprint: hash.digest('base64url'), body: { chunks, size: chunks.reduce((n, c) => n + c.length, 0) }, longestSliceMs: slicer.longest() };
}

/** Gzips a body on the thread pool, chunk by chunk. */
export function gzipBody(body: Body): Promise<Body> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip();
    const chunks: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    gzip.on('end', () => resolve({ chunks, size: chunks.reduce((n, c) => n + c.length, 0) }));
    gzip.on('error', reject);
    for (const chunk of body.chunks) gzip.write(chunk);
    gzip.end();
  });
}
