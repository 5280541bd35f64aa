import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
  it('copies the file before the first write, then at most once per interval', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(undefined, { clock });
    expect(await listBackups(temp.dir)).toEqual([]);
    const original = await readFile(temp.file, 'utf8');
    await add(1);
    expect(await listBackups(temp.dir)).toEqual(['secbot-2024-03-05T10-00-00-000Z.json']);
    expect(await readFile(path.join(temp.dir, 'backups', 'secbot-2024-03-05T10-00-00-000Z.json'), 'utf8')).toBe(original);
    clock.advance(HOUR - 1);
    const beforeSecond = await readFile(temp.file, 'utf8');
    await add(2);
    expect(await listBackups(temp.dir)).toHaveLength(1);
    clock.advance(1);
    await add(3);
    expect(await listBackups(temp.dir)).toEqual(['secbot-2024-03-05T10-00-00-000Z.json', 'secbot-2024-03-05T11-00-00-000Z.json']);
    const second = await readFile(path.join(temp.dir, 'backups', 'secbot-2024-03-05T11-00-00-000Z.json'), 'utf8');
    expect(JSON.parse(second).actions.map((a: { ref: string }) => a.ref)).toEqual(['CSC 99/1', 'CSC 99/2']);
    expect(second).not.toBe(beforeSecond);
  });

  it('keeps only the newest `keep` backups', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(undefined, { clock, backups: { keep: 3, minIntervalMs: 60_000 } });
    for (let n = 1; n <= 6; n++) {
      await add(n);
      clock.advance(60_000);
    }
    expect(await listBackups(temp.dir)).toEqual([
      'secbot-2024-03-05T10-03-00-000Z.json',
      'secbot-2024-03-05T10-04-00-000Z.json',
      'secbot-2024-03-05T10-05-00-000Z.json',
    ]);
    const newest = JSON.parse(await readFile(path.join(temp.dir, 'backups', 'secbot-2024-03-05T10-05-00-000Z.json'), 'utf8'));
    expect(newest.actions).toHaveLength(5);
  });

  it('keep: 0 turns backups off', async () => {
    temp = await createTempStore(undefined, { backups: { keep: 0 } });
    await add(1);
    expect(await listBackups(temp.dir)).toEqual([]);
  });
});
