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
