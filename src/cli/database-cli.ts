import type { DatabaseSettings } from '../config';
import { demoStore } from '../demo/demo-store';
import { emptyStore } from '../../storage/schema';
import type { CliIo } from './run-cli';

/** `SECBOT_DATABASE_URL=… secbot init [--demo]`: the schema, then the data, in an empty database. */
export async function initDatabaseCli(settings: DatabaseSettings, options: { demo: boolean; force: boolean }, io: CliIo): Promise<number> {
  const [{ createPool, redactedUrl }, { initDatabase }] = await Promise.all([import('../../storage/postgres/pg-pool'), import('../../storage/postgres/pg-init')]);
  const where = redactedUrl(settings.url);
  if (options.force) {
    io.stderr(`"init --force" does not replace a store in a database (${where}); nothing was written. Back it up with pg_dump and drop its secbot_* tables, or use another database.\n`);
    return 1;
  }
  const pool = createPool(settings);
  try {
    await initDatabase(pool, options.demo ? demoStore() : emptyStore(), where);
  } finally {
    await pool.end();
  }
  io.stdout(`Created the secbot store in ${where} with ${options.demo ? 'demo data from the seed documents' : 'an empty store'}.\n`);
  io.stdout(`Next:  npx secbot ${options.demo ? 'status DP096' : 'help'}\nStart the bot on it: npm start (with SECBOT_DATABASE_URL set, on every instance).\n`);
  return 0;
}

/** `secbot migrate [FILE]`: applies secbot's schema migrations; with FILE, copies that JSON store in. */
export async function migrateCli(settings: DatabaseSettings | undefined, file: string | undefined, io: CliIo): Promise<number> {
  if (!settings) {
    io.stderr('"migrate" works on a PostgreSQL store: set SECBOT_DATABASE_URL=postgres://… first (see docs/several-instances.md). A JSON store is migrated by itself when it is opened.\n');
    return 1;
  }
  const [{ createPool, redactedUrl }, { migrateDatabase }, { copyJsonStore }] = await Promise.all([
    import('../../storage/postgres/pg-pool'),
    import('../../storage/postgres/pg-migrations'),
    import('../../storage/postgres/pg-copy-json'),
  ]);
  const pool = createPool(settings);
  try {
    const where = redactedUrl(settings.url);
    const { from, to } = await migrateDatabase(pool);
    io.stdout(from === to ? `The database schema in ${where} is up to date (version ${to}).\n` : `Migrated the database schema in ${where} from version ${from} to ${to}.\n`);
    if (!file) return 0;
    const report = await copyJsonStore(pool, file);
    const counts = Object.entries(report.counts).map(([name, n]) => `${n} ${name}`).join(', ');
    io.stdout(`Copied ${file}: ${counts}; history ${report.lines} changes (${report.added} added by this run). Counts match the file.\n`);
    return 0;
  } finally {
    await pool.end();
  }
}
