import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, secbot } from './run-secbot';

const repo = join(import.meta.dirname, '..', '..');
const TUESDAY = '2026-03-03T09:30:00Z';
const PASSWORD = 's3cret-Pass-4-smtp';
let dir: string;

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-smtp-down-'));
  for (const args of [['init'], ['person add "Jane Owner" email jane.owner@example.com'], ['action add CSC "Jane Owner" "Update the DP096 report" due 4 Mar 2026 ref "CSC 12/01"']]) {
    expect((await secbot(args, { SECBOT_DATA: join(dir, 'secbot.json') }, TUESDAY)).code).toBe(0);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the bot with its SMTP server down', () => {
  it('catches up the missed 09:00 run, retries with backoff, shows the retry in remind preview, and never logs the SMTP password', async () => {
    const env = {
      SECBOT_DATA: join(dir, 'secbot.json'),
      SECBOT_SMTP_URL: `smtp://secbot:${PASSWORD}@127.0.0.1:${await closedPort()}`,
      SECBOT_MAIL_FROM: 'secbot <secbot@example.org>',
      SECBOT_LOG_LEVEL: 'debug',
    };
    const bot = spawn(process.execPath, ['--import', join(repo, 'test/support/fake-now.mjs'), join(repo, 'bin/secbot-start.js')], {
      env: cleanEnv({ ...env, SECBOT_TEST_NOW: TUESDAY }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    bot.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    try {
      let preview = '';
      const until = Date.now() + 60_000;
      while (!/retrying at/.test(preview) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        preview = (await secbot(['remind', 'preview'], env, TUESDAY)).stdout;
      }
      expect(preview).toMatch(/Jane Owner \(email to jane\.owner@example\.com\): CSC 12\/01 due next Working Day \(4 Mar 2026\) \[failed \(SMTP connection failed: E[A-Z]+ connect ECONNREFUSED 127\.0\.0\.1:\d+\); retrying at 3 Mar 2026 \d\d:\d\d\]/);
      expect(stderr).toContain('catching up the reminder run missed while secbot was down');
      expect(stderr.match(/email send failed/g)?.length).toBe(5);
    } finally {
      bot.kill('SIGTERM');
      await once(bot, 'exit');
    }
    expect(stderr).not.toContain(PASSWORD);
  }, 90_000);
});
