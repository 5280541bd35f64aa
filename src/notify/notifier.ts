import type { ScheduledTask } from 'node-cron';
import type { Calendar, Clock, Logger, Messenger, ReminderRunner, ReminderRunSummary, StorePort } from '../core/ports';
import { londonInstant } from '../domain/dates';
import { createDeliverer, type DeliveryReport } from './deliverer';
import { hasExpired, pruneLedger, recordOutcomes } from './ledger';
import { NOTIFIER_META } from './ledger-writer';
import type { Sleep } from './limiter';
import type { Platform } from './person-address';
import type { ReminderPlan } from './plan-types';
import { createOutboxPlanner } from './plan-outbox';
import { checkCron, DEFAULT_REMINDER_CRON, lastSlotToday, scheduleReminderJob } from './reminder-schedule';
import { createReminderRuns, runMarkerKey } from './reminder-runs';
import { toPreview } from './to-preview';

export interface NotifierConfig {
  /** SECBOT_REMINDER_CRON, Europe/London. Default "0 9 * * 1-5". */
  reminderCron?: string;
  /** How often the outbox is checked for new events and due retries. Default 5 s. */
  flushIntervalMs?: number;
  /** Gap between two messages to one channel. Default 1000 ms (Slack: about 1 message/s/channel). */
  channelIntervalMs?: number;
  /** SECBOT_LEDGER_RETENTION_DAYS: settled deliveries and outbox events older than this are dropped daily. Default 400. */
  ledgerRetentionDays?: number;
}

export interface NotifierDeps {
  store: StorePort;
  messengers: readonly Messenger[];
  clock: Clock;
  calendar: Calendar;
  logger: Logger;
  config?: NotifierConfig;
  /** Waiting between retries and paced sends; tests pass one that moves a fake clock. */
  sleep?: Sleep;
}

export interface Notifier extends ReminderRunner {
  start(): void;
  stop(): Promise<void>;
  flushOutbox(): Promise<DeliveryReport>;
  planReminders(at: Date): ReminderPlan;
  runReminders(at: Date): Promise<ReminderRunSummary>;
  /** On start: run today's reminders if today's scheduled run was missed while the bot was down. */
  catchUp(now: Date): Promise<ReminderRunSummary | undefined>;
}

const PRUNE_META = { actor: 'secbot', command: 'notify retention' };

export function createNotifier(deps: NotifierDeps): Notifier {
  const cron = checkCron(deps.config?.reminderCron ?? DEFAULT_REMINDER_CRON);
  const logger = deps.logger.child({ module: 'notify' });
  const platforms = [...new Set(deps.messengers.map((m) => m.platform))] as Platform[];
  const inFlight = new Set<string>();
  const deliver = createDeliverer({ ...deps, logger, channelIntervalMs: deps.config?.channelIntervalMs, sleep: deps.sleep }, inFlight);
  const reminders = createReminderRuns({ ...deps, logger, platforms, deliver, inFlight });
  let flushing: Promise<DeliveryReport> | undefined;
  let task: ScheduledTask | undefined;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<unknown> | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  const planOutbox = createOutboxPlanner();
  const retentionDays = deps.config?.ledgerRetentionDays ?? 400;

  async function flushOnce(): Promise<DeliveryReport> {
    const now = deps.clock.now();
    const { retry, expired } = reminders.dueRetries(now);
    if (expired.length) await giveUp(expired, 'the reminder was for an earlier day; today’s run plans afresh');
    const outbox = planOutbox({ data: deps.store.read(), calendar: deps.calendar, platforms }, now, inFlight);
    return deliver([...outbox, ...retry]);
  }

  async function giveUp(keys: readonly string[], why: string): Promise<void> {
    const outcomes = keys.map((key) => ({ key, outcome: { status: 'failed' as const, error: `no longer needed: ${why}` }, attempts: 0 }));
    await deps.store.transact(NOTIFIER_META, (draft) => recordOutcomes(draft, outcomes, new Map(), deps.clock.now()));
  }

  /** Drops what retention no longer needs, so the ledger and outbox stop growing with the years. */
  async function prune(): Promise<void> {
    const now = deps.clock.now();
    if (!hasExpired(deps.store.read(), now, retentionDays)) return;
    await deps.store.transact(PRUNE_META, (draft) => pruneLedger(draft, now, retentionDays));
  }

  /** One flush at a time; a caller arriving mid-flush shares its result. */
  function flushOutbox(): Promise<DeliveryReport> {
    flushing ??= flushOnce().finally(() => (flushing = undefined));
    return flushing;
  }

  async function catchUp(now: Date): Promise<ReminderRunSummary | undefined> {
    const today = deps.calendar.londonDate(now);
    if (!deps.calendar.isWorkingDay(today)) return undefined;
    if (deps.store.read().deliveries.some((d) => d.key === runMarkerKey(today))) return undefined;
    const missed = lastSlotToday(cron, now, new Date(londonInstant(today)));
    if (!missed) return undefined;
    logger.warn({ missed: missed.toISOString(), date: today }, 'catching up the reminder run missed while secbot was down');
    return reminders.run(now);
  }

  const safely = (what: string, job: () => Promise<unknown>) => () =>
    job().catch((error: unknown) => logger.error({ err: error }, `${what} failed; it will be tried again`));

  return {
    flushOutbox,
    catchUp,
    planReminders: reminders.plan,
    runReminders: reminders.run,
    preview: (at) => toPreview(reminders.plan(at), deps.store.read(), at),
    run: (at) => reminders.run(at),
    start() {
      task = scheduleReminderJob(cron, safely('reminder run', () => reminders.run(deps.clock.now())));
      timer = setInterval(safely('outbox flush', flushOutbox), deps.config?.flushIntervalMs ?? 5_000);
      timer.unref();
      starting = safely('catch-up', () => catchUp(deps.clock.now()).then(flushOutbox).then(prune))();
      pruneTimer = setInterval(safely('ledger retention', prune), 86_400_000);
      pruneTimer.unref();
      logger.info({ cron, timezone: 'Europe/London' }, 'reminders scheduled');
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (pruneTimer) clearInterval(pruneTimer);
      await task?.destroy();
      await starting;
      await flushing;
    },
  };
}

