import type { Logger } from '../src/core/ports';
import type { JournalWriter } from './journal-writer';
import type { StoreLock } from './lock-file';
import type { SnapshotFile } from './snapshot-file';
import { StoreError, displayPath } from './store-error';
import type { StorePaths } from './store-paths';

export interface DiskGuard {
  /** Before every commit: throws (and stops all writing) unless we hold the lock and the files are ours. */
  check(): Promise<void>;
  stop(reason: string): void;
  stopped(): boolean;
  release(): Promise<void>;
}

/**
 * Writing is only safe while this process holds the lock and the journal and snapshot on disk are the
 * ones it wrote: otherwise another process (a CLI that found the lock gone) may have written, and our
 * next write would silently undo its change. A lock deleted under us is re-created if nobody wrote in
 * the meantime; anything else stops writing for good, loudly, until the bot is restarted.
 */
export function createDiskGuard(parts: { paths: StorePaths; lock: StoreLock; journal: JournalWriter; snapshotFile: SnapshotFile; logger: Logger }): DiskGuard {
  const { paths, lock, journal, snapshotFile, logger } = parts;
  let reason: string | undefined;
  const filesOurs = () => journal.untouched() && snapshotFile.untouched();

  const stop = (why: string) => {
    if (reason) return;
    reason = why;
    logger.error({ store: paths.file, reason: why }, 'stopped writing to the store: restart secbot once the cause is fixed');
  };
  const refusal = () =>
    new StoreError(
      `This change was not saved: secbot stopped writing to ${displayPath(paths.file)} because ${reason}.`,
      'Nothing was lost, but no change can be saved until secbot is restarted (it then reloads what is on disk). Ask whoever runs the bot.',
    );

  return {
    async check() {
      if (reason) throw refusal();
      if (lock.stillHeld() && filesOurs()) return;
      if (lock.stillHeld()) stop('the store files were changed by another process');
      else if (!(await lock.retake())) stop(`its lock file ${displayPath(paths.lock)} was deleted or taken by another process`);
      else if (!filesOurs()) {
        stop('its lock file was deleted and another process changed the store in the meantime');
        await lock.release(); // the lock we just re-created: let that other process (or a restart) carry on
      }
      else logger.warn({ lockFile: paths.lock }, 'the store lock file had been deleted; re-created it (nobody had written meanwhile)');
      if (reason) throw refusal();
    },
    stop,
    stopped: () => reason !== undefined,
    release: () => lock.release(),
  };
}
