import { KEYED } from '../journal-line';
import { storeDataSchema } from '../schema';

/**
 * Where each part of the document lives. Every keyed collection (the entities the audit diffs, plus the
 * outbox and the delivery ledger) has a table of its own: key, position, and the item as validated jsonb.
 * Everything else in the document (installations, channel settings, schemaVersion) is one row of
 * `secbot_documents`. Both follow the zod schema: a new collection or field needs no SQL.
 */
export const COMMIT_LOCK = 7_355_001;
export const LEADER_LOCK = 7_355_002;
export const CHANGES_CHANNEL = 'secbot_changes';

export const keyedCollections = (): [string, string][] => Object.entries(KEYED);

export function tableOf(collection: string): string {
  return `secbot_c_${collection.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

/** Top-level document fields kept whole in secbot_documents. */
export function documentFields(): string[] {
  return Object.keys(storeDataSchema.shape).filter((name) => !(name in KEYED));
}

/**
 * One table per keyed collection, created when missing (so a collection added to the zod schema gets its
 * table on the next start). The CHECK keeps the key column and the body's key field in step.
 */
export function collectionTableSql(collection: string, keyField: string): string {
  const table = tableOf(collection);
  return `CREATE TABLE IF NOT EXISTS ${table} (
    key text PRIMARY KEY,
    pos bigint NOT NULL DEFAULT nextval('secbot_position'),
    body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object' AND body->>'${keyField}' = key)
  );
  CREATE INDEX IF NOT EXISTS ${table}_pos ON ${table} (pos);`;
}

/** One statement that reads the whole document and the last change it includes, from one snapshot. */
export function loadDocumentSql(): string {
  const parts = keyedCollections().map(([name]) => `'${name}', (SELECT coalesce(json_agg(body ORDER BY pos), '[]'::json) FROM ${tableOf(name)})`);
  return `SELECT json_build_object(
    'collections', json_build_object(${parts.join(', ')}),
    'documents', (SELECT coalesce(json_object_agg(name, body), '{}'::json) FROM secbot_documents),
    'seq', (SELECT coalesce(max(seq), 0) FROM secbot_audit)
  )::text AS loaded`;
}
