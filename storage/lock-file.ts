import { readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Logger } from '../src/core/ports';
import { StoreError, displayPath } from './store-error';

export interface StoreLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Locks this process holds, released on exit even if nobody calls close(). */
const held = new Set<string>();
let exitHookInstalled = false;

/**
 * Takes the single-writer lock: `lockFile` created exclusively (O_EXCL) holding our PID. A lock whose
 * process is alive refuses; a lock left by a dead process (or unreadable) is taken over and logged.
 */
export async function acquireLock(storeFile: string, lockFile: string, logger: Logger): Promise<StoreLock> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(lockFile)) return hold(lockFile);
    const owner = await readOwner(lockFile);
    if (owner !== undefined && isAlive(owner)) {
      throw new StoreError(
        `The store ${displayPath(storeFile)} is in use by PID ${owner} (lock file ${displayPath(lockFile)}). Stop that process or run read-only commands.`,
      );
    }
    logger.warn({ lockFile, stalePid: owner ?? null }, 'taking over a stale store lock left by a process that is no longer running');
    await rm(lockFile, { force: true });
  }
  throw new StoreError(`Could not take the lock ${displayPath(lockFile)}: another process keeps creating it. Try again in a moment.`);
}

async function tryCreate(lockFile: string): Promise<boolean> {
  try {
    await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError(`Could not create the lock file ${displayPath(lockFile)}: ${(error as Error).message}.`, 'Check that the data folder exists and is writable by this user.');
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

function hold(lockFile: string): StoreLock {
  held.add(lockFile);
  installExitHook();
  return {
    file: lockFile,
    async release() {
      if (!held.delete(lockFile)) return;
      if (ownsLock(lockFile)) await rm(lockFile, { force: true });
    },
  };
}

function ownsLock(lockFile: string): boolean {
  try {
    return readFileSync(lockFile, 'utf8').trim() === String(process.pid);
  } catch {
    return false;
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lockFile of held) if (ownsLock(lockFile)) rmSync(lockFile, { force: true });
  });
}
