import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { FeedCalendar, FeedEvent } from './feed-event';
import { foldLines } from './fold-lines';

const ZONE = 'Europe/London';
/** How often calendar apps should refresh (X-PUBLISHED-TTL, REFRESH-INTERVAL); Google ignores it. */
const REFRESH_SECONDS = 3600;
/** Serialised events remembered across rebuilds; the cache starts again when it grows past this. */
const MAX_CACHED_EVENTS = 60_000;

export type ICalWriter = (feed: FeedCalendar, now: Date) => string;

/** One build's event writer: the iCalendar text of an event, given its JSON (which identifies it). */
export type EventWriter = (event: FeedEvent, key: string) => string;

export interface ICalWriters {
  /** Starts a build stamped `now`: events new since the last build get that DTSTAMP. */
  build(now: Date): EventWriter;
  /** The VCALENDAR header with the VTIMEZONE; the body ends with `END:VCALENDAR`. */
  header(feed: Pick<FeedCalendar, 'name' | 'description'>): string;
}

/**
 * The one place that writes iCalendar, with ical-generator: a VCALENDAR with the Europe/London
 * VTIMEZONE, timed events in London time (TZID) and all-day events as dates. Each event is written once
 * and remembered, folded, with its DTSTAMP (when secbot first wrote that version of it), so a rebuilt
 * feed only writes the events that changed.
 */
export function createEventWriters(): ICalWriters {
  const written = new Map<string, string>();
  return {
    build(now) {
      const events = new ICalCalendar({ timezone: { name: null } });
      const stamp = DateTime.fromJSDate(now, { zone: 'utc' });
      return (event, json) => {
        // Keyed by a digest of the event, not its JSON: 50,000 remembered events then hold their text only.
        const key = createHash('sha1').update(json).digest('base64');
        let text = written.get(key);
        if (text === undefined) {
          text = foldLines(events.createEvent(toEventData(event, stamp)).toString());
          // The calendar would keep every event object for the whole build: only the text is wanted.
          events.clear();
          if (written.size >= MAX_CACHED_EVENTS) written.clear();
          written.set(key, text);
        }
        return text;
      };
    },
    header: (feed) => foldLines(header(feed)),
  };
}

/** A whole feed at once (the CLI export and tests). */
export function createICalWriter(): ICalWriter {
  const writers = createEventWriters();
  return (feed, now) => {
    const write = writers.build(now);
    return `${writers.header(feed)}${feed.events.map((event) => write(event, JSON.stringify(event))).join('')}${FOOTER}`;
  };
}

export const FOOTER = 'END:VCALENDAR';

/** VCALENDAR properties and the VTIMEZONE, from a calendar with no events (its END line dropped). */
function header(feed: Pick<FeedCalendar, 'name' | 'description'>): string {
  const calendar = new ICalCalendar({
    name: feed.name,
    description: feed.description,
    prodId: { company: 'SEC change team', product: 'secbot', language: 'EN' },
    timezone: { name: ZONE, generator: getVtimezoneComponent },
    ttl: REFRESH_SECONDS,
  });
  return calendar.toString().replace(/END:VCALENDAR$/, '');
}

function toEventData(event: FeedEvent, stamp: DateTime): ICalEventData {
  return {
    ...when(event),
    id: event.uid,
    stamp,
    summary: event.summary,
    description: event.description.join('\n'),
    categories: event.categories.map((name) => ({ name })),
    transparency: ICalEventTransparency.TRANSPARENT,
    ...(event.url ? { url: event.url } : {}),
  };
}

/**
 * Timed events carry TZID=Europe/London. All-day events are plain dates: they are read as UTC dates,
 * which writes the same YYYYMMDD and spares a time-zone lookup per event (12,000 in a big feed).
 */
function when(event: FeedEvent): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (event.when.kind === 'timed') {
    const at = DateTime.fromISO(event.when.start, { setZone: true }).setZone(ZONE);
    return { start: at, end: at, timezone: ZONE };
  }
  const day = DateTime.fromISO(event.when.date, { zone: 'utc' });
  return { start: day, end: day.plus({ days: 1 }), allDay: true };
}

/** One feed, written once (the CLI export). */
export function toICal(feed: FeedCalendar, now: Date): string {
  return createICalWriter()(feed, now);
}
