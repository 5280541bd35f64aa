import { spawnSync } from 'node:child_process';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/ports';
import { silentLogger } from '../../src/core/ports';
import { initStore, openStore } from '../../storage/file-store';
import { displayPath } from '../../storage/store-error';
import { createTempDir } from '../support/temp-store';
import { exited, meta, newAction, smallStore, spawnFixture, waitForLine } from './helpers';

let temp: Awaited<ReturnType<typeof createTempDir>> | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

async function freshStore() {
  temp = await createTempDir();
  await initStore(temp.file, smallStore());
  return temp.file;
}

const lockExists = (file: string) => stat(`${file}.lock`).then(() => true, () => false);

/** The PID of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

function recordingLogger(lines: string[]): Logger {
  return { ...silentLogger, warn: (obj, msg) => void lines.push(`${msg ?? ''} ${JSON.stringify(obj)}`), child: () => recordingLogger(lines) };
}

describe('single-writer lock', () => {
  it('a store held by a live process is refused with its PID; read-only opens still work; exiting releases it', async () => {
    const file = await freshStore();
    const child = spawnFixture('hold-lock.ts', [file]);
    try {
      await waitForLine(child, /ready \d+\n/);
      expect(await readFile(`${file}.lock`, 'utf8')).toMatch(new RegExp(`^${child.pid}\nlong-running\n[0-9a-f]{24}\n$`));
      await expect(openStore({ file })).rejects.toThrow(
        `The store ${displayPath(file)} is in use by PID ${child.pid} (lock file ${displayPath(`${file}.lock`)}). Stop that process or run read-only commands.`,
      );
      const reader = await openStore({ file, readOnly: true });
      expect(reader.read().actions).toHaveLength(smallStore().actions.length);
      child.stdin.write('exit\n');
      expect(await exited(child)).toBe(0);
      expect(await lockExists(file)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a lock left by a dead process is taken over (and logged), and the store is writable', async () => {
    const file = await freshStore();
    const pid = deadPid();
    await writeFile(`${file}.lock`, `${pid}\n`);
    const warnings: string[] = [];
    const store = await openStore({ file, logger: recordingLogger(warnings) });
    expect((await readFile(`${file}.lock`, 'utf8')).split('\n')[0]).toBe(String(process.pid));
    expect(warnings.join('\n')).toMatch(new RegExp(`stale store lock.*"stalePid":${pid}`));
    await store.transact(meta(), (d) => void d.actions.push(newAction(1)));
    await store.close();
    expect(await lockExists(file)).toBe(false);
  });

  it('a lock file with no PID in it is never removed: refused, naming the file and what to do', async () => {
    const file = await freshStore();
    await writeFile(`${file}.lock`, '');
    await expect(openStore({ file })).rejects.toThrow(`The lock file ${displayPath(`${file}.lock`)} names no process`);
    expect(await lockExists(file)).toBe(true);
    await expect(openStore({ file })).rejects.toMatchObject({ hint: expect.stringContaining(`delete ${displayPath(`${file}.lock`)}`) });
  });

  it('a replaced lock is refused at the next write: new file, same PID (inode reused or not), even the same content written anew', async () => {
    const file = await freshStore();
    for (const replace of [
      async () => {
        await rm(`${file}.lock`);
        await writeFile(`${file}.lock`, `${process.pid}\nlong-running\n${'0'.repeat(24)}\n`);
      },
      async () => {
        const same = await readFile(`${file}.lock`, 'utf8');
        await writeFile(`${file}.copy`, same);
        await rename(`${file}.copy`, `${file}.lock`);
      },
    ]) {
      const store = await openStore({ file });
      await store.transact(meta(), (d) => void d.actions.push(newAction(1 + store.read().actions.length)));
      await replace();
      await expect(store.transact(meta(), (d) => void d.actions.push(newAction(500)))).rejects.toThrow(/This change was not saved: secbot stopped writing .* lock file/);
      await store.close();
      // Not ours: left alone for whoever made it.
      expect(await lockExists(file)).toBe(true);
      await rm(`${file}.lock`);
    }
  });

  it('a second writer in the same process is refused too', async () => {
    const file = await freshStore();
    const first = await openStore({ file });
    await expect(openStore({ file })).rejects.toThrow(`is in use by PID ${process.pid}`);
    await first.close();
    const second = await openStore({ file });
    await second.close();
  });
});
