import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, databaseSettingsFor } from '../../../storage/postgres/pg-pool';
import { copyJsonStore } from '../../../storage/postgres/pg-copy-json';
import { LATEST_MIGRATION, migrateDatabase } from '../../../storage/postgres/pg-migrations';
import { openPgStore } from '../../../storage/postgres/pg-store';
import { startPostgres, type TestPostgres } from '../../support/postgres';
import { createTempStore } from '../../support/temp-store';
import { fakeClock, meta, newAction, smallStore } from '../helpers';

let server: TestPostgres;
const pools: pg.Pool[] = [];
beforeAll(async () => void (server = await startPostgres()), 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await server.stop();
}, 60_000);

async function freshPool(): Promise<pg.Pool> {
  const pool = createPool(databaseSettingsFor(await server.database()));
  pools.push(pool);
  return pool;
}

describe('schema migrations', () => {
  it('are applied once, recorded, and a database set up by a newer secbot is refused untouched', async () => {
    const pool = await freshPool();
    expect(await migrateDatabase(pool)).toEqual({ from: 0, to: LATEST_MIGRATION });
    expect(await migrateDatabase(pool)).toEqual({ from: LATEST_MIGRATION, to: LATEST_MIGRATION });
    await pool.query("INSERT INTO secbot_schema_migrations (version, name) VALUES (999, 'from the future')");
    await expect(migrateDatabase(pool)).rejects.toThrow(/newer secbot \(schema version 999; this one knows up to 1\)/);
  });

  it('every keyed collection of the zod schema has its table; a body whose key disagrees is refused by the database', async () => {
    const pool = await freshPool();
    await migrateDatabase(pool);
    const { rows } = await pool.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'secbot_c_%' ORDER BY 1");
    expect(rows.map((r) => r.tablename)).toEqual(['secbot_c_actions', 'secbot_c_calendar_tokens', 'secbot_c_consultations', 'secbot_c_deliveries', 'secbot_c_meetings', 'secbot_c_organisations', 'secbot_c_outbox', 'secbot_c_people', 'secbot_c_proposals', 'secbot_c_releases', 'secbot_c_sec_versions', 'secbot_c_subscriptions']);
    await expect(pool.query(`INSERT INTO secbot_c_actions (key, body) VALUES ('CSC 1/1', '{"ref": "CSC 2/2"}')`)).rejects.toThrow(/check constraint/);
  });
});

describe('the store document in the database', () => {
  it('an older schema version is migrated by the JSON store’s migrations and saved as one change; a newer one is refused', async () => {
    const pool = await freshPool();
    const { initDatabase } = await import('../../../storage/postgres/pg-init');
    await initDatabase(pool, smallStore(), 'test');
    await pool.query("UPDATE secbot_documents SET body = '1'::jsonb WHERE name = 'schemaVersion'");
    const migrated = await openPgStore({ pool });
    expect(migrated.read().schemaVersion).toBe(2);
    const { rows } = await pool.query("SELECT body FROM secbot_documents WHERE name = 'schemaVersion'");
    expect(rows[0].body).toBe(2);
    expect((await openPgStore({ pool, readOnly: true })).read()).toEqual(migrated.read());
    await pool.query("UPDATE secbot_documents SET body = '99'::jsonb WHERE name = 'schemaVersion'");
    await expect(openPgStore({ pool })).rejects.toThrow('The database holds a store written by a newer secbot (schema version 99; this one understands up to 2), so nothing was changed.');
  });
});

describe('copying a JSON store into the database (secbot migrate FILE)', () => {
  it('copies the document and its whole history, checks the counts, and a second run adds only what is new', async () => {
    const temp = await createTempStore(smallStore(), { clock: fakeClock() });
    try {
      for (let i = 1; i <= 3; i++) await temp.store.transact(meta(`add ${i}`), (d) => void d.actions.push(newAction(i)));
      await temp.store.transact(meta('outbox'), (d) => void d.outbox.push({ id: 'e1', type: 'dp.raised', at: '2024-03-05T10:00:00.000Z', data: {} }));
      const pool = await freshPool();
      const first = await copyJsonStore(pool, temp.file);
      expect(first).toMatchObject({ lines: 4, added: 4, counts: { actions: smallStore().actions.length + 3, outbox: 1 } });
      const copied = await openPgStore({ pool, readOnly: true });
      expect(copied.read()).toEqual(temp.store.read());
      expect(copied.auditOf()).toEqual(temp.store.auditOf());
      expect((await copyJsonStore(pool, temp.file)).added).toBe(0);
      await temp.store.transact(meta('add 4'), (d) => void d.actions.push(newAction(4)));
      expect(await copyJsonStore(pool, temp.file)).toMatchObject({ lines: 5, added: 1 });
      expect((await openPgStore({ pool, readOnly: true })).read()).toEqual(temp.store.read());
    } finally {
      await temp.cleanup();
    }
  });

  it('is refused, changing nothing, once the database has changes the file does not', async () => {
    const temp = await createTempStore(smallStore(), { clock: fakeClock() });
    try {
      const pool = await freshPool();
      await copyJsonStore(pool, temp.file);
      const store = await openPgStore({ pool });
      await store.transact(meta('made on PostgreSQL'), (d) => void d.actions.push(newAction(9)));
      await expect(copyJsonStore(pool, temp.file)).rejects.toThrow(/already holds a store that is not a copy of .*nothing was changed/);
      expect((await openPgStore({ pool, readOnly: true })).read().actions.at(-1)!.ref).toBe('CSC 99/9');
    } finally {
      await temp.cleanup();
    }
  });
});
