import type pg from 'pg';
import { deepFreeze } from '../deep-freeze';
import type { JournalLine } from '../journal-line';
import { createReplayer } from '../journal-replay';
import { migrate } from '../migrations';
import { CURRENT_SCHEMA_VERSION, type StoreData } from '../schema';
import { StoreError } from '../store-error';
import { parseDocument } from '../validate-document';
import { loadDocumentSql } from './pg-tables';

export interface LoadedDocument {
  data: StoreData;
  seq: number;
  /** The document version found, when older than this secbot's and migrated in memory (the caller saves it). */
  migratedFrom?: number;
}

/** Reads the whole document in one statement (one snapshot), then migrates and validates it as the file store does. */
export async function loadDocument(db: pg.Pool | pg.PoolClient): Promise<LoadedDocument | undefined> {
  const { rows } = await db.query(loadDocumentSql());
  const loaded = JSON.parse(rows[0].loaded as string) as { collections: Record<string, unknown[]>; documents: Record<string, unknown>; seq: number };
  if (!('schemaVersion' in loaded.documents)) return undefined;
  const raw = { ...loaded.documents, ...loaded.collections };
  const version = Number(loaded.documents.schemaVersion);
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(`The database holds a store written by a newer secbot (schema version ${version}; this one understands up to ${CURRENT_SCHEMA_VERSION}), so nothing was changed.`, 'Run the newer secbot, or restore a backup of the database made for this version.');
  }
  const { document, from } = migrate(raw, { file: 'the database' });
  const parsed = parseDocument(document);
  if (!parsed.ok) throw new StoreError(`The database does not hold a valid store: ${parsed.problems.join('; ')}.`, 'Nothing was changed. Restore a backup of the database, or run "npx secbot migrate FILE" from a JSON store.');
  return { data: deepFreeze(parsed.data), seq: Number(loaded.seq), ...(from !== parsed.data.schemaVersion ? { migratedFrom: from } : {}) };
}

/** The changes other instances committed after `seq`, oldest first. */
export async function linesAfter(db: pg.Pool, seq: number): Promise<JournalLine[]> {
  const { rows } = await db.query('SELECT line::text AS line FROM secbot_audit WHERE seq > $1 ORDER BY seq', [seq]);
  return rows.map((row) => JSON.parse(row.line as string) as JournalLine);
}

/**
 * Applies committed lines to a frozen document as the journal replay does at start: only the collections
 * they touch are copied, so everything else keeps its identity (and its indexes).
 */
export function applyLines(current: StoreData, lines: readonly JournalLine[]): StoreData {
  const copy = { ...current } as Record<string, unknown>;
  const touched = new Set<string>();
  for (const line of lines) {
    for (const change of line.changes) touched.add(change.collection);
    for (const name of Object.keys(line.ops ?? {})) touched.add(name);
  }
  for (const name of touched) {
    const value = copy[name];
    if (Array.isArray(value)) copy[name] = [...value];
  }
  const replayer = createReplayer(copy as unknown as StoreData);
  for (const line of lines) replayer.apply(line);
  return deepFreeze(replayer.result());
}
