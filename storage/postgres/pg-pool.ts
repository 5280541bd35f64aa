import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { DatabaseSettings } from '../../src/config';

/** The client options every connection uses: TLS and the statement timeout from the configuration. */
export function connectionOptions(settings: DatabaseSettings): pg.ClientConfig {
  return {
    connectionString: settings.url,
    ssl: tlsOptions(settings),
    statement_timeout: settings.statementTimeoutMs,
    // A dead server must not hang a change for ever: the statement timeout bounds queries, this the connect.
    connectionTimeoutMillis: Math.max(5_000, settings.statementTimeoutMs),
    keepAlive: true,
    application_name: 'secbot',
  };
}

function tlsOptions(settings: DatabaseSettings): pg.ClientConfig['ssl'] {
  if (settings.tls === 'off') return false;
  if (settings.tls === 'require') return { rejectUnauthorized: false };
  return { rejectUnauthorized: true, ...(settings.caFile ? { ca: readFileSync(settings.caFile, 'utf8') } : {}) };
}

/** The pool for reads and changes; LISTEN and the leader lock each hold a connection of their own. */
export function createPool(settings: DatabaseSettings, options: { synchronousCommit?: boolean } = {}): pg.Pool {
  const pool = new pg.Pool({ ...connectionOptions(settings), max: settings.poolSize, idleTimeoutMillis: 30_000, ...(options.synchronousCommit === false ? { options: '-c synchronous_commit=off' } : {}) });
  // An idle connection the server drops must not crash the process: the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

/** The address without its password, for banners, logs and /healthz. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable address)';
  }
}

export function databaseSettingsFor(url: string, overrides: Partial<DatabaseSettings> = {}): DatabaseSettings {
  return { url, poolSize: 5, tls: 'off', statementTimeoutMs: 10_000, leaderRetryMs: 10_000, ...overrides };
}
