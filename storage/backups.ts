import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Clock, Logger } from '../src/core/ports';
import type { StorePaths } from './store-paths';

export interface BackupOptions {
  /** How many backups to keep (newest first); 0 turns backups off. Default 10. */
  keep?: number;
  /** At most one backup per this interval after the first one. Default one hour. */
  minIntervalMs?: number;
}

export interface Backups {
  /** Copies the current file into the backups folder if one is due. Call just before writing. */
  beforeWrite(): Promise<void>;
}

const HOUR = 3_600_000;

/** "secbot-2024-03-05T10-00-00-000Z.json": sorts by time, safe on every file system. */
export function backupName(name: string, at: Date): string {
  return `${name}-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Rolling copies in `<dir>/backups/`: before the first write of a process, then at most every interval. */
export function createBackups(paths: StorePaths, clock: Clock, options: BackupOptions, logger: Logger): Backups {
  const keep = options.keep ?? 10;
  const interval = options.minIntervalMs ?? HOUR;
  let last: number | undefined;
  return {
    async beforeWrite() {
      const now = clock.now();
      if (keep <= 0 || (last !== undefined && now.getTime() - last < interval)) return;
      last = now.getTime();
      try {
        const target = await copyToBackups(paths, now, keep);
        logger.debug({ backup: target }, 'store backed up');
      } catch (error) {
        // A failed backup must not block the write it protects; it is logged and retried next interval.
        logger.error({ err: error, dir: paths.backups }, 'could not back up the store');
      }
    },
  };
}

/** Copies the store file into the backups folder now and prunes old copies; returns the copy's path. */
export async function copyToBackups(paths: StorePaths, at: Date, keep: number): Promise<string> {
  // Not recursive: if the store's own folder has gone, the backup and the write should fail, not recreate it.
  await mkdir(paths.backups).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const target = path.join(paths.backups, backupName(paths.name, at));
  await copyFile(paths.file, target);
  await prune(paths, keep);
  return target;
}

/** Lists this store's backups, oldest first. */
export async function listBackups(paths: StorePaths): Promise<string[]> {
  const pattern = new RegExp(`^${escape(paths.name)}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.json$`);
  const names = await readdir(paths.backups).catch(() => [] as string[]);
  return names.filter((n) => pattern.test(n)).sort();
}

async function prune(paths: StorePaths, keep: number): Promise<void> {
  const names = await listBackups(paths);
  const surplus = names.slice(0, Math.max(0, names.length - keep));
  await Promise.all(surplus.map((n) => rm(path.join(paths.backups, n), { force: true })));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
