import type { Action } from '../../storage/schema';
import { formatDate } from '../domain/dates';
import { plural } from '../domain/queries/working-days';
import type { WorkingDayIndex } from './working-day-index';

/** The day being planned: its date, Working-Day arithmetic, and whether it starts the working week. */
export interface PlanDay {
  today: string;
  days: WorkingDayIndex;
  firstOfWeek: boolean;
}

/** Working Days before the due date on which the owner is reminded (0 = on the day). */
const BEFORE = [3, 1, 0];
/** While overdue, remind every this many Working Days. */
const OVERDUE_EVERY = 2;

/**
 * Why an open action's owner hears about it today, or undefined. Due dates on a weekend or bank
 * holiday count from the next Working Day; actions with no due date come up on the first Working Day
 * of each week (Monday, or Tuesday after a bank holiday). A snooze silences it until `snoozedUntil`,
 * which is itself a reminder day.
 */
export function actionDueReason(action: Action, { today, days, firstOfWeek }: PlanDay): string | undefined {
  if (action.status !== 'Open') return undefined;
  if (action.snoozedUntil && today < action.snoozedUntil) return undefined;
  const snoozeEnds = action.snoozedUntil !== undefined && days.onOrAfter(action.snoozedUntil) === today;
  const reason = action.due ? dueReason(action.due, today, days) : firstOfWeek ? 'no due date: weekly reminder' : undefined;
  if (reason) return reason;
  return snoozeEnds ? `snoozed until today${action.due ? `; due ${formatDate(action.due)}` : ''}` : undefined;
}

function dueReason(due: string, today: string, days: WorkingDayIndex): string | undefined {
  const effective = days.onOrAfter(due);
  const left = days.distance(today, effective);
  if (left > 0) {
    if (!BEFORE.includes(left)) return undefined;
    return left === 1 ? `due next Working Day (${formatDate(due)})` : `due in ${left} Working Days (${formatDate(due)})`;
  }
  if (left === 0) return effective === due ? 'due today' : `due ${formatDate(due)} (a non-working day): today`;
  const late = -left;
  if (late % OVERDUE_EVERY !== 0) return undefined;
  return `overdue by ${plural(late, 'Working Day')} (due ${formatDate(due)})`;
}

/** True on the first Working Day of the ISO week that contains `today`. */
export function isFirstWorkingDayOfWeek(today: string, days: WorkingDayIndex): boolean {
  const date = new Date(`${today}T12:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  const monday = date.toISOString().slice(0, 10);
  return days.onOrAfter(monday) === today;
}
