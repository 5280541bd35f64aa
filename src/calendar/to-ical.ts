import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import type { FeedCalendar, FeedEvent } from './feed-event';

const ZONE = 'Europe/London';
/** How often calendar apps should refresh (X-PUBLISHED-TTL, REFRESH-INTERVAL); Google ignores it. */
const REFRESH_SECONDS = 3600;

/**
 * The one place that writes iCalendar: a VCALENDAR with the Europe/London VTIMEZONE, timed events in
 * London time (TZID) and all-day events as dates. `stamp` is when the feed's data last changed (DTSTAMP).
 */
export function toICal(feed: FeedCalendar, stamp: Date): string {
  const calendar = new ICalCalendar({
    name: feed.name,
    description: feed.description,
    prodId: { company: 'SEC change team', product: 'secbot', language: 'EN' },
    // No calendar-wide zone: ical-generator would then write DTSTAMP in local time, and it must be UTC.
    // Every event names Europe/London instead, which brings in its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: REFRESH_SECONDS,
    x: [['X-WR-TIMEZONE', ZONE]],
  });
  const dtstamp = DateTime.fromJSDate(stamp, { zone: 'utc' });
  for (const event of feed.events) calendar.createEvent({ ...when(event), ...common(event), timezone: ZONE, stamp: dtstamp });
  return calendar.toString();
}

function common(event: FeedEvent) {
  return {
    id: event.uid,
    summary: event.summary,
    description: event.description.join('\n'),
    categories: event.categories.map((name) => ({ name })),
    ...(event.url ? { url: event.url } : {}),
  };
}

function when(event: FeedEvent) {
  if (event.when.kind === 'timed') {
    const at = DateTime.fromISO(event.when.start, { setZone: true }).setZone(ZONE);
    return { start: at, end: at, transparency: ICalEventTransparency.TRANSPARENT };
  }
  const day = DateTime.fromISO(event.when.date, { zone: ZONE });
  return { start: day, end: day.plus({ days: 1 }), allDay: true, transparency: ICalEventTransparency.TRANSPARENT };
}
