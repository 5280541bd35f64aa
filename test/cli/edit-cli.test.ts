import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
let dir: string;
let file: string;
// Each test runs the CLI as a process several times; on a busy 2-core machine each run takes a second or more.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

/** `npx secbot --data FILE …` as a real process (bin/secbot.js on the built bundle). */
function secbot(...args: string[]) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' };
  const run = spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', file, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-edit-'));
  file = join(dir, 'secbot.json');
  expect(secbot('init', '--demo').code).toBe(0);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot: edits from the command line', () => {
  it.each([
    [['proposal', 'edit', 'DP096', 'titel', 'New title'], '"titel" is not a field of a proposal I can edit. Did you mean "title"?'],
    [['proposal', 'edit', 'MP167B', 'release', 'Mar 24'], 'There is no March 2024 SEC Release'],
    [['action', 'edit', 'CSC 12/01', 'owner', 'Gemma Slany'], 'Did you mean Gemma Slaney?'],
    [['action', 'edit', 'CSC 12/01', 'owner', 'SECAS'], 'CSC 12/01’s owner is already “SECAS”. Nothing was changed.'],
    [['consultation', 'edit', 'MP167B', 'report', 'closes', '9 Sep 2023'], 'is not a Working Day'],
    [['edit', 'DP999', 'title', 'x'], 'No proposal DP999.'],
  ])('%j is refused with exit code 1 and the store file unchanged', async (args, message) => {
    const before = await readFile(file);
    const { code, out } = secbot(...args);
    expect(out).toContain(message);
    expect(code).toBe(1);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('edits are saved, read back in status and action, and kept in history', () => {
    const title = secbot('proposal', 'edit', 'DP096', 'title', 'DNO Power Outage and Restoration Alerts');
    expect(title.code).toBe(0);
    expect(title.out).toContain('Title of DP096: was “DNO Power Outage Alerts”, now “DNO Power Outage and Restoration Alerts”');
    expect(secbot('status', 'DP096').out).toContain('DNO Power Outage and Restoration Alerts');

    expect(secbot('edit', 'CSC 12/01', 'owner', 'Bradley Baker').code).toBe(0);
    expect(secbot('action', 'CSC 12/01').out).toContain('Bradley Baker');

    const closes = secbot('consultation', 'edit', 'MP167B', 'report', 'closes', '8 Sep 2023');
    expect(closes.out).toContain('Closing date of MP167B report consultation: was “7 Sep 2023 17:00”, now “8 Sep 2023 17:00”');
    expect(secbot('status', 'MP167B').out).toContain('8 Sep 2023');

    const history = secbot('history', 'DP096').out;
    expect(history).toContain('proposal edit DP096 title');
    expect(history).toContain('DNO Power Outage Alerts → DNO Power Outage and Restoration Alerts');
  });
});
