import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
let cwd: string;

/** The README's promise: with no credentials and no store, `npm start` answers on demo data. */
function start(input: string, env: NodeJS.ProcessEnv = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return spawnSync(process.execPath, [join(repo, 'bin/secbot-start.js')], { cwd, input, env: { ...clean, ...env }, encoding: 'utf8', timeout: 30_000 });
}

beforeAll(async () => void (cwd = await mkdtemp(join(tmpdir(), 'secbot-start-'))));
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe('npm start (console)', () => {
  it('answers piped commands from demo data and exits at end of input', () => {
    const run = start('status DP096\nactions open\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demo data in memory');
    expect(run.stdout).toContain('DP096 — DNO Power Outage Alerts');
    expect(run.stdout).toContain('CSC 12/01');
  });

  it('refuses a broken configuration, listing what is wrong', () => {
    const run = start('help\n', { SLACK_SIGNING_SECRET: 'x' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN');
    expect(run.stdout).toBe('');
  });

  it('refuses an explicit store file that does not exist', () => {
    const run = start('help\n', { SECBOT_DATA: join(cwd, 'nope.json') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No store at');
  });
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

describe('npm start (a chat platform on)', () => {
  it('serves /healthz on PORT and exits cleanly on SIGTERM', async () => {
    const port = await freePort();
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
    const bot = spawn(process.execPath, [join(repo, 'bin/secbot-start.js')], {
      cwd, env: { ...clean, PORT: String(port), TEAMS_ALLOW_UNAUTHENTICATED: 'true', SECBOT_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status, { timeout: 15_000, interval: 100 }).toBe(200);
      const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
      expect(health).toMatchObject({ ok: true, platforms: { teams: { ok: true } } });
    } finally {
      bot.kill('SIGTERM');
    }
    const [code] = await once(bot, 'exit');
    expect(code).toBe(0);
  });
});
