import { DateTime } from 'luxon';
import { UserError } from '../core/errors';
import { civilDayNumber, daysInMonth, londonWallClock } from './day-numbers';
import { own } from '../core/own';

const ZONE = 'Europe/London';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_HINT = 'Try 2023-06-28, 28 Jun 2023, 28/06/2023 or today.';

/** "jun", "June", "sept" → 1..12; undefined when not a month. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w) || (w === 'sept' && m === 'September'));
  return index < 0 ? undefined : index + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function toParts(text: string): [number, number, number] | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) return [fullYear(m[3]!), Number(m[2]), Number(m[1])];
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(text);
  const month = m ? monthNumber(m[2]!) : undefined;
  if (m && month) return [fullYear(m[3]!), month, Number(m[1])];
  // Month first ("Aug 16, 2023"): unambiguous with the month as a word, unlike 08/16/2023, which stays day-first.
  m = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i.exec(text);
  const monthFirst = m ? monthNumber(m[1]!) : undefined;
  if (m && monthFirst) return [Number(m[3]!), monthFirst, Number(m[2])];
  return undefined;
}

function checkReal([year, month, day]: [number, number, number], input: string): string {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  if (date.isValid) return date.toISODate()!;
  if (month > 12 && day <= 12 && /^\d{1,2}[/.-]\d{1,2}[/.-]\d+$/.test(input)) {
    throw new UserError(`"${input}" has no month ${month}: numeric dates are day first here. For ${month} ${MONTH_NAMES[day - 1]}, try ${pad(month)}/${pad(day)}/${year} or ${month} ${MONTHS[day - 1]} ${year}.`);
  }
  if (month < 1 || month > 12) throw new UserError(`"${input}" has no month ${month}. ${DATE_HINT}`);
  const last = DateTime.fromObject({ year, month }, { zone: 'UTC' }).daysInMonth!;
  throw new UserError(
    `There is no ${day} ${MONTHS[month - 1]} ${year}: ${MONTH_NAMES[month - 1]} ${year} has ${last} days. Try ${last} ${MONTHS[month - 1]} ${year}.`,
  );
}

/**
 * Dates typed by users: "2023-06-28", "28 Jun 2023", "28 June 2023", "Jun 28, 2023", "28/06/2023",
 * "today", "tomorrow". Returns YYYY-MM-DD; bad input → UserError with a working example.
 * `today` (YYYY-MM-DD, Europe/London) anchors the relative words.
 */
export function parseUserDate(input: string, today: string): string {
  const text = input.trim().replace(/\s+/g, ' ');
  const shift = own({ today: 0, tomorrow: 1, yesterday: -1 }, text.toLowerCase());
  if (shift !== undefined) return DateTime.fromISO(today, { zone: 'UTC' }).plus({ days: shift }).toISODate()!;
  const parts = toParts(text);
  if (parts) return checkReal(parts, text);
  const yearless = monthAndDay(text);
  if (yearless) throw yearMissing(text, yearless, today);
  throw new UserError(`"${text}" is not a date I can read. ${DATE_HINT}`);
}

/** "5 Jan", "5th January", "Jan 5": a day and month with no year. */
function monthAndDay(text: string): [month: number, day: number] | undefined {
  let m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?$/i.exec(text);
  if (m && monthNumber(m[2]!)) return [monthNumber(m[2]!)!, Number(m[1])];
  m = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text);
  if (m && monthNumber(m[1]!)) return [monthNumber(m[1]!)!, Number(m[2])];
  return undefined;
}

/** Which year is meant is not guessed (a due date looks ahead, a stage change back): both nearest are offered. */
function yearMissing(text: string, [month, day]: [number, number], today: string): UserError {
  const year = Number(today.slice(0, 4));
  const exists = (y: number) => day >= 1 && day <= daysInMonth(y, month);
  if (!exists(2024)) return new UserError(`"${text}": ${MONTH_NAMES[month - 1]} has no day ${day}. ${DATE_HINT}`);
  const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let next = year;
  while (!exists(next) || iso(next) < today) next++;
  let last = next - 1;
  while (!exists(last)) last--;
  const named = (y: number) => `${day} ${MONTHS[month - 1]} ${y}`;
  return new UserError(`"${text}" has no year: ${named(last)} (the last one) or ${named(next)} (the next one)?`, 'Type the date with its year: I do not guess which one you mean.');
}

/** "17:00", "5pm", "5:30pm" → "17:00"; bad input → UserError. */
export function parseUserTime(input: string): string {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  const bad = new UserError(`"${input.trim()}" is not a time I can read. Try 17:00, 5pm or 5:30pm.`);
  if (text === 'noon' || text === 'midday') return '12:00';
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(text);
  if (!m || (!m[2] && !m[3])) throw bad;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (minute > 59) throw bad;
  if (m[3]) {
    if (hour < 1 || hour > 12) throw bad;
    hour = (hour % 12) + (m[3] === 'pm' ? 12 : 0);
  } else if (hour > 23) throw bad;
  return `${pad(hour)}:${pad(minute)}`;
}

function isoDay(date: string): DateTime {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? DateTime.fromISO(date, { zone: ZONE }) : undefined;
  if (!parsed?.isValid) throw new UserError(`"${date}" is not a date in the form 2023-06-28.`);
  return parsed;
}

/**
 * The instant a London wall-clock date and time happens, as ISO with offset: 2023-07-19T17:00:00+01:00.
 * Without a time, the start of that day. A time skipped by the spring clock change moves forward an hour.
 */
export function londonInstant(date: string, time?: string): string {
  const [hour, minute] = (time ? parseUserTime(time) : '00:00').split(':').map(Number);
  const at = isoDay(date).set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 });
  return at.toISO({ suppressMilliseconds: true })!;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const formatted = new Map<string, string>();

/** "2023-06-28" → "28 Jun 2023" (the style of SECAS documents). Remembered: the same dates repeat in every list. */
export function formatDate(date: string): string {
  let text = formatted.get(date);
  if (text === undefined) {
    text = quickFormatDate(date) ?? formatDay(isoDay(date));
    if (formatted.size >= 5000) formatted.clear();
    formatted.set(date, text);
  }
  return text;
}

function quickFormatDate(date: string): string | undefined {
  const m = ISO_DAY.exec(date);
  if (!m || Number(m[1]) < 1000 || civilDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) return undefined;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${Number(m[1])}`;
}

const formatDay = (d: DateTime): string => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

/** An instant → "19 Jul 2023 17:00" in London time. */
export function formatInstant(instant: string): string {
  const quick = quickInstant(instant);
  if (quick) return quick;
  const at = DateTime.fromISO(instant, { setZone: true }).setZone(ZONE);
  if (!at.isValid) throw new UserError(`"${instant}" is not a date and time such as 2023-07-19T17:00:00+01:00.`);
  return `${formatDay(at)} ${pad(at.hour)}:${pad(at.minute)}`;
}

/** The common shapes (…Z, …+01:00) without luxon; anything unusual takes luxon's path. */
function quickInstant(instant: string): string | undefined {
  const m = ISO_INSTANT.exec(instant);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as number[];
  const [offsetHours, offsetMinutes] = [Number(m[8] ?? 0), Number(m[9] ?? 0)];
  if (hour! > 23 || minute! > 59 || second! > 59 || offsetHours > 18 || offsetMinutes > 59) return undefined;
  const dayNumber = civilDayNumber(year!, month!, day!);
  if (dayNumber === undefined) return undefined;
  const offset = (m[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const london = londonWallClock(dayNumber * 86_400_000 + ((hour! * 60 + minute!) * 60 + second!) * 1000 - offset);
  if (!london) return undefined;
  return `${london.getUTCDate()} ${MONTHS[london.getUTCMonth()]} ${london.getUTCFullYear()} ${pad(london.getUTCHours())}:${pad(london.getUTCMinutes())}`;
}

/** Calendar days from a to b (b − a), for "in stage for 12 days". */
export function daysBetween(a: string, b: string): number {
  const end = utcDayNumber(b);
  return end - utcDayNumber(a);
}

function utcDayNumber(date: string): number {
  const m = ISO_DAY.exec(date);
  const day = m ? civilDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (day === undefined) throw new UserError(`"${date}" is not a date in the form 2023-06-28.`);
  return day;
}
