import type { Calendar, Clock, Logger, ReminderRunSummary, StorePort } from '../core/ports';
import type { Delivery } from '../../storage/schema';
import type { Deliverer, DeliveryReport, Outgoing } from './deliverer';
import { isDue } from './ledger';
import { NOTIFIER_META } from './ledger-writer';
import type { Platform } from './person-address';
import type { ReminderPlan } from './plan-types';
import { planReminders } from './plan-reminders';

export interface ReminderRunDeps {
  store: StorePort;
  calendar: Calendar;
  clock: Clock;
  logger: Logger;
  platforms: readonly Platform[];
  deliver: Deliverer;
  inFlight: ReadonlySet<string>;
}

export const runMarkerKey = (date: string): string => `run:reminders:${date}`;
const REMINDER_KEY = /^reminder:(\d{4}-\d{2}-\d{2}):/;

export function createReminderRuns(deps: ReminderRunDeps) {
  const plan = (at: Date): ReminderPlan => planReminders(deps.store.read(), at, { calendar: deps.calendar, platforms: deps.platforms });

  /**
   * Owners' direct messages go first; the plan is then made again so that owners whose DM just came
   * back unreachable are listed in their committee channels, then everything else is sent.
   */
  async function run(at: Date): Promise<ReminderRunSummary> {
    const first = plan(at);
    if (!first.workingDay) {
      deps.logger.info({ date: first.date }, 'no reminders: not a Working Day');
      return { date: first.date, note: first.note, sent: 0, skipped: 0, unreachable: [], failed: [] };
    }
    const owners = await deps.deliver(first.messages.filter((m) => m.kind === 'owner'));
    const second = plan(at);
    const rest = await deps.deliver(second.messages.filter((m) => m.kind !== 'owner'));
    await markRun(first.date);
    const summary = summarise(first.date, [...first.messages, ...second.messages], [owners, rest]);
    deps.logger.info({ date: summary.date, sent: summary.sent, skipped: summary.skipped, failed: summary.failed.length, unreachable: summary.unreachable.length }, 'reminder run finished');
    return summary;
  }

  async function markRun(date: string): Promise<void> {
    const at = deps.clock.now().toISOString();
    await deps.store.transact(NOTIFIER_META, (draft) => {
      const marker: Delivery = { key: runMarkerKey(date), recipient: 'scheduler', status: 'sent', attempts: 1, at };
      const i = draft.deliveries.findIndex((d) => d.key === marker.key);
      if (i === -1) draft.deliveries.push(marker);
    });
  }

  /**
   * Reminders that failed earlier today and are due again, re-planned so their content is current.
   * Reminders from an earlier day are given up: they were about that day, and today's run plans afresh.
   */
  function dueRetries(now: Date): { retry: Outgoing[]; expired: string[] } {
    const today = deps.calendar.londonDate(now);
    const due = deps.store.read().deliveries.filter((d) => REMINDER_KEY.test(d.key) && isDue(d, now.getTime(), deps.inFlight));
    const expired = due.filter((d) => REMINDER_KEY.exec(d.key)![1] !== today).map((d) => d.key);
    const todays = new Set(due.map((d) => d.key).filter((k) => !expired.includes(k)));
    if (!todays.size) return { retry: [], expired };
    const current = plan(now).messages;
    const retry = current.filter((m) => todays.has(m.key));
    const stillWanted = new Set(retry.map((m) => m.key));
    return { retry, expired: [...expired, ...[...todays].filter((k) => !stillWanted.has(k))] };
  }

  return { plan, run, dueRetries };
}

function summarise(date: string, planned: readonly { key: string; recipient: string }[], reports: readonly DeliveryReport[]): ReminderRunSummary {
  const who = new Map(planned.map((m) => [m.key, m.recipient]));
  const name = ({ key, error }: { key: string; error: string }) => ({ recipient: who.get(key) ?? key, error });
  return {
    date,
    sent: reports.reduce((n, r) => n + r.sent, 0),
    skipped: reports.reduce((n, r) => n + r.skipped, 0),
    unreachable: reports.flatMap((r) => r.unreachable.map(name)),
    failed: reports.flatMap((r) => r.failed.map(name)),
  };
}
