import type pg from 'pg';
import { readTail } from '../journal-files';
import type { JournalLine } from '../journal-line';
import { openStore } from '../file-store';
import type { StoreData } from '../schema';
import { StoreError, displayPath } from '../store-error';
import { storePaths } from '../store-paths';
import { storeState } from './pg-init';
import { loadDocument } from './pg-load';
import { migrateDatabase } from './pg-migrations';
import { COMMIT_LOCK, CHANGES_CHANNEL } from './pg-tables';
import { allRows } from './pg-writes';

export interface CopyReport {
  /** Items per collection, read back from the database (equal to the file's, or this throws). */
  counts: Record<string, number>;
  /** History lines in the database, and how many this run added. */
  lines: number;
  added: number;
}

const BATCH = 500;

/**
 * `secbot migrate FILE`: copies a JSON store (its current document, and every journal line as the history)
 * into the database. Run again, it adds only the lines the database lacks and rewrites the rows, so it can
 * be repeated after the last change on the JSON store. Refused when the database holds changes the file lacks.
 */
export async function copyJsonStore(pool: pg.Pool, file: string): Promise<CopyReport> {
  const fileStore = await openStore({ file, readOnly: true });
  const data = fileStore.read();
  const { lines } = await readTail(storePaths(file).journal, 0);
  await migrateDatabase(pool);
  const client = await pool.connect();
  let added = 0;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [COMMIT_LOCK]);
    const state = await storeState(client);
    await checkPrefix(client, state, lines, file);
    const missing = lines.filter((line) => line.seq > state.seq);
    for (let i = 0; i < missing.length; i += BATCH) await insertLines(client, missing.slice(i, i + BATCH));
    added = missing.length;
    await writeAllRows(client, data);
    await client.query(`SELECT pg_notify('${CHANGES_CHANNEL}', $1)`, [String(lines.at(-1)?.seq ?? 0)]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { ...(await checkCounts(pool, data, lines.length, file)), added };
}

async function checkPrefix(client: pg.PoolClient, state: { exists: boolean; seq: number }, lines: readonly JournalLine[], file: string): Promise<void> {
  if (!state.exists) return;
  const last = lines.at(-1)?.seq ?? 0;
  const refuse = () =>
    new StoreError(
      `The database already holds a store that is not a copy of ${displayPath(file)} (or has changes made since it was copied), so nothing was changed.`,
      'Copy into an empty database, or keep using the database: its changes would be lost by copying the file over them.',
    );
  if (state.seq > last) throw refuse();
  if (state.seq === 0) return;
  const { rows } = await client.query("SELECT line->>'at' AS at, line->>'command' AS command FROM secbot_audit WHERE seq = $1", [state.seq]);
  const mine = lines.find((line) => line.seq === state.seq);
  if (!mine || rows[0]?.at !== mine.at || rows[0]?.command !== mine.command) throw refuse();
}

async function insertLines(client: pg.PoolClient, lines: readonly JournalLine[]): Promise<void> {
  await client.query(
    `INSERT INTO secbot_audit (seq, at, actor, refs, line)
     SELECT (l->>'seq')::bigint, (l->>'at')::timestamptz, l->>'actor', ARRAY(SELECT jsonb_array_elements_text(l->'refs')), l
     FROM jsonb_array_elements($1::jsonb) AS l`,
    [JSON.stringify(lines)],
  );
}

async function writeAllRows(client: pg.PoolClient, data: StoreData): Promise<void> {
  const { writes, docs } = allRows(data);
  for (const write of writes) {
    await client.query(`DELETE FROM ${write.table}`);
    await client.query(`INSERT INTO ${write.table} (key, body) SELECT e->>'k', e->'b' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS u(e, n) ORDER BY n`, [JSON.stringify(write.upsert)]);
  }
  await client.query('INSERT INTO secbot_documents (name, body) SELECT key, value FROM jsonb_each($1::jsonb) ON CONFLICT (name) DO UPDATE SET body = excluded.body', [JSON.stringify(docs)]);
}

/** Reads the store back and compares every collection's size and the history's length with the file's. */
async function checkCounts(pool: pg.Pool, data: StoreData, lineCount: number, file: string): Promise<Omit<CopyReport, 'added'>> {
  const loaded = await loadDocument(pool);
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM secbot_audit');
  const counts: Record<string, number> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    const copied = ((loaded?.data as Record<string, unknown> | undefined)?.[name] as unknown[] | undefined)?.length ?? 0;
    counts[name] = copied;
    if (copied !== value.length) problems.push(`${name}: ${value.length} in the file, ${copied} in the database`);
  }
  if (rows[0].n !== lineCount) problems.push(`history: ${lineCount} lines in the file, ${rows[0].n} in the database`);
  if (problems.length) throw new StoreError(`The copy of ${displayPath(file)} does not match it: ${problems.join('; ')}.`, 'Run "npx secbot migrate FILE" again; if it still differs, report it with this message.');
  return { counts, lines: rows[0].n };
}
