import { createRequire } from 'node:module';
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

/**
 * England & Wales bank holidays by year, as `npm run build` precomputes them from date-holidays
 * (dist/bank-holidays.json): { "2024": [["2024-01-01", "New Year's Day"], ...] }.
 */
export type BankHolidayTable = Readonly<Record<string, readonly (readonly [date: string, name: string])[]>>;

type HolidayLibrary = { getHolidays(year: number): { date: string; name: string; type: string }[] };
let library: HolidayLibrary | undefined;

/**
 * The library's answer for one year: public and bank days, substitutes included. Loaded on first use:
 * its rule parser costs about 30 MB, so the bot only pays for it for years outside the built table.
 */
function libraryHolidays(year: number): Map<string, string> {
  if (!library) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as new (country: string, state: string) => HolidayLibrary;
    library = new Holidays('GB', 'ENG');
  }
  const found = new Map<string, string>();
  for (const h of library.getHolidays(year)) {
    if (h.type === 'public' || h.type === 'bank') found.set(h.date.slice(0, 10), h.name);
  }
  return found;
}

/** Bank holidays by year (date → name) with the local overrides applied, computed once per year. */
export function createBankHolidays(overrides: HolidayOverrides = {}, table?: BankHolidayTable): (year: number) => ReadonlyMap<string, string> {
  const cache = new Map<number, Map<string, string>>();
  return (year) => {
    let found = cache.get(year);
    if (!found) {
      const built = table?.[String(year)];
      found = built ? new Map(built.map(([date, name]) => [date, name])) : libraryHolidays(year);
      for (const date of overrides.remove ?? []) found.delete(date);
      for (const extra of overrides.add ?? []) if (extra.date.startsWith(`${year}-`)) found.set(extra.date, extra.name);
      cache.set(year, found);
    }
    return found;
  };
}
