import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStore } from '../../bench/fixtures/generate-store';
import type { Action, StoreData } from '../../storage/schema';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A small realistic store (the benchmark generator, scaled down). */
export function smallStore(): StoreData {
  return generateStore({ proposals: 30, actions: 40, consultations: 5, seed: 7 });
}

export function fakeClock(iso = '2024-03-05T10:00:00Z') {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next: string) => void (now = new Date(next)), advance: (ms: number) => void (now = new Date(now.getTime() + ms)) };
}

export const meta = (command = 'test change') => ({ actor: 'slack:U123', command });

export function newAction(n: number): Action {
  return { ref: `CSC 99/${n}`, committee: 'CSC', owner: 'SECAS', text: `Test action ${n}`, status: 'Open', proposals: [], updates: [], source: 'test' };
}

export const bytes = (file: string) => readFile(file);

/** Runs a script under test/storage/fixtures with tsx in a child process (stdout piped). */
export function spawnFixture(script: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/storage/fixtures', script), ...args], { cwd: repoRoot, stdio: 'pipe' });
}

/** Resolves with the stdout seen so far once a line matches `pattern`; rejects if the child exits first. */
export function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) {
        child.stdout.off('data', onData);
        resolve(out);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before ${pattern}: ${out.slice(-500)} ${err.slice(-1000)}`)));
  });
}

export function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
