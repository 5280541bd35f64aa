import type pg from 'pg';
import type { ReplayGuard } from '../../src/platforms/replay-guard';

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The replay guard on PostgreSQL: a key (a Slack signature, event or trigger id, a Teams activity id) is
 * first seen by whichever instance inserts it, so a retry or redelivery routed to another instance is
 * dropped too. Rows expire with the key's window and are pruned in the background.
 */
export function createPgReplayGuard(pool: pg.Pool): ReplayGuard & { stop(): void } {
  const prune = () => void pool.query('DELETE FROM secbot_replay WHERE expires_at <= now()').catch(() => undefined);
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref();
  return {
    async firstSeen(key, ttlMs) {
      const { rowCount } = await pool.query(
        `INSERT INTO secbot_replay (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE secbot_replay.expires_at <= now()`,
        [key, ttlMs],
      );
      return rowCount === 1;
    },
    stop: () => clearInterval(timer),
  };
}
