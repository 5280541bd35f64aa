import pg from 'pg';
import type { Logger } from '../../src/core/ports';
import { LEADER_LOCK } from './pg-tables';

const HEARTBEAT_TIMEOUT_MS = 5_000;

export interface Leadership {
  leading(): boolean;
  stop(): Promise<void>;
}

export interface LeaderOptions {
  connection: pg.ClientConfig;
  /** How often an instance that does not lead tries the lock (the longest a takeover waits). */
  retryMs: number;
  onLead: () => void;
  onLose: () => Promise<void>;
  logger: Logger;
}

/**
 * Exactly one instance leads (runs the scheduler and the outbox): the one holding a session advisory lock
 * on a connection of its own. When it dies its connection closes, PostgreSQL releases the lock, and the
 * next instance to try takes it. A leader that loses its connection stops leading at once.
 */
export function electLeader(options: LeaderOptions): Leadership {
  const { logger } = options;
  let client: pg.Client | undefined;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void attempt(), options.retryMs);
  };
  const lose = async (why: string) => {
    client = undefined;
    if (!leading) return;
    leading = false;
    logger.warn({ why }, 'this instance no longer leads: scheduler and outbox stopped');
    await options.onLose().catch(() => undefined);
  };
  let heartbeat: NodeJS.Timeout | undefined;
  /** The leader checks its own connection as often as the others try to take over: an unreachable database ends its leadership. */
  const beat = async () => {
    const mine = client;
    if (!leading || !mine) return;
    try {
      await mine.query('SELECT 1');
      if (!stopped) heartbeat = setTimeout(() => void beat(), options.retryMs);
    } catch {
      if (client !== mine) return;
      await lose('its database connection stopped answering');
      await mine.end().catch(() => undefined);
      schedule();
    }
  };
  const attempt = async () => {
    if (stopped) return;
    try {
      if (!client) {
        // A client-side limit on every query, so a heartbeat to a server behind a dead network fails instead of hanging.
        const next = new pg.Client({ ...options.connection, query_timeout: HEARTBEAT_TIMEOUT_MS });
        next.on('error', () => undefined);
        next.on('end', () => void (client === next && lose('its database connection closed').then(schedule)));
        await next.connect();
        // If this machine vanishes without closing the connection (power, network), the server notices within
        // about 20 s and releases the lock, rather than after the operating system's default two hours.
        await next.query('SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3');
        client = next;
      }
      const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS got', [LEADER_LOCK]);
      if (rows[0].got === true && !stopped) {
        leading = true;
        logger.info('this instance leads: it runs the reminder scheduler and the outbox');
        options.onLead();
        heartbeat = setTimeout(() => void beat(), options.retryMs);
        return;
      }
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'could not check leadership; trying again');
      const failed = client;
      client = undefined;
      await failed?.end().catch(() => undefined);
    }
    schedule();
  };
  void attempt();
  return {
    leading: () => leading,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (heartbeat) clearTimeout(heartbeat);
      const was = leading;
      leading = false;
      if (was) await options.onLose().catch(() => undefined);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
