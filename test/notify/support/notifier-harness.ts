import { silentLogger, type Logger, type StorePort } from '../../../src/core/ports';
import { createCalendar } from '../../../src/domain/calendar';
import { createNotifier, type NotifierConfig } from '../../../src/notify/notifier';
import { createMemoryStore } from '../../../storage/memory-store';
import type { StoreData } from '../../../storage/schema';
import { createFakeClock, createFakeMessenger, fakeSleep } from './fakes';

export interface HarnessOptions {
  now?: string;
  store?: StorePort;
  config?: NotifierConfig;
  logger?: Logger;
}

/** A notifier over a memory store (unless given one) with fake Slack and Teams messengers and a fake clock. */
export function createHarness(data: StoreData, options: HarnessOptions = {}) {
  const clock = createFakeClock(options.now ?? '2023-08-22T08:00:00Z');
  const store = options.store ?? createMemoryStore(data, clock.now);
  const slack = createFakeMessenger('slack', clock);
  const teams = createFakeMessenger('teams', clock);
  const waits: number[] = [];
  const calendar = createCalendar();
  const notifier = createNotifier({
    store, clock, calendar, messengers: [slack, teams], logger: options.logger ?? silentLogger, sleep: fakeSleep(clock, waits), config: options.config,
  });
  return { clock, store, slack, teams, waits, calendar, notifier };
}

/** A logger that keeps what was logged, for "it was logged" assertions. */
export function createRecordingLogger(): Logger & { lines: { level: string; msg: string; obj: object }[] } {
  const lines: { level: string; msg: string; obj: object }[] = [];
  const log = (level: string) => (obj: object | string, msg?: string) => void lines.push({ level, msg: typeof obj === 'string' ? obj : msg ?? '', obj: typeof obj === 'string' ? {} : obj });
  const logger = { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), child: () => logger };
  return logger;
}
