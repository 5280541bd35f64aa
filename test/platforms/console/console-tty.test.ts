import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..', '..');
const UP = '\u001b[A';
const CTRL_A = '\u0001';
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = '\u007f';
let cwd: string;

type Step = ['expect', string] | ['send', string] | ['exists', string, boolean];

/** `npm start` in a pseudo-terminal (python3's pty module), typed at like a shell. */
function console(steps: Step[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  const command = [process.execPath, join(repo, 'bin/secbot.js'), 'init', '--demo'];
  expect(spawnSync(command[0]!, command.slice(1), { cwd, env: clean }).status).toBe(0);
  const run = spawnSync('python3', [join(repo, 'test/support/pty-run.py'), JSON.stringify(steps), '--', process.execPath, join(repo, 'bin/secbot-start.js')], {
    cwd,
    env: { ...clean, TERM: 'xterm' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  // Terminal output: drop cursor-movement codes, keep the text a person sees.
  return { ...run, screen: run.stdout.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '') };
}

beforeEach(async () => void (cwd = await mkdtemp(join(tmpdir(), 'secbot-tty-'))));
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe('the console on a terminal', { timeout: 60_000 }, () => {
  it('recalls the last command with Up, edits the line, and leaves on Ctrl-C with the lock released', async () => {
    const lock = join(cwd, 'data', 'secbot.json.lock');
    const run = console([
      ['expect', 'secbot> '],
      ['exists', lock, true],
      ['send', 'status DP0977'],
      ['send', BACKSPACE],
      ['send', BACKSPACE],
      ['send', '6'],
      ['send', '\r'],
      ['expect', 'DNO Power Outage Alerts'],
      ['expect', 'secbot> '],
      ['send', 'ction CSC 12/01'],
      ['send', CTRL_A],
      ['send', 'a'],
      ['send', '\r'],
      ['expect', 'Action CSC 12/01'],
      ['expect', 'secbot> '],
      ['send', UP],
      ['expect', 'action CSC 12/01'],
      ['send', UP],
      ['expect', 'status DP096'],
      ['send', '\r'],
      ['expect', 'DNO Power Outage Alerts'],
      ['expect', 'secbot> '],
      ['send', CTRL_C],
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.screen.match(/DP096 — DNO Power Outage Alerts/g)).toHaveLength(2);
    expect(run.screen.endsWith('secbot> \n')).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(JSON.parse(await readFile(join(cwd, 'data', 'secbot.json'), 'utf8')).proposals.length).toBeGreaterThan(0);
  });

  it('leaves on Ctrl-D at an empty prompt, the prompt on a new line and the lock released', () => {
    const lock = join(cwd, 'data', 'secbot.json.lock');
    const run = console([['expect', 'secbot> '], ['send', 'help\r'], ['expect', 'secbot> '], ['send', CTRL_D]]);
    expect(run.status).toBe(0);
    expect(run.screen).toContain('secbot: what I can do');
    expect(run.screen.endsWith('secbot> \n')).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('a change made at the terminal is saved and the lock released on exit', async () => {
    const run = console([['expect', 'secbot> '], ['send', 'action close CSC 12/01 Meeting held\r'], ['expect', 'secbot> '], ['send', 'exit\r']]);
    expect(run.status).toBe(0);
    expect(run.screen).toContain('Closed CSC 12/01');
    const saved = JSON.parse(await readFile(join(cwd, 'data', 'secbot.json'), 'utf8'));
    expect(saved.actions.find((a: { ref: string }) => a.ref === 'CSC 12/01').status).toBe('Closed');
    expect(existsSync(join(cwd, 'data', 'secbot.json.lock'))).toBe(false);
  });
});
