import { readdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { generateStore } from '../../bench/fixtures/generate-store';
import { initStore, openStore } from '../../storage/file-store';
import { storeDataSchema } from '../../storage/schema';
import { createTempDir } from '../support/temp-store';
import { exited, spawnFixture, waitForLine } from './helpers';

let temp: Awaited<ReturnType<typeof createTempDir>> | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

const ACKS_PER_ROUND = 70;

/** Runs the write loop from `start`, SIGKILLs it a random 0–4 ms after its 70th ack, returns every acked number. */
async function killMidLoop(file: string, start: number): Promise<number[]> {
  const child = spawnFixture('write-loop.ts', [file, String(start)]);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    await waitForLine(child, new RegExp(`ack ${start + ACKS_PER_ROUND - 1}\\n`));
    // A random delay spreads the kill over the write cycle (it would otherwise always land just after an ack).
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
    child.kill('SIGKILL');
    await exited(child);
    return [...out.matchAll(/ack (\d+)\n/g)].map((m) => Number(m[1]));
  } finally {
    child.kill('SIGKILL');
  }
}

describe('crash safety', () => {
  it('a writer killed with SIGKILL mid-loop leaves a valid file holding every acknowledged write (3 kills, ~200 acks)', async () => {
    temp = await createTempDir();
    // Big enough (~0.5 MB) that each write takes a few milliseconds, so kills land inside writes.
    await initStore(temp.file, generateStore({ proposals: 200, actions: 1000, consultations: 50, seed: 3 }));
    const acked: number[] = [];
    for (let round = 0; round < 3; round++) {
      acked.push(...(await killMidLoop(temp.file, round * 1000 + 1)));
      expect(storeDataSchema.safeParse(JSON.parse(await readFile(temp.file, 'utf8'))).success).toBe(true);
      await (await openStore({ file: temp.file, readOnly: true })).close(); // snapshot + journal replay cleanly
    }
    expect(acked.length).toBeGreaterThanOrEqual(3 * ACKS_PER_ROUND);
    const store = await openStore({ file: temp.file });
    const refs = new Set(store.read().actions.map((a) => a.ref));
    expect(acked.filter((n) => !refs.has(`CSC 99/${n}`))).toEqual([]);
    // The audit log is the journal: every acknowledged write has its entry, exactly once.
    const audited = store.auditOf().map((e) => e.command);
    expect(acked.filter((n) => !audited.includes(`loop ${n}`))).toEqual([]);
    expect(new Set(audited).size).toBe(audited.length);
    await store.close();
    expect((await readdir(temp.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
