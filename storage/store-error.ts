import path from 'node:path';
import { UserError } from '../src/core/errors';

/** A problem with the store file a person can fix (missing, corrupt, locked, read-only): shown verbatim. */
export class StoreError extends UserError {}

/** The path as a person would type it: "./data/secbot.json" inside the working directory, absolute outside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return `.${path.sep}${relative}`;
}

/** Zod-style issue paths as "actions[12].status". */
export function formatIssuePath(issuePath: readonly PropertyKey[]): string {
  let out = '';
  for (const key of issuePath) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

/** True for the errors a full disk (or an exhausted quota) gives a write. */
export const isDiskFull = (error: unknown): boolean => ['ENOSPC', 'EDQUOT', 'ESHORTWRITE'].includes((error as NodeJS.ErrnoException)?.code ?? '');

/** Why a write failed, in words: "the disk is full (…)" for a full disk, else the system's message. */
export function writeFailure(error: unknown): string {
  const message = (error as Error).message;
  return isDiskFull(error) ? `the disk is full (${message})` : message;
}
