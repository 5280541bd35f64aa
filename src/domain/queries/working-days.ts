import type { Calendar } from '../../core/ports';

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 (a Thursday) for a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

/** Mondays to Fridays in an arbitrary fixed origin up to (not including) day n: differences are what matter. */
function weekdaysBefore(n: number): number {
  const fromMonday = n + 3; // 1969-12-29 was a Monday
  return Math.floor(fromMonday / 7) * 5 + Math.min(((fromMonday % 7) + 7) % 7, 5);
}

function isWeekday(n: number): boolean {
  return ((n + 3) % 7 + 7) % 7 < 5;
}

/**
 * Working Days after `from` up to and including `to` (0 when `to` is not after `from`): weekdays by
 * arithmetic, minus the bank holidays the calendar lists (its overrides included). Constant time in the
 * span, so "overdue by 400 Working Days" costs no more than "by 2".
 */
export function workingDaysAfter(calendar: Calendar, from: string, to: string): number {
  if (to <= from) return 0;
  let known = counted.get(calendar);
  if (!known) counted.set(calendar, (known = new Map()));
  const key = `${from}>${to}`;
  let count = known.get(key);
  if (count === undefined) {
    if (known.size >= 20_000) known.clear();
    count = countWorkingDays(calendar, from, to);
    known.set(key, count);
  }
  return count;
}

/** A calendar's holidays are fixed when it is made, and lists ask about the same few dates again and again. */
const counted = new WeakMap<Calendar, Map<string, number>>();

function countWorkingDays(calendar: Calendar, from: string, to: string): number {
  const start = dayNumber(from) + 1;
  const end = dayNumber(to);
  const weekdays = weekdaysBefore(end + 1) - weekdaysBefore(start);
  const startIso = new Date(start * DAY_MS).toISOString().slice(0, 10);
  const holidays = calendar.holidaysBetween(startIso, to).filter((h) => isWeekday(dayNumber(h.date)));
  return weekdays - new Set(holidays.map((h) => h.date)).size;
}

/**
 * Full Working Days after today up to and including the closing day: 0 when it closes today. A
 * consultation closing on Thu 7 Sep 2023 has 11 left on Tue 22 Aug 2023 (the 28 Aug bank holiday does not count).
 */
export function workingDaysLeft(calendar: Calendar, today: string, date: string): number {
  return workingDaysAfter(calendar, today, date);
}

/** Working Days that have passed since a due date: the day after it up to and including today. */
export function workingDaysOverdue(calendar: Calendar, due: string, today: string): number {
  return workingDaysAfter(calendar, due, today);
}

/** "1 Working Day", "3 Working Days", "2,523 Working Days". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? word : pluralWord}`;
}
