import { UserError } from '../core/errors';

/** Dates as whole days since 1970-01-01, so Working Day arithmetic is integer arithmetic. */
const MS_PER_DAY = 86_400_000;

/** "2023-06-28" → day number; anything else (or 2023-02-31) → UserError. */
export function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCMonth() === month - 1 && back.getUTCDate() === day) return ms / MS_PER_DAY;
  }
  throw new UserError(`"${date}" is not a date in the form 2023-06-28.`);
}

export function toIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** Saturday or Sunday (1970-01-01 was a Thursday). */
export function isWeekend(dayNumber: number): boolean {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** Monday–Friday days in [start, end). */
export function weekdaysBetween(start: number, end: number): number {
  if (end <= start) return 0;
  const weeks = Math.floor((end - start) / 7);
  let count = weeks * 5;
  for (let d = start + weeks * 7; d < end; d++) if (!isWeekend(d)) count++;
  return count;
}
