import ICAL from 'ical.js';

/** One VEVENT as an independent parser (ical.js, not the library that wrote it) reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url?: string;
  categories: string[];
  allDay: boolean;
  /** UTC instant for timed events; YYYY-MM-DD for all-day ones. */
  start: string;
  end?: string;
  /** The TZID a timed start names. */
  tzid?: string;
  stamp: string;
}

export interface ParsedFeed {
  name: string;
  timezones: string[];
  events: ParsedEvent[];
}

/** Parse a feed with ical.js, resolving TZIDs through the VTIMEZONEs the feed itself carries. */
export function parseIcs(text: string): ParsedFeed {
  const root = new ICAL.Component(ICAL.parse(text));
  if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  return {
    name: String(root.getFirstPropertyValue('x-wr-calname') ?? ''),
    timezones: zones.map((z) => String(z.getFirstPropertyValue('tzid'))),
    events: root.getAllSubcomponents('vevent').map(toEvent),
  };
}

function toEvent(vevent: ICAL.Component): ParsedEvent {
  const event = new ICAL.Event(vevent);
  const allDay = event.startDate.isDate;
  const at = (t: ICAL.Time) => (allDay ? t.toString() : t.toJSDate().toISOString());
  const url = vevent.getFirstPropertyValue('url');
  const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description ?? '',
    ...(url ? { url: String(url) } : {}),
    categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    allDay,
    start: at(event.startDate),
    ...(event.endDate ? { end: at(event.endDate) } : {}),
    ...(typeof tzid === 'string' ? { tzid } : {}),
    stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
  };
}

export function eventWithUid(feed: ParsedFeed, uid: string): ParsedEvent {
  const found = feed.events.find((e) => e.uid === uid);
  if (!found) throw new Error(`no event ${uid} in ${feed.name}: ${feed.events.map((e) => e.uid).join(', ')}`);
  return found;
}
