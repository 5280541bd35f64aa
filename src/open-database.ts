import type { DatabaseSettings } from './config';
import { UserError } from './core/errors';
import type { Clock, Logger, StorePort } from './core/ports';
import type { ReplayGuard } from './platforms/replay-guard';
import { connectionOptions, createPool, redactedUrl } from '../storage/postgres/pg-pool';
import { migrateDatabase } from '../storage/postgres/pg-migrations';
import { openPgStore } from '../storage/postgres/pg-store';
import { followChanges, type Follower } from '../storage/postgres/pg-follow';
import { electLeader, type Leadership } from '../storage/postgres/pg-leader';
import { createPgReplayGuard } from '../storage/postgres/pg-replay-guard';

/** What a running bot on PostgreSQL needs besides the store: leadership, the shared replay guard, health. */
export interface DatabaseHandle {
  /** Starts competing for leadership: `onLead` starts the scheduler and outbox, `onLose` stops them. */
  lead(onLead: () => void, onLose: () => Promise<void>): Leadership;
  replayGuard(): ReplayGuard;
  health(): Promise<{ ok: boolean; leader: boolean; following: boolean; error?: string }>;
}

export interface OpenedDatabase {
  store: StorePort;
  description: string;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * Opens the PostgreSQL store: applies secbot's schema migrations, loads the document, and (for the
 * long-running bot) follows the changes other instances commit.
 */
export async function openDatabase(settings: DatabaseSettings, options: { follow: boolean; readOnly: boolean; clock: Clock; logger: Logger }): Promise<OpenedDatabase> {
  const pool = createPool(settings);
  try {
    await reachable(pool, settings);
    await migrateDatabase(pool);
    const store = await openPgStore({ pool, connection: connectionOptions(settings), clock: options.clock, logger: options.logger, readOnly: options.readOnly });
    const follower: Follower | undefined = options.follow ? followChanges({ connection: connectionOptions(settings), catchUp: () => store.catchUp(), logger: options.logger }) : undefined;
    let leadership: Leadership | undefined;
    let replay: ReturnType<typeof createPool> | undefined;
    const replayPool = () => (replay ??= createPool({ ...settings, poolSize: Math.max(2, Math.ceil(settings.poolSize / 2)) }, { synchronousCommit: false }));
    let guard: ReturnType<typeof createPgReplayGuard> | undefined;
    const database: DatabaseHandle = {
      lead(onLead, onLose) {
        leadership = electLeader({ connection: connectionOptions(settings), retryMs: settings.leaderRetryMs, onLead, onLose, logger: options.logger });
        return leadership;
      },
      replayGuard: () => (guard ??= createPgReplayGuard(replayPool())),
      async health() {
        const leader = leadership?.leading() ?? false;
        const following = follower?.listening() ?? false;
        try {
          await pool.query('SELECT 1');
          return { ok: !follower || following, leader, following };
        } catch (error) {
          return { ok: false, leader, following, error: (error as Error).message };
        }
      },
    };
    return {
      store,
      description: `PostgreSQL ${redactedUrl(settings.url)}`,
      database,
      async close() {
        await leadership?.stop();
        guard?.stop();
        await replay?.end();
        await follower?.stop();
        await store.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** A server that cannot be reached is named (without its password) with what to check, not as a bare ECONNREFUSED. */
async function reachable(pool: ReturnType<typeof createPool>, settings: DatabaseSettings): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new UserError(
      `Could not reach PostgreSQL at ${redactedUrl(settings.url)}: ${(error as Error).message}. Check SECBOT_DATABASE_URL (host, port, database, user and password), that the server is running and accepts connections from here, and SECBOT_DATABASE_TLS.`,
      'Check SECBOT_DATABASE_URL (host, port, database, user and password), that the server is running and accepts connections from here, and SECBOT_DATABASE_TLS.',
    );
  }
}
