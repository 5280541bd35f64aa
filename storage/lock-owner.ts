import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * What the holder does with the lock, written beside its PID. A one-shot writer (a CLI change, an import)
 * lets go within a second, so another writer waits for it; the running bot keeps it, so waiting is pointless.
 */
export type LockHolder = 'one-shot' | 'long-running';

export interface LockOwner {
  pid: number;
  holder: LockHolder;
  /** The whole file: PID, holder and a random token, so no two locks ever read the same. */
  content: string;
}

/** "<pid>\n<holder>\n<token>\n": the token tells this lock from any later one, even of the same PID. */
export const lockContent = (holder: LockHolder): string => `${process.pid}\n${holder}\n${randomBytes(12).toString('hex')}\n`;

/**
 * The owner named in a lock file; 'gone' if there is no file (it was released meanwhile), 'unreadable'
 * if there is one without a PID in it. A lock without a holder line (older secbot) counts as long-running.
 */
export async function readOwner(lockFile: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  let content: string;
  try {
    content = await readFile(lockFile, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  return parseOwner(content);
}

export function parseOwner(content: string): LockOwner | 'unreadable' {
  const [first = '', second = ''] = content.split('\n');
  const pid = Number.parseInt(first.trim(), 10);
  if (!/^\d+$/.test(first.trim()) || pid <= 0) return 'unreadable';
  return { pid, holder: second.trim() === 'one-shot' ? 'one-shot' : 'long-running', content };
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

/** Content and change time of a lock as this process made it: what "is it still mine?" compares. */
export interface LockIdentity {
  content: string;
  ctimeMs: number;
}

/**
 * True only if the file holds exactly our content (PID and token) and has not changed since we made it.
 * The inode alone is not enough: ext4 hands a freed inode number to the next file at once.
 */
export function sameLock(lockFile: string, mine: LockIdentity): boolean {
  try {
    return statSync(lockFile).ctimeMs === mine.ctimeMs && readFileSync(lockFile, 'utf8') === mine.content;
  } catch {
    return false;
  }
}
