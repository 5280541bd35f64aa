import { existsSync } from 'node:fs';
import type { Calendar, Clock, Logger, StorePort } from './core/ports';
import { withProcessRules } from './domain/record/with-process-rules';
import type { DatabaseSettings } from './config';
import type { DatabaseHandle } from './open-database';
import { demoStore } from './demo/demo-store';
import { openStore } from '../storage/file-store';
import type { LockHolder } from '../storage/lock-file';
import { missingStoreMessage } from '../storage/json-file';
import { StoreError } from '../storage/store-error';
import { createMemoryStore } from '../storage/memory-store';

export const DEFAULT_DATA_FILE = './data/secbot.json';
/** Each one-shot change holds the lock well under a second, even on a busy machine; this covers a queue of them. */
const ONE_SHOT_LOCK_WAIT_MS = 30_000;

export interface OpenedData {
  store: StorePort;
  /** Where the data lives, for banners and /healthz. */
  description: string;
  demo: boolean;
  close(): Promise<void>;
  /** Present on PostgreSQL (SECBOT_DATABASE_URL): leadership, the shared replay guard, database health. */
  database?: DatabaseHandle;
}

export interface OpenDataOptions {
  /** Explicit file (SECBOT_DATA or --data): must exist. */
  file?: string;
  /** With no explicit file and no default file, run on demo data in memory. */
  allowDemo: boolean;
  /** Read-only opens take no lock, so they work while the bot is running. */
  readOnly: boolean;
  /** The bot keeps the lock while it runs; every other writer is a one-shot change (the default). */
  lockHolder?: LockHolder;
  clock: Clock;
  logger: Logger;
  /** Working Days for the process rules' checks; default England & Wales without local overrides. */
  calendar?: Calendar;
  /** SECBOT_DATABASE_URL is set: the store is PostgreSQL, and `file` and `allowDemo` do not apply. */
  database?: DatabaseSettings;
}

/** PostgreSQL when configured; else the store file if there is one; otherwise (console only) the seed documents' facts in memory. */
export async function openData(options: OpenDataOptions): Promise<OpenedData> {
  // Every store comes out here, so whatever wraps `opened.store` applies to the file, the demo and PostgreSQL alike.
  const opened = options.database ? await openPostgres(options.database, options) : await openFileOrDemo(options);
  return { ...opened, store: withProcessRules(opened.store, options) };
}

async function openPostgres(settings: DatabaseSettings, options: OpenDataOptions): Promise<OpenedData> {
  // Loaded only when configured, so the JSON store's start-up does not load the PostgreSQL client.
  const { openDatabase } = await import('./open-database');
  const opened = await openDatabase(settings, { follow: options.lockHolder === 'long-running', readOnly: options.readOnly, clock: options.clock, logger: options.logger });
  return { ...opened, demo: false };
}

async function openFileOrDemo(options: OpenDataOptions): Promise<OpenedData> {
  const file = options.file ?? DEFAULT_DATA_FILE;
  if (!options.file && !existsSync(file) && options.allowDemo) {
    return {
      store: createMemoryStore(demoStore(), () => options.clock.now()),
      description: 'demo data in memory (changes are not saved; run "npx secbot init" to create a store)',
      demo: true,
      close: async () => {},
    };
  }
  // Say how to create a missing store before trying to lock it (a raw ENOENT from the lock file helps nobody).
  if (!existsSync(file)) throw new StoreError(missingStoreMessage(file), 'Nothing was changed.');
  // A writer waits for another one-shot writer's lock, so scripted CLI changes run one after the other;
  // a running bot's lock is refused at once.
  const store = await openStore({
    file,
    readOnly: options.readOnly,
    clock: options.clock,
    logger: options.logger,
    lockHolder: options.lockHolder ?? 'one-shot',
    lockWaitMs: ONE_SHOT_LOCK_WAIT_MS,
  });
  return { store, description: file, demo: false, close: () => store.close() };
}
