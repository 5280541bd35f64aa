/** A calendar entry as the feeds see it, before any iCalendar library is involved. */
export interface FeedEvent {
  /** Stable across rebuilds, so calendar apps update an entry instead of adding a second one. */
  uid: string;
  summary: string;
  /** Plain-text lines: the `status` facts and how to ask secbot for more. */
  description: string[];
  /** A page about it (the SECAS page) when the store knows one. */
  url?: string;
  categories: string[];
  when: FeedTime;
}

/** An all-day entry on a London date, or a timed one at an instant (ISO with offset). */
export type FeedTime = { kind: 'day'; date: string } | { kind: 'timed'; start: string };

export interface FeedCalendar {
  /** Shown by calendar apps as the calendar's name: "secbot: Change Sub-Committee". */
  name: string;
  description: string;
  events: FeedEvent[];
}

/** "CSC 12/01" → "CSC-12-01": UIDs keep to letters, digits and hyphens before the @. */
export function uidPart(text: string): string {
  return text.trim().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const UID_DOMAIN = 'secbot';
