import type { Calendar } from '../core/ports';

/**
 * Working-Day arithmetic in O(1) over a date range, so planning 10,000 actions asks the calendar for
 * bank holidays once instead of walking day by day per action. Dates outside the range widen it.
 */
export interface WorkingDayIndex {
  isWorkingDay(date: string): boolean;
  /** Working Days after `from` up to and including `to`; when `to` is earlier, minus distance(to, from). */
  distance(from: string, to: string): number;
  /** The date itself when it is a Working Day, else the next one. */
  onOrAfter(date: string): string;
  /** The date itself when it is a Working Day, else the previous one. */
  onOrBefore(date: string): string;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function createWorkingDayIndex(calendar: Calendar, from: string, to: string): WorkingDayIndex {
  let base = 0;
  let working: Uint8Array = new Uint8Array(0);
  /** cumulative[i] = Working Days in [base, base + i]. */
  let cumulative: Int32Array = new Int32Array(0);

  function build(first: number, last: number): void {
    const holidays = new Set(calendar.holidaysBetween(isoOf(first), isoOf(last)).map((h) => h.date));
    base = first;
    working = new Uint8Array(last - first + 1);
    cumulative = new Int32Array(last - first + 1);
    let count = 0;
    for (let i = 0; i < working.length; i++) {
      const weekday = (((first + i + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      const isWorking = weekday !== 0 && weekday !== 6 && !holidays.has(isoOf(first + i)) ? 1 : 0;
      working[i] = isWorking;
      count += isWorking;
      cumulative[i] = count;
    }
  }

  /** Position of a date in the arrays, widening the range (by a year) when needed. */
  function slot(date: string): number {
    const day = dayNumber(date);
    const last = base + working.length - 1;
    if (day < base || day > last) build(Math.min(day, base) - 366, Math.max(day, last) + 366);
    return day - base;
  }

  function step(date: string, direction: 1 | -1): string {
    let i = slot(date);
    while (!working[i]) i = slot(isoOf(base + i + direction));
    return isoOf(base + i);
  }

  build(dayNumber(from <= to ? from : to) - 31, dayNumber(from <= to ? to : from) + 31);
  return {
    isWorkingDay: (date) => working[slot(date)] === 1,
    distance(a, b) {
      slot(a);
      slot(b); // both in range now, so neither call below rebuilds
      return cumulative[slot(b)]! - cumulative[slot(a)]!;
    },
    onOrAfter: (date) => step(date, 1),
    onOrBefore: (date) => step(date, -1),
  };
}
