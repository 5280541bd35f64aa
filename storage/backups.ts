import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Clock, Logger } from '../src/core/ports';
import { listSegments } from './journal-files';
import type { StorePaths } from './store-paths';

export interface BackupOptions {
  /** How many snapshot backups to keep (newest first); 0 turns backups off. Default 10. */
  keep?: number;
  /** At most one backup per this interval, across every process using the store. Default one hour. */
  minIntervalMs?: number;
}

export interface Backups {
  /** After a snapshot was written: back it up (and the closed journal segments) if the newest backup on disk is old enough. */
  afterSnapshot(): Promise<void>;
}

const HOUR = 3_600_000;
const STAMP = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

/** "secbot-2024-03-05T10-00-00-000Z.json": sorts by time, safe on every file system. */
export function backupName(name: string, at: Date): string {
  return `${name}-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

/**
 * Backups in `<dir>/backups/`: a copy of the snapshot plus copies of the closed (earlier months')
 * journal segments, so snapshot + segments restore the state and the history. Whether one is due is
 * decided from the files there, so a bot and scripted CLI changes together make at most one an hour.
 */
export function createBackups(paths: StorePaths, clock: Clock, options: BackupOptions, logger: Logger): Backups {
  const keep = options.keep ?? 10;
  const interval = options.minIntervalMs ?? HOUR;
  return {
    async afterSnapshot() {
      if (keep <= 0) return;
      const now = clock.now();
      try {
        const newest = (await listBackups(paths)).at(-1);
        if (newest && now.getTime() - stampOf(newest) < interval && stampOf(newest) <= now.getTime()) return;
        const target = await copyToBackups(paths, now, keep);
        await copyClosedSegments(paths);
        logger.debug({ backup: target }, 'store backed up');
      } catch (error) {
        // A failed backup must not block the writes it protects; it is logged and tried again later.
        logger.error({ err: error, dir: paths.backups }, 'could not back up the store');
      }
    },
  };
}

function stampOf(name: string): number {
  const m = STAMP.exec(name);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : 0;
}

/** Copies the snapshot into the backups folder now and prunes old copies; returns the copy's path. */
export async function copyToBackups(paths: StorePaths, at: Date, keep: number, source = paths.file): Promise<string> {
  // Not recursive: if the store's own folder has gone, the backup and the write should fail, not recreate it.
  await mkdir(paths.backups).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const target = path.join(paths.backups, backupName(paths.name, at));
  // A copy cut short by a full disk must not lie there looking like a backup.
  await copyFile(source, target).catch(async (error: unknown) => {
    await rm(target, { force: true });
    throw error;
  });
  await prune(paths, keep);
  return target;
}

/** Journal segments of earlier months never change again: each is copied once. */
async function copyClosedSegments(paths: StorePaths): Promise<void> {
  const closed = (await listSegments(paths.journal)).slice(0, -1);
  if (!closed.length) return;
  const dir = path.join(paths.backups, path.basename(paths.journal));
  await mkdir(dir, { recursive: true });
  for (const name of closed) {
    const target = path.join(dir, name);
    if (await stat(target).then(() => true, () => false)) continue;
    await copyFile(path.join(paths.journal, name), target).catch(async (error: unknown) => {
      await rm(target, { force: true });
      throw error;
    });
  }
}

/** Lists this store's snapshot backups, oldest first. */
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
