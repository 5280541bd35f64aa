import { UserError } from '../core/errors';
import type { Calendar } from '../core/ports';
import type { Proposal } from '../../storage/schema';
import { createCalendar } from './calendar';
import { formatDate } from './dates';
import { daysInMonth } from './day-numbers';
import { plural } from './queries/working-days';

/** A fact dated this many Working Days back, or fewer, is news; anything older is recorded quietly. */
export const NEWS_WINDOW_WORKING_DAYS = 3;

let fallback: Calendar | undefined;
/** The calendar an operation uses: the one its caller passes, or England & Wales without local overrides. */
export const calendarOr = (calendar: Calendar | undefined): Calendar => calendar ?? (fallback ??= createCalendar());

/** True when a fact dated `on` is current enough to announce to channels. */
export function isNews(on: string, today: string, calendar: Calendar): boolean {
  return on <= today && calendar.workingDaysBetween(on, today) <= NEWS_WINDOW_WORKING_DAYS;
}

/** The first day the store knows the proposal existed: raised, or its first dated stage. */
export function existedSince(p: Proposal): string | undefined {
  const dates = [p.raisedOn, ...p.stageHistory.map((s) => s.on)].filter((d): d is string => !!d);
  return dates.sort()[0];
}

/** A conversion, stage or decision that happened: not in the future, not before the proposal existed. */
export function checkFactDate(p: Proposal, on: string, today: string, what: string): { message: string; hint: string } | undefined {
  if (on > today) return { message: `${what} ${formatDate(on)} is in the future: only what has happened is recorded.`, hint: `Give the day it happened (today is ${formatDate(today)}), or leave "on DATE" out for today.` };
  const since = existedSince(p);
  if (since && on < since) return { message: `${what} ${formatDate(on)} is before ${p.ref} existed (${formatDate(since)}).`, hint: `Check the date: it must be on or after ${formatDate(since)}.` };
  return undefined;
}

export function requireFactDate(p: Proposal, on: string, today: string, what: string): void {
  const problem = checkFactDate(p, on, today, what);
  if (problem) throw new UserError(problem.message, problem.hint);
}

/**
 * Due dates, snoozes and consultation dates are planned at most this many years ahead. A later one is
 * almost surely a mistyped year (2062 for 2026) that would otherwise be saved and silently never come due.
 */
export const PLANNING_HORIZON_YEARS = 3;

/**
 * A date typed for something planned: within the planning horizon and on a Working Day. A refusal says
 * what was wrong and offers the likely date: the next time that day and month come round, or the nearest
 * Working Days.
 */
export function requirePlannedDate(date: string, today: string, calendar: Calendar, what: string, example: (day: string) => string): void {
  const horizon = `${Number(today.slice(0, 4)) + PLANNING_HORIZON_YEARS}${today.slice(4)}`;
  if (date > horizon) {
    const likely = nextOccurrence(date.slice(5), today);
    const workingDay = calendar.isWorkingDay(likely) ? likely : calendar.nextWorkingDay(likely);
    const offer = workingDay === likely ? '' : ` That is not a Working Day; the next one is ${dayAndDate(workingDay)}.`;
    throw new UserError(
      `${what} ${formatDate(date)} is more than ${PLANNING_HORIZON_YEARS} years from today (${formatDate(today)}): is the year mistyped? Did you mean ${dayAndDate(likely)}?${offer}`,
      `For example: ${example(workingDay)}`,
    );
  }
  requireWorkingDay(date, calendar, what, example);
}

/** The first date on or after today with this month and day ("02-29" falls back to 28 Feb in other years). */
function nextOccurrence(monthDay: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const inYear = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(y, month))).padStart(2, '0')}`;
  return inYear(year) >= today ? inYear(year) : inYear(year + 1);
}

/** Due dates and consultation boundaries fall on Working Days; a refusal offers the nearest ones. */
export function requireWorkingDay(date: string, calendar: Calendar, what: string, example: (day: string) => string): void {
  if (calendar.isWorkingDay(date)) return;
  const before = calendar.addWorkingDays(date, -1);
  const after = calendar.nextWorkingDay(date);
  const holiday = calendar.holidaysBetween(date, date)[0]?.name;
  const why = holiday ? `${holiday}, a bank holiday` : 'a weekend';
  throw new UserError(
    `${what} ${dayAndDate(date)} is not a Working Day (${why}). The nearest Working Days are ${dayAndDate(before)} and ${dayAndDate(after)}.`,
    `For example: ${example(after)}`,
  );
}

/** "Sat 26 Aug 2023": the weekday says at once why a date is not a Working Day. */
const dayAndDate = (date: string): string => `${new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${formatDate(date)}`;

/** "This is already overdue by N Working Days", for a due date in the past that was accepted. */
export function overdueNote(due: string, today: string, calendar: Calendar, ref: string): string | undefined {
  if (due >= today) return undefined;
  const days = calendar.workingDaysBetween(due, today);
  return `${formatDate(due)} is in the past: ${ref} is already overdue (by ${plural(days, 'Working Day')}).`;
}
