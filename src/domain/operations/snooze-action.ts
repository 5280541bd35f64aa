import { UserError } from '../../core/errors';
import type { Calendar } from '../../core/ports';
import type { Action, StoreData } from '../../../storage/schema';
import { formatDate, parseUserDate } from '../dates';
import { requireAction } from './find';
import { emitEvent, type OperationMeta } from './meta';
import { requireIsoDate } from './validate';
import { calendarOr, requirePlannedDate } from '../fact-dates';

export interface SnoozeActionInput {
  ref: string;
  /** The date (YYYY-MM-DD) reminders resume; see snoozeUntil for "1d", "1w". */
  until: string;
}

/** Pause reminders for an open action until a later date. Records `action.snoozed`. */
export function snoozeAction(draft: StoreData, input: SnoozeActionInput, meta: OperationMeta): Action {
  const action = requireAction(draft, input.ref);
  const until = requireIsoDate(input.until, 'The snooze date');
  if (action.status === 'Closed') throw new UserError(`${action.ref} is closed; there is nothing to snooze.`, `See it with: action "${action.ref}".`);
  if (until <= meta.today) {
    throw new UserError(`Snooze until ${formatDate(until)}? That is not after today (${formatDate(meta.today)}).`, `For example: action snooze "${action.ref}" 1w.`);
  }
  if (!meta.asStated) requirePlannedDate(until, meta.today, calendarOr(meta.calendar), 'Snooze until', (day) => `action snooze "${action.ref}" ${day}`);
  action.snoozedUntil = until;
  emitEvent(draft, meta, 'action.snoozed', action.ref, { ref: action.ref, owner: action.owner, until });
  return action;
}

const DURATION = /^(\d{1,3})\s*(d|days?|wd|working\s+days?|w|wks?|weeks?)$/i;

/** "1d", "3 days" = Working Days; "1w", "2 weeks" = calendar weeks; otherwise a date ("2023-09-01", "1 Sep 2023"). */
export function snoozeUntil(spec: string, today: string, calendar: Calendar): string {
  const match = DURATION.exec(spec.trim());
  if (!match) return parseSnoozeDate(spec, today);
  const n = Number(match[1]);
  if (n < 1) throw new UserError(`Snooze for at least 1 day, not "${spec}".`, SNOOZE_HINT);
  if (!/^(w|wks?|weeks?)$/i.test(match[2]!)) return calendar.addWorkingDays(today, n);
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7 * n);
  const day = date.toISOString().slice(0, 10);
  return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
}

const SNOOZE_HINT = 'For example: 1d (one Working Day, the default), 1w (one week), 3 days, or a date such as 2023-09-15.';

function parseSnoozeDate(spec: string, today: string): string {
  try {
    return parseUserDate(spec, today);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`Snooze for how long? ${reason}`, SNOOZE_HINT);
  }
}
