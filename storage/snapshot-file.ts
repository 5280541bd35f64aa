import { statSync } from 'node:fs';
import { Low } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { emptyStore, type StoreData } from './schema';
import { serializeDocument } from './serialize-document';

export interface SnapshotFile {
  /** Writes the document atomically, stamped with the last journal line it includes. */
  write(data: StoreData, seq: number): Promise<void>;
  /** True if the file on disk is the one this process last wrote or read (same inode and size). */
  untouched(): boolean;
}

const EMPTY = { data: emptyStore(), seq: 0 };

/** The snapshot: the whole current state as one JSON document, one entity per line (see serialize-document.ts). */
export function createSnapshotFile(file: string): SnapshotFile {
  // lowdb holds the document; its adapter writes it atomically (reading is loadStore's: snapshot + journal).
  const db = new Low<{ data: StoreData; seq: number }>(
    { read: async () => null, write: ({ data, seq }) => writeFileAtomic(file, serializeDocument({ ...data, journalSeq: seq })) },
    EMPTY,
  );
  let known = identity(file);
  return {
    async write(data, seq) {
      db.data = { data, seq };
      try {
        await db.write();
      } finally {
        // Not kept: a version of the store held here would outlive every change made after it.
        db.data = EMPTY;
      }
      known = identity(file);
    },
    untouched: () => identity(file) === known,
  };
}

function identity(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}
