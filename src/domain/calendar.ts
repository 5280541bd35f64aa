import { DateTime } from 'luxon';
import type { Calendar } from '../core/ports';
import { UserError } from '../core/errors';
import { createBankHolidays, type BankHolidayTable, type HolidayOverrides } from './bank-holidays';
import { isWeekend, londonDateOf, toDayNumber, toIsoDate, weekdaysBetween, yearOf } from './day-numbers';
import { byCodePoint } from './code-point-order';

export { holidayOverridesSchema, type BankHolidayTable, type HolidayOverrides } from './bank-holidays';

const ZONE = 'Europe/London';
/** About 40 years: beyond that the number is a typing slip, not a deadline. */
const MAX_STEP = 10_000;

/** The London date of an instant; luxon only outside 1900–2199 (or for an invalid Date). */
function londonDate(at: Date): string {
  return londonDateOf(at.getTime()) ?? DateTime.fromJSDate(at, { zone: ZONE }).toISODate()!;
}

/**
 * Working Days: not Saturday or Sunday and not an England & Wales bank holiday.
 * `addWorkingDays(d, 0)` is `d` itself; otherwise it lands on a Working Day.
 * `workingDaysBetween(from, to)` counts the Working Days after `from` up to and including `to`,
 * so it is the n with addWorkingDays(from, n) === to (16 Aug – 7 Sep 2023 → 15); backwards it is
 * minus the Working Days from `to` up to but excluding `from`, again matching addWorkingDays.
 */
export function createCalendar(overrides: HolidayOverrides = {}, table?: BankHolidayTable): Calendar {
  const holidays = createBankHolidays(overrides, table);
  const weekdayHolidays = new Map<number, number[]>();

  /** Bank holidays of a year that fall Monday–Friday, as day numbers. */
  function weekdayHolidaysOf(year: number): number[] {
    let days = weekdayHolidays.get(year);
    if (!days) {
      days = [...holidays(year).keys()].map(toDayNumber).filter((d) => !isWeekend(d));
      weekdayHolidays.set(year, days);
    }
    return days;
  }

  const isWorking = (d: number): boolean => !isWeekend(d) && !weekdayHolidaysOf(yearOf(d)).includes(d);

  /** Working Days in [start, end). */
  function countFrom(start: number, end: number): number {
    let count = weekdaysBetween(start, end);
    for (let year = yearOf(start); year <= yearOf(end); year++) {
      count -= weekdayHolidaysOf(year).filter((d) => d >= start && d < end).length;
    }
    return count;
  }

  function addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_STEP) {
      throw new UserError(`${n} is not a number of Working Days I can count; use a whole number such as 15.`);
    }
    let d = toDayNumber(date);
    for (let left = Math.abs(n); left > 0; ) {
      d += Math.sign(n);
      if (isWorking(d)) left--;
    }
    return toIsoDate(d);
  }

  function workingDaysBetween(from: string, to: string): number {
    const [start, end] = [toDayNumber(from), toDayNumber(to)];
    if (end < start) return -countFrom(end, start);
    return countFrom(start + 1, end + 1);
  }

  function holidaysBetween(from: string, to: string): { date: string; name: string }[] {
    const [start, end] = [toDayNumber(from), toDayNumber(to)];
    const list: { date: string; name: string }[] = [];
    for (let year = yearOf(start); year <= yearOf(end); year++) {
      for (const [date, name] of holidays(year)) if (date >= from && date <= to) list.push({ date, name });
    }
    return list.sort((a, b) => byCodePoint(a.date, b.date));
  }

  return {
    londonDate,
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    holidaysBetween,
  };
}
