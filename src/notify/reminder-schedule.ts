import cron, { type ScheduledTask } from 'node-cron';

export const TIMEZONE = 'Europe/London';
export const DEFAULT_REMINDER_CRON = '0 9 * * 1-5';

/** A clear start-up error for a bad SECBOT_REMINDER_CRON. */
export function checkCron(expression: string): string {
  if (!cron.validate(expression)) {
    throw new Error(`SECBOT_REMINDER_CRON "${expression}" is not a cron expression. Example: "0 9 * * 1-5" (09:00 on weekdays, Europe/London).`);
  }
  return expression;
}

/** The reminder job in Europe/London; a run still going when the next fires is skipped (noOverlap). */
export function scheduleReminderJob(expression: string, run: () => Promise<unknown>): ScheduledTask {
  return cron.schedule(expression, () => run(), { timezone: TIMEZONE, noOverlap: true, name: 'secbot-reminders' });
}

/** Whether the expression fires at this instant (to the minute) in Europe/London. */
export function firesAt(expression: string, at: Date): boolean {
  const task = cron.createTask(expression, () => undefined, { timezone: TIMEZONE });
  try {
    return task.match(new Date(Math.floor(at.getTime() / 60_000) * 60_000));
  } finally {
    void task.destroy();
  }
}

/**
 * The latest scheduled run earlier today (London) at or before `now`, if any: a run the bot missed
 * when it was down. `startOfDay` is London midnight as an instant.
 */
export function lastSlotToday(expression: string, now: Date, startOfDay: Date): Date | undefined {
  const task = cron.createTask(expression, () => undefined, { timezone: TIMEZONE });
  try {
    for (let t = Math.floor(now.getTime() / 60_000) * 60_000; t >= startOfDay.getTime(); t -= 60_000) {
      if (task.match(new Date(t))) return new Date(t);
    }
    return undefined;
  } finally {
    void task.destroy();
  }
}
