import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../support/postgres';

/** `npx secbot` on PostgreSQL, run as the user runs it: bin/secbot.js in a process with SECBOT_DATABASE_URL. */
const repo = join(import.meta.dirname, '..', '..');
let dir: string;
let server: TestPostgres;

function secbot(args: string[], env: NodeJS.ProcessEnv = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), ...args], { cwd: dir, env: { ...clean, ...env }, encoding: 'utf8', timeout: 30_000 });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-pg-cli-'));
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('npx secbot with SECBOT_DATABASE_URL', () => {
  it('init --demo creates schema and data once; commands read and change it; history comes from the database', async () => {
    const env = { SECBOT_DATABASE_URL: await server.database() };
    const init = secbot(['init', '--demo'], env);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/Created the secbot store in postgres:\/\/secbot:\*\*\*@127\.0\.0\.1:\d+\/secbot_\d+ with demo data/);
    const again = secbot(['init'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('There is already a store in');
    expect(secbot(['status', 'dp96'], env).stdout).toContain('DP096 — DNO Power Outage Alerts');
    const close = secbot(['action', 'close', 'CSC 12/01', 'meeting held'], env);
    expect(close.status, close.stderr).toBe(0);
    const history = secbot(['history', 'CSC 12/01'], env);
    expect(history.stdout).toMatch(/action close "?CSC 12\/01"? "?meeting held/);
    expect(secbot(['migrate'], env).stdout).toContain('is up to date (version 1)');
  });

  it('migrate FILE copies a JSON store with its history, and running it again adds nothing', async () => {
    const env = { SECBOT_DATABASE_URL: await server.database() };
    const file = join(dir, 'old.json');
    expect(secbot(['--data', file, 'init', '--demo']).status).toBe(0);
    expect(secbot(['--data', file, 'action', 'close', 'CSC 12/01', 'done on JSON']).status).toBe(0);
    const copy = secbot(['migrate', file], env);
    expect(copy.status, copy.stderr).toBe(0);
    expect(copy.stdout).toMatch(/Copied .*old\.json: \d+ proposals, \d+ actions.*; history 1 changes \(1 added by this run\)\. Counts match the file\./);
    expect(secbot(['migrate', file], env).stdout).toContain('(0 added by this run)');
    expect(secbot(['history', 'CSC 12/01'], env).stdout).toContain('done on JSON');
  });

  it('says what to do when the database is missing or both stores are configured', () => {
    const migrate = secbot(['migrate', 'x.json']);
    expect(migrate.status).toBe(1);
    expect(migrate.stderr).toContain('set SECBOT_DATABASE_URL=postgres://');
    const both = secbot(['status', 'DP096'], { SECBOT_DATA: 'x.json', SECBOT_DATABASE_URL: 'postgres://u:p@127.0.0.1:1/db' });
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('SECBOT_DATA and SECBOT_DATABASE_URL: set one or the other');
    const empty = secbot(['status', 'DP096'], { SECBOT_DATABASE_URL: 'postgres://u:p@127.0.0.1:1/db' });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('Could not reach PostgreSQL at postgres://u:***@127.0.0.1:1/db: connect ECONNREFUSED');
    expect(empty.stderr).not.toMatch(/\n\s+at /);
  });
});
