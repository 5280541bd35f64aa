import { mkdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { generateStore } from '../../bench/fixtures/generate-store';
import { writeFileAtomic, type WriteAt } from '../../storage/atomic-write';
import { initStore, openStore, StoreError } from '../../storage/file-store';
import { createTempDir } from '../support/temp-store';
import { mountSmallDisk, type SmallDisk } from '../support/small-disk';
import { meta, newAction } from './helpers';

let disk: SmallDisk | undefined;
afterEach(async () => {
  await disk?.cleanup();
  disk = undefined;
});

const LEVELS = 21;
const STEP = 16 * 1024;

interface Logged {
  msg: string;
  diskFull?: boolean;
}
function recordingLogger(into: Logged[]) {
  const log = (level: string) => (obj: object, msg?: string) => void into.push({ ...(obj as object), msg: `${level}: ${msg ?? ''}` });
  return { debug: () => {}, info: () => {}, warn: log('warn'), error: log('error') } as never;
}

describe('a full disk', () => {
  it(`never leaves an unopenable store or loses an acknowledged change (${LEVELS} free-space levels on a 1 MB tmpfs)`, async () => {
    disk = await mountSmallDisk(1024 * 1024);
    if (!disk) return simulatedShortWrites();
    await mkdir(disk.dir);
    const file = `${disk.dir}/secbot.json`;
    // A ~150 KB snapshot: at most levels a rewrite (temp copy beside the old one) does not fit.
    await initStore(file, generateStore({ proposals: 60, actions: 200, consultations: 10, seed: 5 }));
    const acked: number[] = [];
    const refused: string[] = [];
    const logged: Logged[] = [];
    for (let level = 0; level < LEVELS; level++) {
      await disk.leaveFree(level * STEP);
      const store = await openStore({ file, lockHolder: 'one-shot', logger: recordingLogger(logged) }).catch((error: Error) => {
        // Not even the lock file fits: refused before anything is touched.
        expect(error.message).toMatch(/Could not create the lock file .* the disk is full/);
        refused.push(error.message);
      });
      if (store) {
      try {
        await store.transact(meta(`level ${level}`), (d) => void d.actions.push(newAction(level)));
        acked.push(level);
      } catch (error) {
        expect(error).toBeInstanceOf(StoreError);
        refused.push((error as Error).message);
      }
      }
      if (store) {
        await store.snapshot().catch((error: Error) => expect(error.message).toMatch(/no space left|holds \d+ of \d+ bytes/i));
        await store.close();
      }
      await disk.unfill();
      // The snapshot alone is valid JSON (whole or the previous one), and snapshot + journal open.
      JSON.parse(await readFile(file, 'utf8'));
      const reopened = await openStore({ file, readOnly: true });
      const refs = new Set(reopened.read().actions.map((a) => a.ref));
      expect(acked.filter((n) => !refs.has(newAction(n).ref))).toEqual([]);
      await reopened.close();
    }
    // The run really reached a full disk: some changes were refused, and said so in words.
    expect(refused.length).toBeGreaterThan(0);
    expect(acked.length).toBeGreaterThan(0);
    expect(logged.some((l) => l.diskFull === true || /disk is full/.test(l.msg))).toBe(true);
  }, 120_000);

  it('refuses a change it cannot journal, says the disk is full, and saves the next one once there is space again', async () => {
    disk = await mountSmallDisk(1024 * 1024);
    if (!disk) return simulatedShortWrites();
    await mkdir(disk.dir);
    const file = `${disk.dir}/secbot.json`;
    await initStore(file, generateStore({ proposals: 60, actions: 200, consultations: 10, seed: 5 }));
    const logged: Logged[] = [];
    // The running bot's way: lock held, journal space reserved ahead (which a full disk cannot give).
    const store = await openStore({ file, logger: recordingLogger(logged) });
    await disk.leaveFree(0);
    const bigNote = (n: number) => ({ ...newAction(n), text: 'x'.repeat(9_000) });
    let refusal: unknown;
    for (let n = 1; n <= 40 && !refusal; n++) await store.transact(meta(`full ${n}`), (d) => void d.actions.push(bigNote(n))).catch((error: unknown) => (refusal = error));
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as StoreError).message).toMatch(/^Could not save the change to .*secbot-journal: the disk is full \(.*no space left on device.*\)\. Nothing was changed\.$/i);
    expect((refusal as StoreError).hint).toMatch(/Free some space/);
    // The acknowledged changes before the refusal wait in the journal; their snapshot cannot be written yet.
    await store.snapshot().catch((error: Error) => expect(error.message).toMatch(/no space left on device/));
    await disk.unfill();
    await store.transact(meta('after'), (d) => void d.actions.push(newAction(999)));
    const acked = store.read().actions.length;
    await store.close();
    const reopened = await openStore({ file, readOnly: true });
    expect(reopened.read().actions.length).toBe(acked);
    expect(reopened.read().actions.some((a) => a.ref === newAction(999).ref)).toBe(true);
    await reopened.close();
    expect(logged.some((l) => /disk is full/.test(l.msg))).toBe(true);
  }, 60_000);

  it('init --force on a full disk is refused and leaves the old store whole, its journal beside it', async () => {
    disk = await mountSmallDisk(1024 * 1024);
    if (!disk) return simulatedShortWrites();
    await mkdir(disk.dir);
    const file = `${disk.dir}/secbot.json`;
    await initStore(file, generateStore({ proposals: 60, actions: 200, consultations: 10, seed: 5 }));
    const store = await openStore({ file, lockHolder: 'one-shot' });
    await store.transact(meta('kept'), (d) => void d.actions.push(newAction(1)));
    await store.close();
    // Room for the backup copy of the old snapshot (150 KB), not for the new one (over 1 MB).
    await disk.leaveFree(300 * 1024);
    await expect(initStore(file, generateStore({ proposals: 400, actions: 2000, consultations: 10, seed: 6 }), { overwrite: true })).rejects.toThrow(/no space left/i);
    await disk.unfill();
    const reopened = await openStore({ file, readOnly: true });
    expect(reopened.read().actions.some((a) => a.ref === newAction(1).ref)).toBe(true);
    expect(reopened.auditOf().map((e) => e.command)).toContain('kept');
    await reopened.close();
  }, 60_000);
});

/** Where mounting is not allowed: the same promise, with writes that come up short and then fail. */
async function simulatedShortWrites(): Promise<void> {
  const temp = await createTempDir();
  try {
    await writeFileAtomic(temp.file, '{"good":true}');
    let budget = 4096;
    const nearlyFull: WriteAt = async (handle, bytes, from, position) => {
      if (budget <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const n = Math.min(budget, bytes.length - from);
      budget -= n;
      return (await handle.write(bytes, from, n, position)).bytesWritten;
    };
    await expect(writeFileAtomic(temp.file, 'x'.repeat(10_000), nearlyFull)).rejects.toThrow(/no space/);
    expect(await readFile(temp.file, 'utf8')).toBe('{"good":true}');
  } finally {
    await temp.cleanup();
  }
}
