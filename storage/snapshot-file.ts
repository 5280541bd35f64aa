import { statSync } from 'node:fs';
import { Low } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { emptyStore, type StoreData } from './schema';
import { createSerializer } from './serialize-document';

export interface SnapshotFile {
  /** Writes the document atomically, stamped with the last journal line it includes. */
  write(data: StoreData, seq: number): Promise<void>;
  /** True if the file on disk is the one this process last wrote or read (same inode and size). */
  untouched(): boolean;
}

/** The snapshot: the whole current state as one JSON document, one entity per line (see serialize-document.ts). */
export function createSnapshotFile(file: string): SnapshotFile {
  const serialize = createSerializer();
  // lowdb holds the document; its adapter writes it atomically (reading is loadStore's: snapshot + journal).
  const db = new Low<{ data: StoreData; seq: number }>(
    { read: async () => null, write: ({ data, seq }) => writeFileAtomic(file, serialize({ ...data, journalSeq: seq })) },
    { data: emptyStore(), seq: 0 },
  );
  let known = identity(file);
  return {
    async write(data, seq) {
      db.data = { data, seq };
      await db.write();
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
