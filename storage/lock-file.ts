import { readFileSync, rmSync, statSync } from 'node:fs';
import { link, open, readFile, rm, stat } from 'node:fs/promises';
import type { Logger } from '../src/core/ports';
import { tempFileFor } from './atomic-write';
import { StoreError, displayPath, isDiskFull, writeFailure } from './store-error';

export interface StoreLock {
  readonly file: string;
  /** True while the lock file on disk is still the one this process created (same inode). */
  stillHeld(): boolean;
  /** Takes the lock again after it was deleted under us; false if someone else holds it now. */
  retake(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * What the holder does with the lock, written beside its PID. A one-shot writer (a CLI change, an import)
 * lets go within a second, so another writer waits for it; the running bot keeps it, so waiting is pointless.
 */
export type LockHolder = 'one-shot' | 'long-running';

export interface AcquireOptions {
  /** What this process will do with the lock. Default 'long-running'. */
  holder?: LockHolder;
  /** How long to wait while a one-shot writer holds it. A long-running holder is refused at once. */
  waitMs?: number;
}

/** Locks this process holds, released on exit even if nobody calls close(). */
const held = new Map<string, number>();
let exitHookInstalled = false;

/**
 * Takes the single-writer lock. The lock file is born complete: our PID is written and fsynced into a
 * temp file which is then hard-linked to the lock name (link fails if the name exists), so nobody can
 * ever read an empty lock. A lock whose process is alive refuses; one left by a dead process is taken
 * over (under a short-lived takeover lock, so two processes cannot both remove and re-create it).
 */
export async function acquireLock(storeFile: string, lockFile: string, logger: Logger, options: AcquireOptions = {}): Promise<StoreLock> {
  const content = lockContent(options.holder ?? 'long-running');
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (let attempt = 0; attempt < 5; attempt++) {
    const ino = await tryCreate(lockFile, content);
    if (ino !== undefined) return hold(lockFile, ino, content);
    const owner = await readOwner(lockFile);
    if (owner !== undefined && isAlive(owner.pid)) {
      // Scripted CLI changes queue behind each other; under load six of them can take several seconds.
      if (owner.holder === 'one-shot' && Date.now() < deadline) {
        attempt--;
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 30));
        continue;
      }
      const waited = owner.holder === 'one-shot' && options.waitMs ? ` after waiting ${Math.round(options.waitMs / 1000)} s` : '';
      throw new StoreError(
        `The store ${displayPath(storeFile)} is in use by PID ${owner.pid} (lock file ${displayPath(lockFile)})${waited}. Stop that process or run read-only commands.`,
      );
    }
    await removeStale(lockFile, owner?.pid, logger);
  }
  throw new StoreError(`Could not take the lock ${displayPath(lockFile)}: another process keeps creating it. Try again in a moment.`);
}

function lockContent(holder: LockHolder): string {
  return `${process.pid}\n${holder}\n`;
}

/** Creates the lock atomically with our PID in it; its inode, or undefined if it already exists. */
async function tryCreate(lockFile: string, content: string): Promise<number | undefined> {
  const temp = tempFileFor(lockFile);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, lockFile);
    return (await stat(lockFile)).ino;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new StoreError(
      `Could not create the lock file ${displayPath(lockFile)}: ${writeFailure(error)}. Nothing was changed.`,
      isDiskFull(error) ? 'Free some space on the disk holding the data folder, then try again.' : 'Check that the data folder exists and is writable by this user.',
    );
  } finally {
    await rm(temp, { force: true });
  }
}

/** Removes a dead owner's lock, only while holding `<lock>.takeover` and only if it still names that owner. */
async function removeStale(lockFile: string, owner: number | undefined, logger: Logger): Promise<void> {
  const guard = `${lockFile}.takeover`;
  const guardIno = await tryCreate(guard, lockContent('one-shot'));
  if (guardIno === undefined) {
    const guardOwner = await readOwner(guard);
    if (guardOwner === undefined || !isAlive(guardOwner.pid)) await rm(guard, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    return;
  }
  try {
    if ((await readOwner(lockFile))?.pid !== owner) return;
    logger.warn({ lockFile, stalePid: owner ?? null }, 'taking over a stale store lock left by a process that is no longer running');
    await rm(lockFile, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

/** The PID on the first line; a lock without a holder line (older secbot) counts as long-running. */
async function readOwner(lockFile: string): Promise<{ pid: number; holder: LockHolder } | undefined> {
  const [first = '', second = ''] = (await readFile(lockFile, 'utf8').catch(() => '')).split('\n');
  const pid = Number.parseInt(first.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, holder: second.trim() === 'one-shot' ? 'one-shot' : 'long-running' };
}

/** Signal 0 checks that a process exists; EPERM means it exists but belongs to another user. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inodeOf(file: string): number | undefined {
  try {
    return statSync(file).ino;
  } catch {
    return undefined;
  }
}

function hold(lockFile: string, ino: number, content: string): StoreLock {
  held.set(lockFile, ino);
  installExitHook();
  let released = false;
  return {
    file: lockFile,
    stillHeld: () => !released && inodeOf(lockFile) === ino,
    async retake() {
      if (released || inodeOf(lockFile) !== undefined) return false;
      const next = await tryCreate(lockFile, content).catch(() => undefined);
      if (next === undefined) return false;
      ino = next;
      held.set(lockFile, ino);
      return true;
    },
    async release() {
      if (released) return;
      released = true;
      if (held.get(lockFile) === ino) held.delete(lockFile);
      if (ownsLock(lockFile, ino)) await rm(lockFile, { force: true });
    },
  };
}

function ownsLock(lockFile: string, ino: number): boolean {
  try {
    return inodeOf(lockFile) === ino && readFileSync(lockFile, 'utf8').split('\n')[0]!.trim() === String(process.pid);
  } catch {
    return false;
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockFile, ino] of held) if (ownsLock(lockFile, ino)) rmSync(lockFile, { force: true });
  });
}
