import { randomBytes } from 'node:crypto';
import type { ChangeSet } from './change-set';

/**
 * Chat previews waiting for Apply or Discard. Kept in memory for an hour: a preview is cheap to make
 * again (attach the file again), and keeping it out of the store means a preview never touches the
 * audit log or the backups. A restart forgets the previews; Apply then says so.
 */
export interface PendingImport {
  id: string;
  set: ChangeSet;
  files: string[];
  /** callerKey of who attached the file. */
  by: string;
  createdAt: number;
}

export interface PendingImports {
  add(set: ChangeSet, by: string, now: Date): PendingImport;
  get(id: string, now: Date): PendingImport | undefined;
  remove(id: string): void;
  readonly ttlMinutes: number;
}

export function createPendingImports(options: { ttlMinutes?: number; max?: number } = {}): PendingImports {
  const ttlMinutes = options.ttlMinutes ?? 60;
  const max = options.max ?? 50;
  const entries = new Map<string, PendingImport>();
  const expired = (entry: PendingImport, now: Date): boolean => now.getTime() - entry.createdAt > ttlMinutes * 60_000;
  return {
    ttlMinutes,
    add(set, by, now) {
      for (const entry of entries.values()) if (expired(entry, now)) entries.delete(entry.id);
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      const entry = { id: `imp-${randomBytes(4).toString('hex')}`, set, files: set.documents.map((d) => d.file), by, createdAt: now.getTime() };
      entries.set(entry.id, entry);
      return entry;
    },
    get(id, now) {
      const entry = entries.get(id.trim().toLowerCase());
      if (entry && expired(entry, now)) entries.delete(entry.id);
      return entry && !expired(entry, now) ? entry : undefined;
    },
    remove(id) {
      entries.delete(id.trim().toLowerCase());
    },
  };
}

/** The process-wide previews shared by the attachment handler and the `import apply|discard` commands. */
export const sharedPendingImports: PendingImports = createPendingImports();
