import type pg from 'pg';
import type { StoreData } from '../schema';
import { StoreError } from '../store-error';
import { parseDocument } from '../validate-document';
import { migrateDatabase } from './pg-migrations';
import { commitWhole } from './pg-store';
import { COMMIT_LOCK } from './pg-tables';

/** Whether the database already holds a store, and the last change in it. */
export async function storeState(db: pg.Pool | pg.PoolClient): Promise<{ exists: boolean; seq: number }> {
  const { rows } = await db.query("SELECT EXISTS (SELECT 1 FROM secbot_documents WHERE name = 'schemaVersion') AS exists, (SELECT coalesce(max(seq), 0) FROM secbot_audit) AS seq");
  return { exists: rows[0].exists === true, seq: Number(rows[0].seq) };
}

/** `secbot init [--demo]` on PostgreSQL: applies the schema, then writes `data` into an empty database. */
export async function initDatabase(pool: pg.Pool, data: StoreData, where: string): Promise<void> {
  const parsed = parseDocument(data);
  if (!parsed.ok) throw new StoreError(`The initial data is not a valid store: ${parsed.problems.join('; ')}. Nothing was written.`);
  await migrateDatabase(pool);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [COMMIT_LOCK]);
    if ((await storeState(client)).exists) {
      throw new StoreError(
        `There is already a store in ${where}, so nothing was written.`,
        'To start again, back it up (pg_dump), then drop its secbot_* tables or use another database; to copy a JSON store in, run "npx secbot migrate FILE".',
      );
    }
    await commitWhole(client, 0, parsed.data, { actor: 'operator', command: 'init' }, new Date());
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
