import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every flag the README documents for `npx secbot`, run as the user runs it: bin/secbot.js in a process. */
const repo = join(import.meta.dirname, '..', '..');
const minutes = join(repo, 'test/import/fixtures/seeds/CSC_12_2502-minutes.txt');
let dir: string;

function secbot(args: string[], env: NodeJS.ProcessEnv = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), ...args], { cwd: dir, env: { ...clean, ...env }, encoding: 'utf8', timeout: 30_000 });
}

beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'secbot-flags-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot, as a process', () => {
  it('init creates the default store ./data/secbot.json; a command then reads it', () => {
    const init = secbot(['init']);
    expect(init.status).toBe(0);
    expect(existsSync(join(dir, 'data/secbot.json'))).toBe(true);
    const list = secbot(['list', 'all']);
    expect(list.status).toBe(0);
    expect(list.stdout).not.toContain('DP096');
  });

  it('--data FILE with init --demo, and --force to replace it', () => {
    const file = join(dir, 'demo.json');
    expect(secbot(['--data', file, 'init', '--demo']).status).toBe(0);
    const again = secbot(['--data', file, 'init', '--demo']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(secbot(['init', '--demo', '--force', '--data', file]).status).toBe(0);
    const status = secbot(['--data', file, 'status', 'dp96']);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain('DP096 — DNO Power Outage Alerts');
  });

  it('--json prints the reply as JSON before or after the command words', () => {
    const file = join(dir, 'json.json');
    secbot(['--data', file, 'init', '--demo']);
    for (const args of [['--data', file, '--json', 'status', 'MP167B'], ['--data', file, 'status', 'MP167B', '--json']]) {
      const run = secbot(args);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).title).toContain('MP167B');
    }
  });

  it('a user error exits 1 with the reason', () => {
    const file = join(dir, 'err.json');
    secbot(['--data', file, 'init', '--demo']);
    const run = secbot(['--data', file, 'status', 'DP999']);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('No proposal DP999');
  });

  it('import FILE --dry-run --json prints the change set as JSON in any order of flags, and writes nothing', async () => {
    const file = join(dir, 'import.json');
    secbot(['--data', file, 'init']);
    const before = await readFile(file, 'utf8');
    const orders = [
      ['--data', file, 'import', minutes, '--dry-run', '--json'],
      ['--data', file, 'import', minutes, '--json', '--dry-run'],
      ['--data', file, 'import', '--json', minutes, '--dry-run'],
      ['--json', '--data', file, 'import', '--dry-run', minutes],
      ['import', minutes, '--dry-run', '--json', '--data', file],
    ];
    for (const args of orders) {
      const run = secbot(args);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.dryRun).toBe(true);
      expect(json.actions.map((a: { ref: string }) => a.ref)).toContain('CSC 12/01');
    }
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('import without --dry-run writes; importing again changes nothing', () => {
    const file = join(dir, 'apply.json');
    secbot(['--data', file, 'init']);
    const first = secbot(['--data', file, 'import', minutes]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Imported CSC_12_2502-minutes.txt');
    const again = secbot(['--data', file, 'import', minutes, '--json']);
    expect(JSON.parse(again.stdout).changes).toBe(0);
    expect(secbot(['--data', file, 'action', 'CSC 12/01']).stdout).toContain('SECAS');
  });

  it('import of a file that is not there exits 1, in JSON when asked', () => {
    const run = secbot(['import', join(dir, 'nope.txt'), '--dry-run', '--json', '--data', join(dir, 'json.json')]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stderr).error).toContain('no such file');
  });

  it('a whole command line in one argument runs command-line subcommands too ("directory export", "restore")', () => {
    const file = join(dir, 'whole.json');
    secbot(['--data', file, 'init', '--demo']);
    const csv = secbot(['--data', file, 'directory export']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('name,organisation,category,email,initials,aliases,role');
    const status = secbot(['--data', file, 'status MP167B']);
    expect(status.stdout).toContain('MP167B — Review of SEC documents');
  });

  it('a reader that stops early (| head) ends the command quietly, with no stack trace', async () => {
    const file = join(dir, 'pipe.json');
    secbot(['--data', file, 'init', '--demo']);
    const child = spawn(process.execPath, [join(repo, 'bin/secbot.js'), '--data', file, 'list', 'all'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.destroy(); // the reader is gone before secbot writes a word
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(code).toBe(0);
  });
});
