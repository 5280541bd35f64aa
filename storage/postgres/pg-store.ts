import type pg from 'pg';
import { silentLogger, systemClock, type Clock, type Logger, type StorePort, type TransactMeta } from '../../src/core/ports';
import { applyTransaction } from '../apply-transaction';
import { buildLine, type JournalLine } from '../journal-line';
import type { StoreData } from '../schema';
import { createSerialQueue } from '../serial-queue';
import { StoreError } from '../store-error';
import { createAuditReader } from './pg-audit';
import { applyLines, linesAfter, loadDocument } from './pg-load';
import { allRows, rowWrites, wholeDocumentLine, type RowWrites } from './pg-writes';

/** A change that keeps meeting newer changes from other instances gives up after this many tries. */
const MAX_ATTEMPTS = 20;

export interface PgStore extends StorePort {
  readonly readOnly: boolean;
  /** The last change this instance's copy includes. */
  seq(): number;
  /** Reads the changes other instances committed since the last one seen (a notification, a poll, a conflict). */
  catchUp(): Promise<void>;
  /** Resolves once the changes queued so far have settled. */
  idle(): Promise<void>;
  /** Waits for queued changes and stops the history reader (the caller ends the pool). */
  close(): Promise<void>;
}

export interface PgStoreOptions {
  pool: pg.Pool;
  /** The connection history queries use (their own, on a worker thread). Default: the pool's. */
  connection?: pg.ClientConfig;
  clock?: Clock;
  logger?: Logger;
  readOnly?: boolean;
}

/** The document in memory, each change committed as one SQL statement (rows + audit line) on top of the latest. */
export async function openPgStore(options: PgStoreOptions): Promise<PgStore> {
  const { pool } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const loaded = await loadDocument(pool);
  if (!loaded) throw new StoreError('The database has no secbot store yet.', 'Create one with "npx secbot init" (or "init --demo"), or copy a JSON store in with "npx secbot migrate FILE", with SECBOT_DATABASE_URL set.');
  const connection = options.connection ?? poolConnection(pool);
  const audit = createAuditReader(connection, Number(connection.statement_timeout ?? 10_000) + 1_000);
  let committed = loaded.data;
  let seq = loaded.seq;
  const queue = createSerialQueue();

  const commit = async (line: JournalLine, rows: RowWrites): Promise<boolean> => {
    try {
      const { rows: result } = await pool.query('SELECT secbot_commit($1, $2::jsonb, $3::text[], $4::jsonb, $5::jsonb) AS ok', [seq, JSON.stringify(line), line.refs, JSON.stringify(rows.writes), JSON.stringify(rows.docs)]);
      return result[0].ok === true;
    } catch (error) {
      throw new StoreError(`Could not save the change to the database: ${(error as Error).message}. Nothing was changed.`, 'Check that PostgreSQL is reachable (see /healthz), then try again.');
    }
  };
  const catchUpNow = async () => {
    const lines = await linesAfter(pool, seq);
    if (!lines.length) return;
    committed = applyLines(committed, lines);
    seq = lines[lines.length - 1]!.seq;
  };

  const store: PgStore = {
    readOnly: !!options.readOnly,
    read: () => committed,
    auditOf: (refs) => audit.entries(refs),
    seq: () => seq,
    catchUp: () => queue.run(catchUpNow),
    idle: () => queue.idle(),
    close: async () => {
      await queue.idle();
      await audit.close();
    },
    transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T> {
      if (options.readOnly) return Promise.reject(new StoreError('The database is open read-only here, so this change was not made.'));
      return queue.run(async () => {
        for (let attempt = 1; ; attempt++) {
          let applied: ReturnType<typeof applyTransaction<T>>;
          try {
            applied = applyTransaction(committed, meta, mutate, clock.now());
          } catch (error) {
            // Refused on this copy ("no action CSC 12/05"): if another instance changed the store a moment ago, try on the latest.
            const before = seq;
            await catchUpNow().catch(() => undefined);
            if (seq === before || attempt >= MAX_ATTEMPTS) throw error;
            continue;
          }
          const { result, next, entry } = applied;
          if (!next) return result;
          const line = buildLine(seq + 1, meta, new Date(entry.at), entry.changes, committed, next);
          if (await commit(line, rowWrites(line, committed, next))) {
            committed = next;
            seq = line.seq;
            return result;
          }
          if (attempt >= MAX_ATTEMPTS) throw new StoreError('This change was not saved: other instances kept changing the store at the same moment.', 'Try again.');
          logger.debug({ seq, attempt }, 'another instance changed the store first: catching up and trying again');
          await catchUpNow();
        }
      });
    },
  };
  if (loaded.migratedFrom !== undefined) {
    await saveWhole(store, pool, committed, { actor: 'secbot', command: `migrate document from schema version ${loaded.migratedFrom}` });
    logger.info({ from: loaded.migratedFrom, to: committed.schemaVersion }, 'database document migrated to the current schema version');
  }
  return store;
}

/** Rewrites every row (a document migrated to a newer schema version) as one change. */
async function saveWhole(store: PgStore, pool: pg.Pool, data: StoreData, meta: TransactMeta): Promise<void> {
  if (!(await commitWhole(pool, store.seq(), data, meta, new Date()))) throw new StoreError('Another instance changed the database while it was being migrated; start again.');
}

/** Commits a whole document on top of change `seq` (init, migrate FILE, a schema migration): false if `seq` is not the latest. */
export async function commitWhole(db: pg.Pool | pg.PoolClient, seq: number, data: StoreData, meta: TransactMeta, at: Date): Promise<boolean> {
  const line = wholeDocumentLine(seq + 1, data, meta, at);
  const rows = allRows(data);
  const { rows: result } = await db.query('SELECT secbot_commit($1, $2::jsonb, $3::text[], $4::jsonb, $5::jsonb) AS ok', [seq, JSON.stringify(line), line.refs, JSON.stringify(rows.writes), JSON.stringify(rows.docs)]);
  return result[0].ok === true;
}

/** The settings the pool connects with, minus pool-only ones, for the history reader's own connection. */
function poolConnection(pool: pg.Pool): pg.ClientConfig {
  const { max: _max, idleTimeoutMillis: _idle, ...connection } = (pool as unknown as { options: pg.PoolConfig }).options;
  return connection;
}
