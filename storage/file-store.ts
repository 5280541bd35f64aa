import { silentLogger, systemClock, type Clock, type Logger, type StorePort, type TransactMeta } from '../src/core/ports';
import { applyTransaction } from './apply-transaction';
import { removeStaleTempFiles } from './atomic-write';
import { createBackups, type BackupOptions, type Backups } from './backups';
import { createDiskGuard, type DiskGuard } from './disk-guard';
import { createHistoryIndex, type HistoryIndex } from './history-index';
import { buildLine, encodeLine } from './journal-line';
import { openJournalWriter, type JournalWriter } from './journal-writer';
import { loadStore } from './load-store';
import { acquireLock, type LockHolder } from './lock-file';
import type { Migration } from './migrations';
import type { StoreData } from './schema';
import { createSerialQueue, type SerialQueue } from './serial-queue';
import { createSnapshotFile, type SnapshotFile } from './snapshot-file';
import { StoreError, displayPath, isDiskFull, writeFailure } from './store-error';
import { storePaths, type StorePaths } from './store-paths';

export { initStore } from './init-store';
export { StoreError } from './store-error';

export interface SnapshotOptions {
  /** Rewrite the snapshot after this many changes. Default 500. */
  everyChanges?: number;
  /** …or this long after the first change not in it. Default 30 s. */
  everyMs?: number;
}

/** About 500 changes' worth of journal lines, laid ahead in the background (see openJournalWriter). */
const JOURNAL_RESERVE_BYTES = 512 * 1024;

export interface OpenStoreOptions {
  file: string;
  clock?: Clock;
  /** Take no lock and refuse every change: for read commands beside a running bot. */
  readOnly?: boolean;
  /** How long to wait while another one-shot writer holds the lock. Default 0 (refuse at once). */
  lockWaitMs?: number;
  /** 'one-shot' for a CLI change that closes at once; default 'long-running' (the bot). */
  lockHolder?: LockHolder;
  backups?: BackupOptions;
  snapshots?: SnapshotOptions;
  logger?: Logger;
  /** Replaces the built-in migrations (tests of the migration machinery). */
  migrations?: Readonly<Record<number, Migration>>;
}

export interface FileStore extends StorePort {
  /** Absolute path of the snapshot file. */
  readonly file: string;
  readonly readOnly: boolean;
  /** Builds the history index in the background (a long-running bot calls this once after start). */
  warmHistory(): Promise<void>;
  /** Writes a snapshot now if changes are only in the journal. */
  snapshot(): Promise<void>;
  /** Waits for queued transactions, writes a last snapshot, then releases the lock. */
  close(): Promise<void>;
}

/**
 * Opens the store: the snapshot plus the journal after it. A change is committed by appending one line
 * (the audit entry, with enough to replay it) to the journal with fsync; the snapshot is rewritten
 * atomically in the background every N changes or seconds, and on close.
 */
export async function openStore(options: OpenStoreOptions): Promise<FileStore> {
  const paths = storePaths(options.file);
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const lock = options.readOnly ? undefined : await acquireLock(paths.file, paths.lock, logger, { holder: options.lockHolder, waitMs: options.lockWaitMs });
  try {
    const loaded = await loadStore(paths, { writable: !!lock, logger, migrations: options.migrations });
    const history = createHistoryIndex(paths.journal);
    const backups = createBackups(paths, clock, options.backups ?? {}, logger);
    if (!lock) return readOnlyStore(paths, loaded.data, history);
    const stale = await removeStaleTempFiles(paths.file);
    if (stale.length) logger.info({ files: stale }, 'removed temp files left by an interrupted write');
    // Only a long-running writer reserves journal space ahead: a one-shot CLI change writes a single line.
    const journal = await openJournalWriter(paths.journal, loaded.tail.segment, { reserveBytes: options.lockHolder === 'one-shot' ? 0 : JOURNAL_RESERVE_BYTES });
    const snapshotFile = createSnapshotFile(paths.file);
    const unsaved = loaded.migratedFrom !== undefined ? 1 : loaded.replayed;
    const store = writableStore(loaded.data, { paths, seq: loaded.seq, unsaved, journal, snapshotFile, history, backups, clock, logger, options: options.snapshots ?? {}, guard: createDiskGuard({ paths, lock, journal, snapshotFile, logger }) });
    if (loaded.migratedFrom !== undefined) {
      await store.snapshot();
      logger.info({ from: loaded.migratedFrom, to: loaded.data.schemaVersion }, 'store migrated to the current schema version');
    } else if (loaded.replayed) {
      // Only a convenience (the journal holds those changes): a full disk must not stop the store opening.
      await store.snapshot().catch((error: unknown) => logger.error({ err: error, diskFull: isDiskFull(error) }, `could not write the snapshot at open (${writeFailure(error)}); the journal has every change`));
    }
    return store;
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

function readOnlyStore(paths: StorePaths, data: StoreData, history: HistoryIndex): FileStore {
  return {
    file: paths.file,
    readOnly: true,
    read: () => data,
    auditOf: (refs) => history.entries(refs),
    transact: () => Promise.reject(readOnlyError(paths.file)),
    warmHistory: () => history.warm(),
    snapshot: async () => {},
    close: async () => {},
  };
}

interface WritableParts {
  paths: StorePaths;
  seq: number;
  /** Changes in the journal but not in the snapshot at open (replayed, or a migration to save). */
  unsaved: number;
  journal: JournalWriter;
  snapshotFile: SnapshotFile;
  history: HistoryIndex;
  backups: Backups;
  guard: DiskGuard;
  clock: Clock;
  logger: Logger;
  options: SnapshotOptions;
}

// `data` is not one of the parts: the closures below keep `parts` for the store's lifetime, and the
// version loaded at open must not outlive the first change.
function writableStore(data: StoreData, parts: WritableParts): FileStore {
  const { paths, journal, history, guard, clock } = parts;
  const queue = createSerialQueue();
  // What read() shows: only changes whose journal line is on disk.
  let committed = data;
  let seq = parts.seq;
  let closed = false;
  const snapshots = createSnapshotScheduler(parts, queue, () => ({ data: committed, seq }));
  return {
    file: paths.file,
    readOnly: false,
    read: () => committed,
    auditOf: (refs) => history.entries(refs),
    warmHistory: () => history.warm(),
    snapshot: () => snapshots.now(),
    transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T> {
      if (closed) return Promise.reject(new StoreError(`The store ${displayPath(paths.file)} is closed; this change was not made.`));
      return queue.run(async () => {
        const { result, next, entry } = applyTransaction(committed, meta, mutate, clock.now());
        if (!next) return result;
        await guard.check();
        const line = buildLine(seq + 1, meta, new Date(entry.at), entry.changes, committed, next);
        try {
          const at = await journal.append(encodeLine(line), clock.now());
          history.add(at.segment, at.offset, at.length, line.refs);
        } catch (error) {
          // A line that could not be cut back leaves the journal's end unknown: stop writing until a restart.
          if ((error as { partialLine?: boolean }).partialLine || !isDiskFull(error)) guard.stop(`could not append to the journal: ${writeFailure(error)}`);
          else parts.logger.error({ err: error, journal: paths.journal }, 'the disk is full: a change was refused (nothing was saved)');
          throw new StoreError(
            `Could not save the change to ${displayPath(paths.journal)}: ${writeFailure(error)}. Nothing was changed.`,
            isDiskFull(error) ? 'Free some space on the disk holding the data folder, then try again; every change saved before is safe.' : undefined,
          );
        }
        committed = next;
        seq = line.seq;
        snapshots.changed();
        return result;
      });
    },
    async close() {
      closed = true;
      await queue.idle();
      if (!guard.stopped()) await snapshots.now().catch((error: unknown) => parts.logger.error({ err: error }, 'could not write the snapshot on close; the journal has every change'));
      snapshots.cancel();
      await journal.close();
      await guard.release();
    },
  };
}

/** Rewrites the snapshot every `everyChanges` changes or `everyMs` after the first unsaved one, in the write queue. */
function createSnapshotScheduler(parts: WritableParts, queue: SerialQueue, state: () => { data: StoreData; seq: number }) {
  const everyChanges = parts.options.everyChanges ?? 500;
  const everyMs = parts.options.everyMs ?? 30_000;
  let pending = parts.unsaved;
  let timer: NodeJS.Timeout | undefined;
  const write = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending || parts.guard.stopped()) return;
    await parts.guard.check();
    const { data, seq } = state();
    await parts.snapshotFile.write(data, seq);
    pending = 0;
    await parts.backups.afterSnapshot();
  };
  const inBackground = () =>
    void queue.run(write).catch((error: unknown) =>
      parts.logger.error({ err: error, store: parts.paths.file, diskFull: isDiskFull(error) }, `could not write the snapshot (${writeFailure(error)}); the previous snapshot is kept and every change stays safe in the journal`),
    );
  return {
    changed() {
      pending++;
      if (pending >= everyChanges) inBackground();
      else if (!timer) {
        timer = setTimeout(inBackground, everyMs);
        timer.unref();
      }
    },
    now: () => queue.run(write),
    cancel: () => timer && clearTimeout(timer),
  };
}

function readOnlyError(file: string): StoreError {
  return new StoreError(
    `The store ${displayPath(file)} is open read-only here, so this change was not made.`,
    'Make the change through the running bot (in chat or its console), or stop the bot and run the command again.',
  );
}
