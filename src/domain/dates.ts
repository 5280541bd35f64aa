// CONTRACT STUB: the domain helper implements these; signatures are fixed for other modules.
/**
 * Dates typed by users: "2023-06-28", "28 Jun 2023", "28 June 2023", "28/06/2023", "today",
 * "tomorrow". Returns YYYY-MM-DD; bad input → UserError with a working example.
 * `today` (YYYY-MM-DD, Europe/London) anchors the relative words.
 */
export function parseUserDate(input: string, today: string): string {
  throw new Error('not implemented');
}

/** "17:00", "5pm", "5:30pm" → "17:00"; bad input → UserError. */
export function parseUserTime(input: string): string {
  throw new Error('not implemented');
}

/** The instant a London wall-clock date and time happens, as ISO with offset: 2023-07-19T17:00:00+01:00. */
export function londonInstant(date: string, time?: string): string {
  throw new Error('not implemented');
}

/** "2023-06-28" → "28 Jun 2023" (the style of SECAS documents). */
export function formatDate(date: string): string {
  throw new Error('not implemented');
}

/** An instant → "19 Jul 2023 17:00" in London time. */
export function formatInstant(instant: string): string {
  throw new Error('not implemented');
}

/** Calendar days from a to b (b − a), for "in stage for 12 days". */
export function daysBetween(a: string, b: string): number {
  throw new Error('not implemented');
}
