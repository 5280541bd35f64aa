import { Low } from 'lowdb';
import { silentLogger, systemClock, type Clock, type Logger, type StorePort, type TransactMeta } from '../src/core/ports';
import { applyTransaction } from './apply-transaction';
import { removeStaleTempFiles } from './atomic-write';
import { createBackups, type BackupOptions, type Backups } from './backups';
import { acquireLock, type StoreLock } from './lock-file';
import type { Migration } from './migrations';
import { emptyStore, type StoreData } from './schema';
import { createSerialQueue } from './serial-queue';
import { createStoreAdapter } from './store-adapter';
import { StoreError, displayPath } from './store-error';
import { storePaths, type StorePaths } from './store-paths';

export { initStore } from './init-store';
export { StoreError } from './store-error';

export interface OpenStoreOptions {
  file: string;
  clock?: Clock;
  /** Take no lock and refuse every change: for read commands beside a running bot. */
  readOnly?: boolean;
  backups?: BackupOptions;
  logger?: Logger;
  /** Replaces the built-in migrations (tests of the migration machinery). */
  migrations?: Readonly<Record<number, Migration>>;
}

export interface FileStore extends StorePort {
  /** Absolute path of the store file. */
  readonly file: string;
  readonly readOnly: boolean;
  /** Waits for queued transactions, then releases the lock. */
  close(): Promise<void>;
}

/** Opens the JSON store: validated on read, every write validated, audited, atomic, under a lock. */
export async function openStore(options: OpenStoreOptions): Promise<FileStore> {
  const paths = storePaths(options.file);
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const lock = options.readOnly ? undefined : await acquireLock(paths.file, paths.lock, logger);
  try {
    const adapter = createStoreAdapter(paths.file, options.migrations);
    const db = new Low<StoreData>(adapter, emptyStore());
    await db.read();
    const backups = createBackups(paths, clock, options.backups ?? {}, logger);
    if (lock) await prepareForWriting(paths, db, adapter.migratedFrom, backups, logger);
    return createFileStore({ paths, db, lock, backups, clock });
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

/** Under the lock: clear temp files a killed writer left, and save a migrated document (after a backup). */
async function prepareForWriting(paths: StorePaths, db: Low<StoreData>, migratedFrom: number | undefined, backups: Backups, logger: Logger): Promise<void> {
  const stale = await removeStaleTempFiles(paths.file);
  if (stale.length) logger.info({ files: stale }, 'removed temp files left by an interrupted write');
  if (migratedFrom === undefined) return;
  await backups.beforeWrite();
  await db.write();
  logger.info({ from: migratedFrom, to: db.data.schemaVersion }, 'store migrated to the current schema version');
}

interface FileStoreParts {
  paths: StorePaths;
  db: Low<StoreData>;
  lock: StoreLock | undefined;
  backups: Backups;
  clock: Clock;
}

function createFileStore({ paths, db, lock, backups, clock }: FileStoreParts): FileStore {
  const queue = createSerialQueue();
  // What read() shows: only data that is on disk (db.data may briefly hold a write in flight).
  let committed = db.data;
  let closed = false;
  return {
    file: paths.file,
    readOnly: !lock,
    read: () => committed,
    transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T> {
      if (closed) return Promise.reject(new StoreError(`The store ${displayPath(paths.file)} is closed; this change was not made.`));
      if (!lock) return Promise.reject(readOnlyError(paths.file));
      return queue.run(async () => {
        const { result, next } = applyTransaction(committed, meta, mutate, clock.now());
        if (!next) return result;
        await backups.beforeWrite();
        db.data = next;
        try {
          await db.write();
        } catch (error) {
          db.data = committed;
          throw new StoreError(`Could not save the store ${displayPath(paths.file)}: ${(error as Error).message}. Nothing was changed.`);
        }
        committed = next;
        return result;
      });
    },
    async close() {
      closed = true;
      await queue.idle();
      await lock?.release();
    },
  };
}

function readOnlyError(file: string): StoreError {
  return new StoreError(
    `The store ${displayPath(file)} is open read-only here, so this change was not made.`,
    'Make the change through the running bot (in chat or its console), or stop the bot and run the command again.',
  );
}
