import type { Calendar, Clock, Logger } from '../core/ports';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { buildBody, gzipBody, type Body } from './build-body';
import { createEventWriters } from './to-ical';

export interface ServedFeed {
  body: Body;
  /** Strong validator: a hash of the feed's events, stable across restarts. */
  etag: string;
  /** When this content was first built here (whole seconds, as HTTP dates carry). */
  lastModified: Date;
  /** The body gzipped on the thread pool (calendar apps ask for it), started when the feed is built. */
  gzipped(): Promise<Body>;
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
/** How long a request waits for a rebuild before it is given the previous body instead. */
const WAIT_FOR_REBUILD_MS = 250;

export type FeedFor = (data: Readonly<StoreData>, grant: CalendarGrant) => Promise<ServedFeed | undefined>;

/**
 * Built feeds, per grant, reused while the arrays they are built from are the same objects (a write
 * elsewhere, to the outbox or the audit log, leaves them alone). When they change the feed is rebuilt in
 * the background, in slices that give the event loop back (build-body.ts); one rebuild per feed at a time,
 * however many requests come. A request waits for it briefly, then gets the previous body (a calendar
 * app polls hourly; a slow chat answer costs more). If the events did not change, the same body, ETag and
 * Last-Modified are served, so calendar apps get 304 and nothing moves.
 */
export function createFeedCache(calendar: Calendar, clock: Clock, logger?: Logger, waitMs = WAIT_FOR_REBUILD_MS): FeedFor {
  const entries = new Map<string, Entry>();
  const building = new Map<string, Promise<Entry | undefined>>();
  const writers = createEventWriters();

  async function rebuild(key: string, data: Readonly<StoreData>, grant: CalendarGrant): Promise<Entry | undefined> {
    const inputs = inputsOf(data);
    const started = performance.now();
    const built = await buildBody(data, grant, calendar, writers, clock.now());
    const cached = entries.get(key);
    entries.delete(key);
    if (!built) return undefined;
    const entry = cached?.fingerprint === built.fingerprint ? { ...cached, inputs } : newEntry(inputs, built.fingerprint, built.body, wholeSeconds(clock.now()));
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    logger?.debug({ feed: grant.kind, bytes: entry.body.size, ms: Math.round(performance.now() - started), longestSliceMs: Math.round(built.longestSliceMs * 10) / 10 }, 'calendar feed built');
    return entry;
  }

  return async (data, grant) => {
    const key = JSON.stringify(grant);
    const cached = entries.get(key);
    if (cached && sameInputs(cached.inputs, inputsOf(data))) return cached;
    let job = building.get(key);
    if (!job) {
      job = rebuild(key, data, grant).finally(() => building.delete(key));
      building.set(key, job);
    }
    if (!cached) return job;
    const late = Symbol('late');
    const done = await Promise.race([job, new Promise<typeof late>((resolve) => setTimeout(resolve, waitMs, late).unref())]);
    return done === late ? cached : done;
  };
}

function newEntry(inputs: readonly unknown[], fingerprint: string, body: Body, lastModified: Date): Entry {
  const zipped = gzipBody(body);
  zipped.catch(() => {}); // a failure is seen by the request that asks for it
  return { inputs, fingerprint, body, etag: `"${fingerprint}"`, lastModified, gzipped: () => zipped };
}

function wholeSeconds(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}
