import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initStore, openStore } from '../../storage/file-store';
import { createTempDir } from '../support/temp-store';
import { repoRoot, smallStore, spawnFixture, waitForLine } from './helpers';

let temp: Awaited<ReturnType<typeof createTempDir>> | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

/** `secbot --data FILE action update REF "cli N"` as a process; resolves with its exit code (null if killed). */
function cliUpdate(file: string, ref: string, n: number, killAfterMs?: number): Promise<number | null> {
  return cliUpdateWithOutput(file, ref, n, killAfterMs).then((run) => run.code);
}

function cliUpdateWithOutput(file: string, ref: string, n: number, killAfterMs?: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/secbot.js'), '--data', file, 'action', 'update', ref, `cli ${n}`], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

async function updatesOnDisk(file: string, ref: string) {
  const store = await openStore({ file, readOnly: true });
  const texts = store.read().actions.find((a) => a.ref === ref)!.updates.map((u) => u.text);
  const audited = store.auditOf([{ collection: 'actions', id: ref }]).map((e) => e.command);
  return { texts, audited };
}

async function freshStore() {
  temp = await createTempDir();
  const data = smallStore();
  await initStore(temp.file, data);
  return { file: temp.file, ref: data.actions[0]!.ref };
}

describe('CLI writers', () => {
  it('6 CLIs writing at the same time: every acknowledged write is kept, with its audit entry', async () => {
    const { file, ref } = await freshStore();
    const codes = await Promise.all(Array.from({ length: 6 }, (_, n) => cliUpdate(file, ref, n)));
    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
    const { texts, audited } = await updatesOnDisk(file, ref);
    expect([...texts].sort()).toEqual(Array.from({ length: 6 }, (_, n) => `cli ${n}`).sort());
    expect(audited).toHaveLength(6);
    // A one-shot change reserves no journal space: the segment ends at its last line.
    const [segment] = await readdir(path.join(path.dirname(file), 'secbot-journal'));
    const raw = await readFile(path.join(path.dirname(file), 'secbot-journal', segment!));
    expect([raw.at(-1), raw.includes(0)]).toEqual([0x0a, false]);
  }, 60_000);

  it('12 CLIs racing to take over a dead process\'s lock: one takes it over, all 12 writes are kept, none refused (no ENOENT)', async () => {
    const { file, ref } = await freshStore();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(`${file}.lock`, `${dead}\none-shot\n`);
    const runs = await Promise.all(Array.from({ length: 12 }, (_, n) => cliUpdateWithOutput(file, ref, n)));
    expect(runs.map((r) => r.stderr).filter(Boolean)).toEqual([]);
    expect(runs.map((r) => r.code)).toEqual(Array(12).fill(0));
    const { texts, audited } = await updatesOnDisk(file, ref);
    expect([...texts].sort()).toEqual(Array.from({ length: 12 }, (_, n) => `cli ${n}`).sort());
    expect(audited).toHaveLength(12);
    // Nothing set aside is left behind, and the lock is gone with the last writer.
    expect((await readdir(path.dirname(file))).filter((n) => n.includes('.lock'))).toEqual([]);
  }, 90_000);

  it('beside a running bot (a long-running lock holder) a CLI change is refused at once, naming the PID, not after the queue wait', async () => {
    const { file, ref } = await freshStore();
    const bot = spawnFixture('hold-lock.ts', [file]);
    try {
      await waitForLine(bot, /ready \d+\n/);
      const started = Date.now();
      const run = await cliUpdateWithOutput(file, ref, 1);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`is in use by PID ${bot.pid}`);
      expect(run.stderr).not.toContain('after waiting');
      // The one-shot queue wait is 30 s; refusing a bot's lock must not sit through it.
      expect(Date.now() - started).toBeLessThan(15_000);
      const { texts } = await updatesOnDisk(file, ref);
      expect(texts).not.toContain('cli 1');
    } finally {
      bot.kill('SIGKILL');
    }
  }, 60_000);

  it('CLIs killed with SIGKILL at random moments: files stay valid, every acknowledged write and audit entry is there', async () => {
    const { file, ref } = await freshStore();
    const acked: number[] = [];
    for (let n = 0; n < 8; n++) {
      const code = await cliUpdate(file, ref, n, n % 2 ? 150 + Math.random() * 500 : undefined);
      if (code === 0) acked.push(n);
    }
    expect(acked.length).toBeGreaterThanOrEqual(4);
    const { texts, audited } = await updatesOnDisk(file, ref);
    for (const n of acked) expect(texts).toContain(`cli ${n}`);
    expect(audited.length).toBe(texts.filter((t) => t.startsWith('cli ')).length);
    const writer = await openStore({ file });
    await writer.close();
  }, 60_000);
});
