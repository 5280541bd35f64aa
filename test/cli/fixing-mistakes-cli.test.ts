import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** README "Fixing mistakes", run as the user runs it: bin/secbot.js on a demo store file. */
const repo = join(import.meta.dirname, '..', '..');
let dir: string;
let file: string;

function secbot(...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  const run = spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', file, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: run.stdout + run.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-fix-'));
  file = join(dir, 'secbot.json');
  expect(secbot('init', '--demo').status).toBe(0);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('fixing mistakes from the command line', () => {
  it('a wrong decision corrected and corrected back reads as one decision; undo takes each back in turn', () => {
    expect(secbot('decide', 'MP167B', 'approved', 'on', '20 Sep 2023').status).toBe(0);
    expect(secbot('decide', 'MP167B', 'rejected', 'correct', 'the minutes say rejected').out).toContain('it now says Rejected by Change Board on 20 Sep 2023');
    expect(secbot('decide', 'MP167B', 'approved', 'correct', 'no, the minutes say approved').status).toBe(0);
    const status = secbot('status', 'MP167B').out;
    expect(status).toMatch(/Stage:\s+Pending Implementation .*since 20 Sep 2023/);
    expect(status).toMatch(/Last decision:\s+Approved by Change Board on 20 Sep 2023/);
    const history = secbot('history', 'MP167B').out;
    expect(history.match(/decide MP167B/g)).toHaveLength(3);
    expect(history).toContain('4. Approved by Change Board on 20 Sep 2023');
    expect(history).not.toContain('Rejected by Change Board on 20 Sep 2023 · source');

    const undo = secbot('undo');
    expect(undo.status).toBe(0);
    expect(undo.out).toContain('Undone: decide MP167B approved correct');
    expect(secbot('status', 'MP167B').out).toMatch(/Stage:\s+Rejected/);
    expect(secbot('undo').status).toBe(0);
    expect(secbot('undo').status).toBe(0);
    expect(secbot('status', 'MP167B').out).toMatch(/Stage:\s+Report Phase/);
    const none = secbot('undo');
    expect(none.status).toBe(1);
    expect(none.out).toContain('You have no change to undo');
  });

  it('refuses an impossible correction with exit 1 and writes nothing', async () => {
    const before = await readFile(file, 'utf8');
    const run = secbot('advance', 'DP096', 'Implemented', 'correct', 'typo');
    expect(run.status).toBe(1);
    expect(run.out).toContain('DP096 is a Draft Proposal');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('any entry of the record is re-dated by its number', () => {
    const fixed = secbot('correct', 'MP167B', '3', 'on', '16 Aug 2023', 'reason', 'the report phase began the next day');
    expect(fixed.status).toBe(0);
    expect(fixed.out).toContain('the record said Report Phase on 15 Aug 2023; it now says Report Phase on 16 Aug 2023');
    expect(secbot('status', 'MP167B').out).toMatch(/since 16 Aug 2023/);
  });
});
