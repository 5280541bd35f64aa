import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../storage/file-store';
import { createTempStore, type TempStore } from '../support/temp-store';
import { fakeClock, meta, newAction } from './helpers';

const HOUR = 3_600_000;
let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

const listBackups = async (dir: string) => (await readdir(path.join(dir, 'backups')).catch(() => [] as string[])).sort();

async function add(n: number) {
  await temp!.store.transact(meta(`add ${n}`), (d) => void d.actions.push(newAction(n)));
}

describe('rolling backups', () => {
  it('backs up a snapshot at most once per interval, decided from the files on disk (a new process does not reset it)', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    const snapshots = { everyChanges: 1 };
    temp = await createTempStore(undefined, { clock, snapshots });
    expect(await listBackups(temp.dir)).toEqual([]);
    await add(1);
    await temp.store.snapshot();
    expect(await listBackups(temp.dir)).toEqual(['secbot-2024-03-05T10-00-00-000Z.json']);
    clock.advance(HOUR - 1);
    await add(2);
    await temp.store.close();
    // A scripted CLI change in a new process is not "the first change after start".
    temp.store = await openStore({ file: temp.file, clock, snapshots });
    await add(3);
    await temp.store.snapshot();
    expect(await listBackups(temp.dir)).toHaveLength(1);
    clock.advance(1);
    await add(4);
    await temp.store.snapshot();
    expect(await listBackups(temp.dir)).toEqual(['secbot-2024-03-05T10-00-00-000Z.json', 'secbot-2024-03-05T11-00-00-000Z.json']);
    const second = await readFile(path.join(temp.dir, 'backups', 'secbot-2024-03-05T11-00-00-000Z.json'), 'utf8');
    expect(JSON.parse(second).actions.map((a: { ref: string }) => a.ref)).toEqual(['CSC 99/1', 'CSC 99/2', 'CSC 99/3', 'CSC 99/4']);
  });

  it('keeps only the newest `keep` backups, and copies closed journal segments beside them', async () => {
    const clock = fakeClock('2024-03-31T23:58:00Z');
    temp = await createTempStore(undefined, { clock, backups: { keep: 3, minIntervalMs: 60_000 }, snapshots: { everyChanges: 1 } });
    for (let n = 1; n <= 6; n++) {
      await add(n);
      await temp.store.snapshot();
      clock.advance(60_000);
    }
    expect(await listBackups(temp.dir)).toEqual([
      'secbot-2024-04-01T00-01-00-000Z.json',
      'secbot-2024-04-01T00-02-00-000Z.json',
      'secbot-2024-04-01T00-03-00-000Z.json',
      'secbot-journal',
    ]);
    const newest = JSON.parse(await readFile(path.join(temp.dir, 'backups', 'secbot-2024-04-01T00-03-00-000Z.json'), 'utf8'));
    expect(newest.actions).toHaveLength(6);
    expect(await readdir(path.join(temp.dir, 'backups', 'secbot-journal'))).toEqual(['2024-03.jsonl']);
  });

  it('keep: 0 turns backups off', async () => {
    temp = await createTempStore(undefined, { backups: { keep: 0 }, snapshots: { everyChanges: 1 } });
    await add(1);
    await temp.store.snapshot();
    expect(await listBackups(temp.dir)).toEqual([]);
  });
});
