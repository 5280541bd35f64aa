import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Calendar } from '../core/ports';
import { UserError } from '../core/errors';

export interface HolidayOverrides {
  /** Extra non-working days, e.g. a one-off bank holiday not yet in the library. */
  add?: readonly { date: string; name: string }[];
  /** Dates the library lists that should count as Working Days. */
  remove?: readonly string[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written 2026-05-04');

/** The local override file: { "add": [{ "date": "2026-05-04", "name": "..." }], "remove": ["2026-12-28"] }. */
export const holidayOverridesSchema = z.strictObject({
  add: z.array(z.strictObject({ date: isoDate, name: z.string().min(1) })).optional(),
  remove: z.array(isoDate).optional(),
});

const ZONE = 'Europe/London';
const library = new Holidays('GB', 'ENG');

function day(date: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parsed.isValid) {
    throw new UserError(`"${date}" is not a date in the form 2023-06-28.`);
  }
  return parsed;
}

/** England & Wales bank holidays for one year: public and bank holidays, substitute days included. */
function libraryHolidays(year: number): Map<string, string> {
  const found = new Map<string, string>();
  for (const h of library.getHolidays(year)) {
    if (h.type === 'public' || h.type === 'bank') found.set(h.date.slice(0, 10), h.name);
  }
  return found;
}

export function createCalendar(overrides: HolidayOverrides = {}): Calendar {
  const cache = new Map<number, Map<string, string>>();
  const removed = new Set(overrides.remove ?? []);

  function holidaysOf(year: number): Map<string, string> {
    let found = cache.get(year);
    if (!found) {
      found = libraryHolidays(year);
      for (const date of removed) found.delete(date);
      for (const extra of overrides.add ?? []) if (extra.date.startsWith(`${year}-`)) found.set(extra.date, extra.name);
      cache.set(year, found);
    }
    return found;
  }

  const isWorking = (d: DateTime): boolean => d.weekday <= 5 && !holidaysOf(d.year).has(d.toISODate()!);

  function addWorkingDays(date: string, n: number): string {
    let d = day(date);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0; ) {
      d = d.plus({ days: step });
      if (isWorking(d)) left--;
    }
    return d.toISODate()!;
  }

  /** Working Days passed going from `from` to `to`: after `from`, up to and including `to`; negative backwards. */
  function workingDaysBetween(from: string, to: string): number {
    const [start, end] = [day(from), day(to)];
    if (end < start) return -countFrom(end, start);
    return countFrom(start, end) - (isWorking(start) ? 1 : 0) + (isWorking(end) ? 1 : 0);
  }

  /** Working Days in [start, end). */
  function countFrom(start: DateTime, end: DateTime): number {
    let count = 0;
    for (let d = start; d < end; d = d.plus({ days: 1 })) if (isWorking(d)) count++;
    return count;
  }

  function holidaysBetween(from: string, to: string): { date: string; name: string }[] {
    const [start, end] = [day(from), day(to)];
    const list: { date: string; name: string }[] = [];
    for (let year = start.year; year <= end.year; year++) {
      for (const [date, name] of holidaysOf(year)) if (date >= from && date <= to) list.push({ date, name });
    }
    return list.sort((a, b) => a.date.localeCompare(b.date));
  }

  return {
    londonDate: (at) => DateTime.fromJSDate(at, { zone: ZONE }).toISODate()!,
    isWorkingDay: (date) => isWorking(day(date)),
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    holidaysBetween,
  };
}
