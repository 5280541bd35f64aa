import { readFileSync, rmSync, statSync } from 'node:fs';
import { link, open, readFile, rm, stat } from 'node:fs/promises';
import type { Logger } from '../src/core/ports';
import { tempFileFor } from './atomic-write';
import { StoreError, displayPath } from './store-error';

export interface StoreLock {
  readonly file: string;
  /** True while the lock file on disk is still the one this process created (same inode). */
  stillHeld(): boolean;
  /** Takes the lock again after it was deleted under us; false if someone else holds it now. */
  retake(): Promise<boolean>;
  release(): Promise<void>;
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
export async function acquireLock(storeFile: string, lockFile: string, logger: Logger, waitMs = 0): Promise<StoreLock> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; attempt < 5; attempt++) {
    const ino = await tryCreate(lockFile);
    if (ino !== undefined) return hold(lockFile, ino);
    const owner = await readOwner(lockFile);
    if (owner !== undefined && isAlive(owner)) {
      // Another short-lived writer (a scripted CLI change) usually finishes within the wait.
      if (Date.now() < deadline) {
        attempt--;
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 30));
        continue;
      }
      throw new StoreError(
        `The store ${displayPath(storeFile)} is in use by PID ${owner} (lock file ${displayPath(lockFile)}). Stop that process or run read-only commands.`,
      );
    }
    await removeStale(lockFile, owner, logger);
  }
  throw new StoreError(`Could not take the lock ${displayPath(lockFile)}: another process keeps creating it. Try again in a moment.`);
}

/** Creates the lock atomically with our PID in it; its inode, or undefined if it already exists. */
async function tryCreate(lockFile: string): Promise<number | undefined> {
  const temp = tempFileFor(lockFile);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(`${process.pid}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, lockFile);
    return (await stat(lockFile)).ino;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new StoreError(`Could not create the lock file ${displayPath(lockFile)}: ${(error as Error).message}.`, 'Check that the data folder exists and is writable by this user.');
  } finally {
    await rm(temp, { force: true });
  }
}

/** Removes a dead owner's lock, only while holding `<lock>.takeover` and only if it still names that owner. */
async function removeStale(lockFile: string, owner: number | undefined, logger: Logger): Promise<void> {
  const guard = `${lockFile}.takeover`;
  const guardIno = await tryCreate(guard);
  if (guardIno === undefined) {
    const guardOwner = await readOwner(guard);
    if (guardOwner === undefined || !isAlive(guardOwner)) await rm(guard, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    return;
  }
  try {
    if ((await readOwner(lockFile)) !== owner) return;
    logger.warn({ lockFile, stalePid: owner ?? null }, 'taking over a stale store lock left by a process that is no longer running');
    await rm(lockFile, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

async function readOwner(lockFile: string): Promise<number | undefined> {
  const text = await readFile(lockFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
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

function hold(lockFile: string, ino: number): StoreLock {
  held.set(lockFile, ino);
  installExitHook();
  let released = false;
  return {
    file: lockFile,
    stillHeld: () => !released && inodeOf(lockFile) === ino,
    async retake() {
      if (released || inodeOf(lockFile) !== undefined) return false;
      const next = await tryCreate(lockFile).catch(() => undefined);
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
    return inodeOf(lockFile) === ino && readFileSync(lockFile, 'utf8').trim() === String(process.pid);
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
