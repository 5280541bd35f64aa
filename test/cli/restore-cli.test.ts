import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exited, waitForLine } from '../storage/helpers';

const repo = resolve(__dirname, '../..');
let dir: string;
// Several CLI processes per test; each takes a second or more on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

/** `npx secbot …` as a process, in a temp dir with its own ./data/secbot.json. */
function secbot(...args: string[]): { code: number | null; out: string; err: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SECBOT_|SLACK_|TEAMS_)/.test(k)));
  const run = spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const backupIn = (text: string) => /restore (secbot-[\dT-]+Z\.json)/.exec(text)?.[1];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-restore-'));
  expect(secbot('init', '--demo').code).toBe(0);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot restore', () => {
  it('init --force names the backup it made; restore brings back the old store with its history', () => {
    expect(secbot('action', 'add', 'CSC', 'SECAS', 'Check the restore').out).toContain('Added action CSC 12/02');
    const init = secbot('init', '--force');
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/The store it replaced is kept as \.\/data\/backups\/secbot-[\dT-]+Z\.json and its journal \(history\) as \.\/data\/backups\/secbot-journal-[\dT-]+Z\. To bring it back: npx secbot restore secbot-[\dT-]+Z\.json/);
    expect(secbot('history', 'CSC 12/02').out).toContain('No action CSC 12/02');
    const name = backupIn(init.out)!;
    const listed = secbot('restore');
    expect(listed.out).toContain(`${name}  `);
    expect(listed.out).toMatch(/5 actions \(the store as init --force or restore replaced it\)/);
    const restored = secbot('restore', name);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/^Restored \.\/data\/secbot\.json from secbot-[\dT-]+Z\.json: 23 proposals, 5 actions, 1 history entry\./);
    const history = secbot('history', 'CSC 12/02');
    expect(history.code).toBe(0);
    expect(history.out).toContain('`action add CSC SECAS "Check the restore"` — created action CSC 12/02');
  });

  it('a periodic backup restores the state and history as of that backup; the store it replaced is kept, and restoring that undoes it', () => {
    // The first change makes the hour's backup (after its snapshot); the second comes after it.
    secbot('action', 'add', 'CSC', 'SECAS', 'Before the backup');
    secbot('action', 'add', 'CSC', 'SECAS', 'After the backup');
    const listed = secbot('restore');
    const name = /^ {2}(secbot-[\dT-]+Z\.json) .*5 actions$/m.exec(listed.out)?.[1];
    expect(name, listed.out).toBeDefined();
    const restored = secbot('restore', name!);
    expect(restored.out).toContain('5 actions, 1 history entry.');
    expect(secbot('history', 'CSC 12/02').out).toContain('created action CSC 12/02');
    expect(secbot('history', 'CSC 12/03').out).toContain('No action CSC 12/03');
    const undo = backupIn(restored.out.split('\n')[1]!)!;
    expect(secbot('restore', undo).out).toContain('6 actions, 2 history entries.');
    expect(secbot('history', 'CSC 12/03').out).toContain('`action add CSC SECAS "After the backup"`');
  });

  it('refuses while the bot runs (it holds the lock), and changes nothing', async () => {
    secbot('action', 'add', 'CSC', 'SECAS', 'Kept');
    const name = backupIn(secbot('restore').out)!;
    const bot = spawn(process.execPath, ['--import', 'tsx', join(repo, 'test/storage/fixtures/hold-lock.ts'), join(dir, 'data/secbot.json')], { cwd: repo, stdio: 'pipe' });
    try {
      await waitForLine(bot, /ready \d+\n/);
      const refused = secbot('restore', name);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`Nothing was restored: The store ./data/secbot.json is in use by PID ${bot.pid}`);
      expect(refused.err).toContain('Stop the bot');
    } finally {
      bot.kill('SIGKILL');
      await exited(bot);
    }
    expect((await readdir(join(dir, 'data/backups'))).filter((n) => n.startsWith('secbot-journal-'))).toEqual([]);
  });

  it('an unknown backup, or none yet, is answered with what to do', async () => {
    await rm(join(dir, 'data/backups'), { recursive: true, force: true });
    expect(secbot('restore').out).toContain('No backups of ./data/secbot.json yet.');
    const unknown = secbot('restore', 'secbot-1999.json');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no backup "secbot-1999.json" in ./data/backups. Nothing was restored.');
  });
});
