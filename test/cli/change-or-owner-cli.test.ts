import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run-cli';

let dir: string;
let file: string;
let out = '';
const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), env: {}, clock: { now: () => new Date('2020-03-02T10:00:00Z') } };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-cli-owner-'));
  file = join(dir, 'store.json');
  expect(await runCli(['--data', file, 'init', '--demo'], io)).toBe(0);
  out = '';
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot with close and snooze (change team or owner)', () => {
  it('opens the store for writing, so the operator can close and snooze from the command line', async () => {
    expect(await runCli(['--data', file, 'action', 'snooze', 'CSC 10/01', '1w'], io)).toBe(0);
    expect(await runCli(['--data', file, 'action', 'close', 'CSC 12/01', 'meeting held'], io)).toBe(0);
    expect(out).toContain('Snoozed CSC 10/01 until 9 Mar 2020');
    expect(out).toContain('Closed CSC 12/01 (SECAS)');
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.actions.find((a: { ref: string }) => a.ref === 'CSC 12/01').status).toBe('Closed');
    expect(saved.actions.find((a: { ref: string }) => a.ref === 'CSC 10/01').snoozedUntil).toBe('2020-03-09');
  });
});
