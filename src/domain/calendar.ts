// CONTRACT STUB: the domain helper implements this; the Calendar interface is in src/core/ports.ts.
import type { Calendar } from '../core/ports';

export interface HolidayOverrides {
  /** Extra non-working days, e.g. a one-off bank holiday not yet in the library. */
  add?: readonly { date: string; name: string }[];
  /** Dates the library lists that should count as Working Days. */
  remove?: readonly string[];
}

export function createCalendar(overrides: HolidayOverrides = {}): Calendar {
  throw new Error('not implemented');
}
