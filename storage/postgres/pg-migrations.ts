import type pg from 'pg';
import { StoreError } from '../store-error';
import { CHANGES_CHANNEL, COMMIT_LOCK, collectionTableSql, keyedCollections } from './pg-tables';

/**
 * secbot's own schema versions, applied in order on start (or by `npx secbot migrate`). Each is applied
 * once, in a transaction, recorded in secbot_schema_migrations. Never edit one that has shipped: add the next.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'document tables, audit, replay guard, commit function',
    sql: `
      CREATE SEQUENCE IF NOT EXISTS secbot_position;
      CREATE TABLE secbot_documents (name text PRIMARY KEY, body jsonb NOT NULL);
      CREATE TABLE secbot_audit (
        seq bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        refs text[] NOT NULL,
        line jsonb NOT NULL CHECK ((line->>'seq')::bigint = seq)
      );
      CREATE INDEX secbot_audit_refs ON secbot_audit USING gin (refs);
      CREATE TABLE secbot_replay (key text PRIMARY KEY, expires_at timestamptz NOT NULL);
      CREATE INDEX secbot_replay_expires ON secbot_replay (expires_at);
      CREATE FUNCTION secbot_commit(expected bigint, line jsonb, refs text[], writes jsonb, docs jsonb) RETURNS boolean
      LANGUAGE plpgsql AS $fn$
      DECLARE w jsonb;
      BEGIN
        -- Changes commit one at a time, each on top of the one before: a writer whose copy is behind gets false, catches up and retries.
        PERFORM pg_advisory_xact_lock(${COMMIT_LOCK});
        IF coalesce((SELECT max(seq) FROM secbot_audit), 0) <> expected THEN RETURN false; END IF;
        INSERT INTO secbot_audit (seq, at, actor, refs, line) VALUES (expected + 1, (line->>'at')::timestamptz, line->>'actor', refs, line);
        FOR w IN SELECT value FROM jsonb_array_elements(writes) LOOP
          IF (w->>'all')::boolean THEN
            EXECUTE format('DELETE FROM %I', w->>'table');
          ELSIF jsonb_array_length(w->'remove') > 0 THEN
            EXECUTE format('DELETE FROM %I WHERE key = ANY($1)', w->>'table') USING ARRAY(SELECT jsonb_array_elements_text(w->'remove'));
          END IF;
          IF jsonb_array_length(w->'upsert') > 0 THEN
            EXECUTE format('INSERT INTO %I (key, body) SELECT e->>''k'', e->''b'' FROM jsonb_array_elements($1) WITH ORDINALITY AS u(e, n) ORDER BY n ON CONFLICT (key) DO UPDATE SET body = excluded.body', w->>'table') USING w->'upsert';
          END IF;
        END LOOP;
        INSERT INTO secbot_documents (name, body) SELECT key, value FROM jsonb_each(docs) ON CONFLICT (name) DO UPDATE SET body = excluded.body;
        PERFORM pg_notify('${CHANGES_CHANNEL}', (expected + 1)::text);
        RETURN true;
      END $fn$;`,
  },
];

export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Applies the migrations this database lacks (one instance at a time); refuses a database a newer secbot set up. */
export async function migrateDatabase(pool: pg.Pool): Promise<{ from: number; to: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [COMMIT_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS secbot_schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const from = Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM secbot_schema_migrations')).rows[0].v);
    if (from > LATEST_MIGRATION) {
      throw new StoreError(
        `The database was set up by a newer secbot (schema version ${from}; this one knows up to ${LATEST_MIGRATION}), so nothing was changed.`,
        'Run the newer secbot, or restore a backup of the database made for this version.',
      );
    }
    for (const migration of MIGRATIONS.filter((m) => m.version > from)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO secbot_schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    for (const [name, key] of keyedCollections()) await client.query(collectionTableSql(name, key));
    await client.query('COMMIT');
    return { from, to: LATEST_MIGRATION };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
