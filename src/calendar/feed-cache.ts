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
  inputs: readonly unknown[];
  fingerprint: string;
}

/** The parts of the store a feed is built from; the store keeps an untouched array's identity across writes. */
function inputsOf(data: Readonly<StoreData>): readonly unknown[] {
  return [data.proposals, data.actions, data.consultations, data.meetings, data.releases, data.people, data.organisations];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.every((part, i) => part === b[i]);

/** Feeds kept at once (one per grant: a person, a committee, all); the oldest goes first. */
const MAX_ENTRIES = 500;

/**
 * Built feeds, per grant, reused while the arrays they are built from are the same objects (a write
 * elsewhere, to the outbox or the audit log, leaves them alone). When they change the events are
 * rebuilt; if the events did not change, the same body, ETag and Last-Modified are served, so calendar
 * apps get 304 and nothing moves.
 */
export function createFeedCache(calendar: Calendar, clock: Clock) {
  const entries = new Map<string, Entry>();
  const write = createICalWriter();
  return function feedFor(data: Readonly<StoreData>, grant: CalendarGrant): ServedFeed | undefined {
    const key = JSON.stringify(grant);
    const cached = entries.get(key);
    const inputs = inputsOf(data);
    if (cached && sameInputs(cached.inputs, inputs)) return cached;
    const feed = buildFeed(data, grant, calendar);
    if (!feed) return undefined;
    const fingerprint = createHash('sha256').update(JSON.stringify(feed)).digest('base64url');
    const same = cached?.fingerprint === fingerprint;
    const entry = same ? { ...cached, inputs } : newEntry(inputs, fingerprint, write(feed, clock.now()), wholeSeconds(clock.now()));
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return entry;
  };
}

function newEntry(inputs: readonly unknown[], fingerprint: string, body: string, lastModified: Date): Entry {
  let zipped: Buffer | undefined;
  return { inputs, fingerprint, body, etag: `"${fingerprint}"`, lastModified, gzipped: () => (zipped ??= gzipSync(body)) };
}

function wholeSeconds(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}
