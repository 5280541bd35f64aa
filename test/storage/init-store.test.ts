import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initStore, openStore } from '../../storage/file-store';
import { emptyStore, type StoreData } from '../../storage/schema';
import { displayPath } from '../../storage/store-error';
import { createTempDir } from '../support/temp-store';
import { bytes, smallStore } from './helpers';

let temp: Awaited<ReturnType<typeof createTempDir>> | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

describe('initStore', () => {
  it('creates the folders and a store that opens with the same data', async () => {
    temp = await createTempDir();
    const file = path.join(temp.dir, 'nested', 'data', 'secbot.json');
    await initStore(file, smallStore());
    const store = await openStore({ file, readOnly: true });
    expect(store.read()).toEqual(smallStore());
    await expect(stat(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to replace an existing store unless asked, and says how', async () => {
    temp = await createTempDir();
    await initStore(temp.file, smallStore());
    const before = await bytes(temp.file);
    await expect(initStore(temp.file, emptyStore())).rejects.toMatchObject({
      message: `There is already a store at ${displayPath(temp.file)}, so nothing was written.`,
      hint: expect.stringContaining('npx secbot init --force'),
    });
    expect(await bytes(temp.file)).toEqual(before);
  });

  it('overwrite replaces the store and keeps the old one in backups/', async () => {
    temp = await createTempDir();
    await initStore(temp.file, smallStore());
    const old = await readFile(temp.file, 'utf8');
    await initStore(temp.file, emptyStore(), { overwrite: true });
    expect(JSON.parse(await readFile(temp.file, 'utf8'))).toEqual(emptyStore());
    const backups = await readdir(path.join(temp.dir, 'backups'));
    expect(await readFile(path.join(temp.dir, 'backups', backups[0]!), 'utf8')).toBe(old);
  });

  it('will not overwrite a store a running bot holds', async () => {
    temp = await createTempDir();
    await initStore(temp.file, smallStore());
    const running = await openStore({ file: temp.file });
    await expect(initStore(temp.file, emptyStore(), { overwrite: true })).rejects.toThrow(/is in use by PID/);
    await running.close();
  });

  it('refuses invalid initial data and writes nothing', async () => {
    temp = await createTempDir();
    const bad = { ...emptyStore(), releases: [{ name: 'June 2024 SEC Release', on: '27/06/2024', source: 'x' }] } as StoreData;
    await expect(initStore(temp.file, bad)).rejects.toThrow(/releases\[0\]\.on: expected a date as YYYY-MM-DD/);
    expect(await readdir(temp.dir)).toEqual([]);
  });
});
