import { createHash } from 'node:crypto';
import type { Calendar, Clock } from '../core/ports';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { buildFeed } from './build-feed';
import { gzipSync } from 'node:zlib';
import { createICalWriter } from './to-ical';

export interface ServedFeed {
  body: string;
  /** Strong validator: a hash of the feed's events, stable across restarts. */
  etag: string;
  /** When this content was first built here (whole seconds, as HTTP dates carry). */
  lastModified: Date;
  /** The body gzipped, made on first request from a client that accepts it (calendar apps do). */
  gzipped(): Buffer;
}

interface Entry extends ServedFeed {
  data: Readonly<StoreData>;
  fingerprint: string;
}

/** Feeds kept at once (one per grant: a person, a committee, all); the oldest goes first. */
const MAX_ENTRIES = 500;

/**
 * Built feeds, per grant, reused while the store document is the same object (the store hands out a
 * new frozen document on every write). After a write the events are rebuilt; if they did not change,
 * the same body, ETag and Last-Modified are served, so calendar apps get 304 and nothing moves.
 */
export function createFeedCache(calendar: Calendar, clock: Clock) {
  const entries = new Map<string, Entry>();
  const write = createICalWriter();
  return function feedFor(data: Readonly<StoreData>, grant: CalendarGrant): ServedFeed | undefined {
    const key = JSON.stringify(grant);
    const cached = entries.get(key);
    if (cached?.data === data) return cached;
    const feed = buildFeed(data, grant, calendar);
    if (!feed) return undefined;
    const fingerprint = createHash('sha256').update(JSON.stringify(feed)).digest('base64url');
    const same = cached?.fingerprint === fingerprint;
    const entry = same ? { ...cached, data } : newEntry(data, fingerprint, write(feed, clock.now()), wholeSeconds(clock.now()));
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return entry;
  };
}

function newEntry(data: Readonly<StoreData>, fingerprint: string, body: string, lastModified: Date): Entry {
  let zipped: Buffer | undefined;
  return { data, fingerprint, body, etag: `"${fingerprint}"`, lastModified, gzipped: () => (zipped ??= gzipSync(body)) };
}

function wholeSeconds(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}
