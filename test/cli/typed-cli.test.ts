import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
let cwd: string;

/** `npx secbot …` as a process, in a fresh directory with no store unless a test makes one. */
function secbot(...argv: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), ...argv], { cwd, env: clean, encoding: 'utf8', timeout: 30_000 });
}

beforeEach(async () => void (cwd = await mkdtemp(join(tmpdir(), 'secbot-typed-'))));
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe('npx secbot, as people type it', { timeout: 60_000 }, () => {
  it('takes the whole command as one quoted argument, as its help shows', () => {
    const one = secbot('status DP096');
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('DP096 — DNO Power Outage Alerts');
    expect(one.stdout).toBe(secbot('status', 'DP096').stdout);
    expect(secbot('--help').stdout).toContain('"status DP096"');
  });

  it('keeps a title with SEC-style quotes and apostrophes whole', async () => {
    expect(secbot('--data', 'store.json', 'init').status).toBe(0);
    expect(secbot('--data', 'store.json', 'raise', 'DP131', "Changes to Appendix R 'Common Testing Scenarios Document'").status).toBe(0);
    expect(secbot('--data', 'store.json', 'raise DP132 "DCC\'s alert routing" org DCC').status).toBe(0);
    const saved = JSON.parse(await readFile(join(cwd, 'store.json'), 'utf8'));
    expect(saved.proposals.map((p: { ref: string; title: string }) => [p.ref, p.title])).toEqual([
      ['DP131', "Changes to Appendix R 'Common Testing Scenarios Document'"],
      ['DP132', "DCC's alert routing"],
    ]);
  });

  it('refuses a title that runs into an option word, with the quoted form, exit 1 and the file unchanged', async () => {
    secbot('--data', 'store.json', 'init');
    const before = await readFile(join(cwd, 'store.json'), 'utf8');
    const run = secbot('--data', 'store.json', 'raise', 'DP129', 'Review', 'of', 'proposer', 'rights', 'for', 'small', 'parties');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('"proposer" is an option word');
    expect(run.stdout).toContain('raise DP129 "Review of proposer rights for small parties"');
    expect(await readFile(join(cwd, 'store.json'), 'utf8')).toBe(before);
  });

  it.each([
    [['raise', 'DP120', 'Title'], 'No store at ./data/secbot.json. Create one with "npx secbot init"'],
    [['import', 'minutes.txt'], 'No store at ./data/secbot.json. Create one with "npx secbot init"'],
    [['--data', 'mine.json', 'raise', 'DP120', 'Title'], 'Create one with "npx secbot init --data ./mine.json"'],
    [['--data', 'mine.json', 'status', 'DP096'], 'Create one with "npx secbot init --data ./mine.json"'],
    [['--data', 'mine.json', 'import', 'minutes.txt', '--dry-run'], 'Create one with "npx secbot init --data ./mine.json"'],
  ])('with no store, %j says how to create one', (argv, message) => {
    const run = secbot(...argv);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/ENOENT|lock file/);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('init --data FILE prints next steps that use that file, and they work', () => {
    const run = secbot('init', '--data', 'team.json', '--demo');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npx secbot --data ./team.json status DP096');
    expect(run.stdout).toContain('SECBOT_DATA=./team.json npm start');
    expect(secbot('--data', './team.json', 'status', 'DP096').stdout).toContain('DP096 — DNO Power Outage Alerts');
  });

  it('init with the default file keeps the short next steps', () => {
    const run = secbot('init');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Next:  npx secbot import minutes.docx --dry-run');
    expect(run.stdout).toContain('Start the bot on this file: npm start');
    expect(run.stdout).not.toContain('--data');
  });
});
