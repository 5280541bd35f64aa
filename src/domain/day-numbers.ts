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

/** The range where London's offset is known to change only on whole UTC hours (checked against the tz data). */
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_TO = Date.UTC(2200, 0, 1);
const MS_PER_HOUR = 3_600_000;
const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
});
const offsetByHour = new Map<number, number>();

/**
 * Europe/London's offset from UTC in ms at an instant between 1900 and 2199, else undefined. From the
 * same tz data luxon reads (Intl), remembered per UTC hour: that is how luxon-free hot paths stay cheap.
 */
export function londonOffsetMs(ms: number): number | undefined {
  if (!(ms >= FAST_FROM && ms < FAST_TO)) return undefined;
  const hour = Math.floor(ms / MS_PER_HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 20_000) offsetByHour.clear();
    const at = hour * MS_PER_HOUR;
    const parts: Record<string, number> = {};
    for (const p of londonClock.formatToParts(at)) parts[p.type] = Number(p.value);
    offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - at;
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const dateByHour = new Map<number, string>();

/**
 * The London date (YYYY-MM-DD) of an instant between 1900 and 2199, else undefined. London's offsets there
 * are whole hours, so the date is the same for a whole UTC hour: remembered per hour.
 */
export function londonDateOf(ms: number): string | undefined {
  const hour = Math.floor(ms / MS_PER_HOUR);
  let date = dateByHour.get(hour);
  if (date === undefined) {
    const offset = londonOffsetMs(ms);
    if (offset === undefined) return undefined;
    if (dateByHour.size >= 20_000) dateByHour.clear();
    date = new Date(hour * MS_PER_HOUR + offset).toISOString().slice(0, 10);
    dateByHour.set(hour, date);
  }
  return date;
}

/** London wall-clock time of an instant as a UTC-fields Date (read it with getUTC*), or undefined out of range. */
export function londonWallClock(ms: number): Date | undefined {
  const offset = londonOffsetMs(ms);
  return offset === undefined ? undefined : new Date(ms + offset);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (any year), or undefined when it is no real date. */
export function civilDayNumber(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
