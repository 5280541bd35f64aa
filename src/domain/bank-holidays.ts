import Holidays from 'date-holidays';
import { z } from 'zod';
import { toDayNumber } from './day-numbers';

export interface HolidayOverrides {
  /** Extra non-working days, e.g. a one-off bank holiday not yet in the library. */
  add?: readonly { date: string; name: string }[];
  /** Dates the library lists that should count as Working Days. */
  remove?: readonly string[];
}

function isRealDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as 2026-05-04')
  .refine(isRealDate, 'no such date in the calendar');

/** The local override file: { "add": [{ "date": "2026-05-04", "name": "..." }], "remove": ["2026-12-28"] }. */
export const holidayOverridesSchema = z.strictObject({
  add: z.array(z.strictObject({ date: isoDate, name: z.string().trim().min(1) })).optional(),
  remove: z.array(isoDate).optional(),
});

const library = new Holidays('GB', 'ENG');

/** England & Wales bank holidays for one year from the library: public and bank days, substitutes included. */
function libraryHolidays(year: number): Map<string, string> {
  const found = new Map<string, string>();
  for (const h of library.getHolidays(year)) {
    if (h.type === 'public' || h.type === 'bank') found.set(h.date.slice(0, 10), h.name);
  }
  return found;
}

/** Bank holidays by year (date → name) with the local overrides applied, computed once per year. */
export function createBankHolidays(overrides: HolidayOverrides = {}): (year: number) => ReadonlyMap<string, string> {
  const cache = new Map<number, Map<string, string>>();
  return (year) => {
    let found = cache.get(year);
    if (!found) {
      found = libraryHolidays(year);
      for (const date of overrides.remove ?? []) found.delete(date);
      for (const extra of overrides.add ?? []) if (extra.date.startsWith(`${year}-`)) found.set(extra.date, extra.name);
      cache.set(year, found);
    }
    return found;
  };
}
