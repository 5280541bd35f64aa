import type { Calendar } from '../../core/ports';

/**
 * Working Days after `from` up to and including `to` (0 when `to` is not after `from`). Computed from
 * addWorkingDays so it does not depend on whether workingDaysBetween counts its first day.
 */
export function workingDaysAfter(calendar: Calendar, from: string, to: string): number {
  if (to <= from) return 0;
  let n = Math.max(0, calendar.workingDaysBetween(from, to));
  while (n > 0 && calendar.addWorkingDays(from, n) > to) n--;
  return n;
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

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
