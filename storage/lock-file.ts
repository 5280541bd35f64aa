import { link, open, rm, stat } from 'node:fs/promises';
import { linkSync, readFileSync, renameSync, rmSync } from 'node:fs';
import type { Logger } from '../src/core/ports';
import { tempFileFor } from './atomic-write';
import { isAlive, lockContent, readOwner, sameLock, type LockHolder, type LockIdentity } from './lock-owner';
import { StoreError, displayPath, isDiskFull, writeFailure } from './store-error';

export { isAlive, type LockHolder } from './lock-owner';

export interface StoreLock {
  readonly file: string;
  /** True while the lock file on disk is still the one this process created (same content and change time). */
  stillHeld(): boolean;
  /** Takes the lock again after it was deleted under us; false if someone else holds it now. */
  retake(): Promise<boolean>;
  release(): Promise<void>;
}

export interface AcquireOptions {
  /** What this process will do with the lock. Default 'long-running'. */
  holder?: LockHolder;
  /** How long to wait while a one-shot writer holds it. A long-running holder is refused at once. */
  waitMs?: number;
}

/** Locks this process holds, released on exit even if nobody calls close(). */
const held = new Map<string, LockIdentity>();
let exitHookInstalled = false;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the single-writer lock. The lock file is born complete: PID, holder and a random token are written
 * and fsynced into a temp file which is then hard-linked to the lock name (link fails if the name exists),
 * so nobody can ever read an empty lock. A lock whose process is alive refuses; one left by a dead process
 * is set aside by rename and checked (see takeOver). A lock whose owner cannot be read is never removed.
 */
export async function acquireLock(storeFile: string, lockFile: string, logger: Logger, options: AcquireOptions = {}): Promise<StoreLock> {
  const content = lockContent(options.holder ?? 'long-running');
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (let attempt = 0; attempt < 50; attempt++) {
    const made = await tryCreate(lockFile, content);
    if (made) return hold(lockFile, made);
    const owner = await readOwner(lockFile);
    if (owner === 'gone') continue; // released between our attempt and the read: try again at once
    if (owner === 'unreadable') throw unreadableLock(lockFile);
    if (!isAlive(owner.pid)) {
      await takeOver(lockFile, owner.content, owner.pid, logger);
      continue;
    }
    // Scripted CLI changes queue behind each other; under load six of them can take several seconds.
    if (owner.holder === 'one-shot' && Date.now() < deadline) {
      attempt--;
      await pause(10 + Math.random() * 30);
      continue;
    }
    const waited = owner.holder === 'one-shot' && options.waitMs ? ` after waiting ${Math.round(options.waitMs / 1000)} s` : '';
    throw new StoreError(
      `The store ${displayPath(storeFile)} is in use by PID ${owner.pid} (lock file ${displayPath(lockFile)})${waited}. Stop that process or run read-only commands.`,
    );
  }
  throw new StoreError(`Could not take the lock ${displayPath(lockFile)}: other processes keep taking it. Try again in a moment.`);
}

function unreadableLock(lockFile: string): StoreError {
  return new StoreError(
    `The lock file ${displayPath(lockFile)} names no process, so secbot cannot tell whether the store is in use. Nothing was changed.`,
    `If no secbot is running on this store, delete ${displayPath(lockFile)} and try again.`,
  );
}

/** Creates the lock atomically with our content in it; its identity, or undefined if it already exists. */
async function tryCreate(lockFile: string, content: string): Promise<LockIdentity | undefined> {
  const temp = tempFileFor(lockFile);
  let linked = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, lockFile);
    linked = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new StoreError(
      `Could not create the lock file ${displayPath(lockFile)}: ${writeFailure(error)}. Nothing was changed.`,
      isDiskFull(error) ? 'Free some space on the disk holding the data folder, then try again.' : 'Check that the data folder exists and is writable by this user.',
    );
  } finally {
    await rm(temp, { force: true });
  }
  // Unlinking the temp name changes the lock's ctime, so it is read only now.
  return linked ? { content, ctimeMs: (await stat(lockFile)).ctimeMs } : undefined;
}

/**
 * Takes a dead owner's lock away without ever deleting anyone else's. One takeover at a time, under
 * `<lock>.takeover`; under it the lock is read again and, if still the dead owner's, renamed aside and
 * read once more before it is deleted (see setAside).
 */
async function takeOver(lockFile: string, staleContent: string, stalePid: number, logger: Logger): Promise<void> {
  const guardFile = `${lockFile}.takeover`;
  const guard = await tryCreate(guardFile, lockContent('one-shot'));
  if (!guard) {
    const owner = await readOwner(guardFile);
    if (owner === 'unreadable') throw unreadableLock(guardFile);
    // A process that died mid-takeover left its guard: that one is set aside the same way.
    if (owner !== 'gone' && !isAlive(owner.pid)) setAside(guardFile, owner.content, logger);
    await pause(5 + Math.random() * 20);
    return;
  }
  try {
    const owner = await readOwner(lockFile);
    if (typeof owner === 'object' && owner.content === staleContent && setAside(lockFile, staleContent, logger)) {
      logger.warn({ lockFile, stalePid }, 'taking over a stale store lock left by a process that is no longer running');
    }
  } finally {
    releaseIfMine(guardFile, guard);
  }
}

/**
 * Renames `file` aside (atomic: of several processes trying, one gets it) and reads what was moved: if it
 * is `expected` (content, token and all) it is deleted; if a live writer's lock had taken its place, that is put back.
 */
function setAside(file: string, expected: string, logger: Logger): boolean {
  const aside = `${file}.aside-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // another process took it first
  }
  if (readFileSync(aside, 'utf8') === expected) {
    rmSync(aside, { force: true });
    return true;
  }
  putBack(aside, file, logger);
  return false;
}

/** A live lock moved aside by mistake goes back; if another lock took its place, its owner will be refused at its next write. */
function putBack(aside: string, lockFile: string, logger: Logger): void {
  try {
    linkSync(aside, lockFile);
  } catch {
    logger.warn({ lockFile }, 'a live store lock was set aside during a takeover and another took its place: its owner will stop writing');
  }
  rmSync(aside, { force: true });
}

function hold(lockFile: string, identity: LockIdentity): StoreLock {
  let mine = identity;
  held.set(lockFile, mine);
  installExitHook();
  let released = false;
  return {
    file: lockFile,
    stillHeld: () => !released && sameLock(lockFile, mine),
    async retake() {
      if (released || (await readOwner(lockFile)) !== 'gone') return false;
      const next = await tryCreate(lockFile, mine.content).catch(() => undefined);
      if (!next) return false;
      mine = next;
      held.set(lockFile, mine);
      return true;
    },
    async release() {
      if (released) return;
      released = true;
      if (held.get(lockFile) === mine) held.delete(lockFile);
      releaseIfMine(lockFile, mine);
    },
  };
}

/** Removes the lock only if it is ours, by the same set-aside-and-check as a takeover. */
function releaseIfMine(lockFile: string, mine: LockIdentity): void {
  if (sameLock(lockFile, mine)) setAside(lockFile, mine.content, quiet);
}

const quiet = { warn: () => {} } as unknown as Logger;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockFile, mine] of held) releaseIfMine(lockFile, mine);
  });
}
