import { StoreError, displayPath } from './store-error';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** Turns a raw version-n document into a version-(n+1) one. Works on plain JSON, before validation. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] upgrades schema version n to n+1. When the schema changes: bump CURRENT_SCHEMA_VERSION
 * in schema.ts and add the step here (with a test that opens a file of the old version).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: the audit log leaves the document for the journal. openStore moves the entries into the
  // journal (and keeps the old file as a backup) before this step drops them from the document.
  1: ({ audit: _audit, ...rest }) => ({ ...rest, schemaVersion: 2 }),
};

export interface MigrateOptions {
  file: string;
  migrations?: Readonly<Record<number, Migration>>;
  target?: number;
}

export interface Migrated {
  document: unknown;
  /** The version read from the file; equal to the target when nothing had to change. */
  from: number;
}

/** Runs the chain of migrations from the file's `schemaVersion` up to the version this code knows. */
export function migrate(raw: unknown, options: MigrateOptions): Migrated {
  const target = options.target ?? CURRENT_SCHEMA_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  const from = readVersion(raw, options.file);
  if (from > target) {
    throw new StoreError(
      `The store ${displayPath(options.file)} was written by a newer secbot (schema version ${from}; this version understands up to ${target}).`,
      'Upgrade secbot on this machine, or restore a backup written by this version. The file was left untouched.',
    );
  }
  let document = raw as Record<string, unknown>;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) throw new StoreError(`The store ${displayPath(options.file)} has schema version ${from}, and this secbot has no migration from version ${version}. The file was left untouched.`);
    document = step(structuredClone(document));
    if (document.schemaVersion !== version + 1) throw new Error(`Migration from schema version ${version} did not set schemaVersion to ${version + 1}.`);
  }
  return { document, from };
}

function readVersion(raw: unknown, file: string): number {
  const version = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return version;
  throw new StoreError(
    `The store ${displayPath(file)} is not a secbot store: it has no valid "schemaVersion" (expected a whole number such as ${CURRENT_SCHEMA_VERSION}).`,
    `The file was left untouched. Point SECBOT_DATA or --data at the right file, or create one with "npx secbot init".`,
  );
}
