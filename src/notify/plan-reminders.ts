import type { Calendar } from '../core/ports';
import type { Delivery, StoreData } from '../../storage/schema';
import { formatDate } from '../domain/dates';
import { isFirstWorkingDayOfWeek } from './action-due-reason';
import { planConsultationReminders } from './consultation-reminders';
import { planDigests } from './digest';
import { planOwnerFallback } from './owner-fallback';
import { planOwnerReminders } from './owner-reminders';
import type { Platform } from './person-address';
import type { PlanContext, ReminderPlan } from './plan-types';
import { createWorkingDayIndex } from './working-day-index';

export interface PlanOptions {
  calendar: Calendar;
  /** Platforms with a messenger: a person only on another platform cannot be reached. */
  platforms: readonly Platform[];
}

/**
 * Everything a reminder run at `at` would send, and to whom: a pure function of the store, so
 * `remind preview` shows exactly what `remind run` sends. Nothing is planned on weekends or bank
 * holidays; weekly items move to the first Working Day of the week instead.
 */
export function planReminders(data: Readonly<StoreData>, at: Date, options: PlanOptions): ReminderPlan {
  const today = options.calendar.londonDate(at);
  if (!options.calendar.isWorkingDay(today)) {
    const next = options.calendar.nextWorkingDay(today);
    return { date: today, workingDay: false, note: `${formatDate(today)} is not a Working Day: reminders wait until ${formatDate(next)}.`, messages: [], unreachable: [] };
  }
  const ctx = planContext(data, at, today, options);
  const owners = planOwnerReminders(ctx);
  const fallback = planOwnerFallback(ctx, owners.stranded);
  const messages = [...owners.messages, ...fallback.messages, ...planConsultationReminders(ctx), ...planDigests(ctx)];
  return { date: today, workingDay: true, messages, unreachable: fallback.unreachable };
}

function planContext(data: Readonly<StoreData>, at: Date, today: string, options: PlanOptions): PlanContext {
  let earliest = today;
  for (const action of data.actions) if (action.status === 'Open' && action.due && action.due < earliest) earliest = action.due;
  const days = createWorkingDayIndex(options.calendar, earliest, today);
  const ledger = new Map<string, Delivery>(data.deliveries.map((d) => [d.key, d]));
  return { data, at, today, days, firstOfWeek: isFirstWorkingDayOfWeek(today, days), calendar: options.calendar, platforms: options.platforms, ledger };
}
