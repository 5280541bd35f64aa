import { constants, fdatasyncSync, statSync, writeSync } from 'node:fs';
import { open, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory } from './atomic-write';
import { ensureDir, segmentName } from './journal-files';

export interface JournalWriter {
  /** Appends one line durably (O_DSYNC): when this resolves the change is on disk. */
  append(text: string, at: Date): Promise<{ segment: string; offset: number; length: number }>;
  /** True if the open segment on disk is still the file and size this writer left it at. */
  untouched(): boolean;
  close(): Promise<void>;
}

/**
 * O_DSYNC: each write returns only once its data (and the size change) is on disk, so an append is one
 * system call instead of two (write, then fdatasync).
 * Where the platform has no O_DSYNC (Windows), each write is followed by an fdatasync instead.
 */
const HAS_DSYNC = typeof constants.O_DSYNC === 'number';
const APPEND_DURABLY = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (HAS_DSYNC ? constants.O_DSYNC : 0);

/**
 * Appends to the newest segment (a new one each month; never back to an older one even if the clock
 * goes back). `start` is the newest segment and its valid size; anything after it (a torn line) is cut off.
 */
export async function openJournalWriter(dir: string, start: { name: string; size: number } | undefined): Promise<JournalWriter> {
  await ensureDir(dir);
  let name = start?.name;
  let size = start?.size ?? 0;
  let handle: FileHandle | undefined;
  let ino: number | undefined;
  if (name) await truncate(path.join(dir, name), size);

  async function switchTo(next: string): Promise<void> {
    await handle?.close();
    handle = await open(path.join(dir, next), APPEND_DURABLY, 0o644);
    const stats = await handle.stat();
    ino = stats.ino;
    if (next !== name) {
      size = stats.size;
      await syncDirectory(dir);
    }
    name = next;
  }

  return {
    async append(text, at) {
      const wanted = segmentName(at);
      const target = name && wanted <= name ? name : wanted;
      if (!handle || target !== name) await switchTo(target);
      const bytes = Buffer.from(text);
      const offset = size;
      // Synchronously, as SQLite commits: the line is on disk before anything else runs, and without
      // the thread pool's round trip a change costs ~0.4 ms instead of ~0.6 ms. The price is that a
      // stalled disk stalls the bot for that long; the snapshot, the big write, stays asynchronous.
      for (let done = 0; done < bytes.length; ) done += writeSync(handle!.fd, bytes, done, bytes.length - done, null);
      if (!HAS_DSYNC) fdatasyncSync(handle!.fd);
      size += bytes.length;
      return { segment: name!, offset, length: bytes.length };
    },
    untouched() {
      if (!handle || !name) return true;
      try {
        const stats = statSync(path.join(dir, name));
        return stats.ino === ino && stats.size === size;
      } catch {
        return false;
      }
    },
    async close() {
      await handle?.close();
      handle = undefined;
    },
  };
}
