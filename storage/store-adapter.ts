import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { deepFreeze } from './deep-freeze';
import { readJsonFile, untouchedHint } from './json-file';
import { migrate, type Migration } from './migrations';
import { StoreError, displayPath } from './store-error';
import type { StoreData } from './schema';
import { createSerializer } from './serialize-document';
import { parseDocument } from './validate-document';

export interface StoreAdapter extends Adapter<StoreData> {
  /** After read(): the schema version found in the file, when it was older and migrated in memory. */
  readonly migratedFrom: number | undefined;
}

/**
 * The lowdb adapter for the store file (an explicit adapter: lowdb's JSONFilePreset swaps itself for
 * memory when NODE_ENV=test). read() parses, migrates and validates, and never modifies the file;
 * write() writes atomically, one entity per line.
 */
export function createStoreAdapter(file: string, migrations?: Readonly<Record<number, Migration>>): StoreAdapter {
  let migratedFrom: number | undefined;
  const serialize = createSerializer();
  return {
    get migratedFrom() {
      return migratedFrom;
    },
    async read() {
      const raw = await readJsonFile(file);
      const { document, from } = migrate(raw, { file, migrations });
      const parsed = parseDocument(document);
      if (!parsed.ok) {
        throw new StoreError(`The store ${displayPath(file)} does not match the expected format: ${parsed.problems.join('; ')}.`, untouchedHint(file));
      }
      migratedFrom = from === parsed.data.schemaVersion ? undefined : from;
      return deepFreeze(parsed.data);
    },
    write: (data) => writeFileAtomic(file, serialize(data)),
  };
}
