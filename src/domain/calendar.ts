import { DateTime } from 'luxon';
import type { Calendar } from '../core/ports';
import { UserError } from '../core/errors';
import { createBankHolidays, type HolidayOverrides } from './bank-holidays';

export { holidayOverridesSchema, type HolidayOverrides } from './bank-holidays';

const ZONE = 'Europe/London';
/** About 40 years: beyond that the number is a typing slip, not a deadline. */
const MAX_STEP = 10_000;

function day(date: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parsed.isValid) {
    throw new UserError(`"${date}" is not a date in the form 2023-06-28.`);
  }
  return parsed;
}

/**
 * Working Days: not Saturday or Sunday and not an England & Wales bank holiday.
 * `addWorkingDays(d, 0)` is `d` itself; otherwise it lands on a Working Day.
 * `workingDaysBetween(from, to)` counts the Working Days after `from` up to and including `to`,
 * so it is the n with addWorkingDays(from, n) === to (16 Aug – 7 Sep 2023 → 15); negative backwards.
 */
export function createCalendar(overrides: HolidayOverrides = {}): Calendar {
  const holidays = createBankHolidays(overrides);
  const isWorking = (d: DateTime): boolean => d.weekday <= 5 && !holidays(d.year).has(d.toISODate()!);

  /** Working Days in [start, end). */
  function countFrom(start: DateTime, end: DateTime): number {
    let count = 0;
    for (let d = start; d < end; d = d.plus({ days: 1 })) if (isWorking(d)) count++;
    return count;
  }

  function addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_STEP) {
      throw new UserError(`${n} is not a number of Working Days I can count; use a whole number such as 15.`);
    }
    let d = day(date);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0; ) {
      d = d.plus({ days: step });
      if (isWorking(d)) left--;
    }
    return d.toISODate()!;
  }

  function workingDaysBetween(from: string, to: string): number {
    const [start, end] = [day(from), day(to)];
    if (end < start) return -countFrom(end, start);
    return countFrom(start, end) - (isWorking(start) ? 1 : 0) + (isWorking(end) ? 1 : 0);
  }

  function holidaysBetween(from: string, to: string): { date: string; name: string }[] {
    const [start, end] = [day(from), day(to)];
    const list: { date: string; name: string }[] = [];
    for (let year = start.year; year <= end.year; year++) {
      for (const [date, name] of holidays(year)) if (date >= from && date <= to) list.push({ date, name });
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
