import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../storage/file-store';
import { storeDataSchema } from '../../storage/schema';
import { createTempStore, type TempStore } from '../support/temp-store';
import { bytes, meta, newAction, smallStore } from './helpers';

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

describe('file store', () => {
  it('round trip: what was written is what a new process reads', async () => {
    const data = smallStore();
    temp = await createTempStore(data);
    expect(temp.store.read()).toEqual(data);
    await temp.store.transact(meta('action close CSC 1/01'), (draft) => {
      draft.actions[0]!.status = 'Closed';
      draft.actions.push(newAction(1));
    });
    const expected = temp.store.read();
    await temp.store.close();
    const reopened = await openStore({ file: temp.file, readOnly: true });
    expect(reopened.read()).toEqual(expected);
    expect(reopened.read().actions.at(-1)).toEqual(newAction(1));
    expect(storeDataSchema.safeParse(JSON.parse(await readFile(temp.file, 'utf8'))).success).toBe(true);
  });

  it('50 concurrent transactions are all persisted, in the order they were made', async () => {
    temp = await createTempStore();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => temp!.store.transact(meta(`add ${i}`), (draft) => {
        draft.actions.push(newAction(i));
        return draft.actions.length;
      })),
    );
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // What another process sees: the snapshot plus the journal lines after it.
    const onDisk = await openStore({ file: temp.file, readOnly: true });
    expect(onDisk.read().actions.map((a) => a.ref)).toEqual(Array.from({ length: 50 }, (_, i) => `CSC 99/${i}`));
    expect(onDisk.auditOf().map((e) => e.command)).toEqual(Array.from({ length: 50 }, (_, i) => `add ${i}`));
  });

  it('a mutate that throws changes nothing, in memory or on disk, and later writes still work', async () => {
    temp = await createTempStore(smallStore());
    const before = await bytes(temp.file);
    const readBefore = temp.store.read();
    await expect(temp.store.transact(meta(), (draft) => {
      draft.actions[0]!.status = 'Closed';
      draft.actions.push(newAction(1));
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await bytes(temp.file)).toEqual(before);
    expect(temp.store.read()).toBe(readBefore);
    expect(temp.store.read().actions[0]!.status).toBe(smallStore().actions[0]!.status);
    await temp.store.transact(meta(), (draft) => void draft.actions.push(newAction(2)));
    expect(temp.store.read().actions.map((a) => a.ref)).not.toContain('CSC 99/1');
  });

  it('a change that breaks the schema is refused with the path, and the file is byte-for-byte unchanged', async () => {
    temp = await createTempStore(smallStore());
    const before = await bytes(temp.file);
    const attempt = temp.store.transact(meta(), (draft) => {
      draft.actions[3]!.status = 'Done' as 'Open';
      draft.consultations[0]!.opens = '28 Jun 2023';
    });
    await expect(attempt).rejects.toMatchObject({ name: 'UserError' });
    await expect(attempt).rejects.toThrow(/actions\[3\]\.status: .*"Open"\|"Closed".*consultations\[0\]\.opens: expected a date as YYYY-MM-DD/);
    expect(await bytes(temp.file)).toEqual(before);
    expect(temp.store.read().actions[3]!.status).not.toBe('Done');
  });

  it('a transaction that changes nothing writes nothing and adds no audit entry', async () => {
    temp = await createTempStore(smallStore());
    const { mtimeMs } = await stat(temp.file);
    const before = await bytes(temp.file);
    const first = temp.store.read().actions[0]!;
    const found = await temp.store.transact(meta(), (draft) => {
      const action = draft.actions.find((a) => a.ref === first.ref)!;
      action.status = first.status;
      return action.ref;
    });
    expect(found).toBe(first.ref);
    expect(await bytes(temp.file)).toEqual(before);
    expect((await stat(temp.file)).mtimeMs).toBe(mtimeMs);
    expect(temp.store.auditOf()).toEqual([]);
  });

  it('returns what mutate returned, as plain data even when it is an entity of the draft', async () => {
    temp = await createTempStore(smallStore());
    const action = await temp.store.transact(meta(), (draft) => {
      const found = draft.actions[2]!;
      found.owner = 'DCC';
      return found;
    });
    expect(action).toEqual(temp.store.read().actions[2]);
    expect(action.owner).toBe('DCC');
    expect(() => structuredClone(action)).not.toThrow();
  });

  it('committed data is frozen: changing it outside a transaction throws instead of corrupting the store', async () => {
    temp = await createTempStore(smallStore());
    const data = temp.store.read();
    expect(() => (data.actions as unknown[]).push(newAction(1))).toThrow(TypeError);
    expect(() => ((data.actions[0] as { status: string }).status = 'Closed')).toThrow(TypeError);
  });

  it('entities a transaction added or changed are frozen too, down to their nested lists', async () => {
    temp = await createTempStore(smallStore());
    await temp.store.transact(meta(), (draft) => {
      draft.actions.push(newAction(1));
      draft.actions[0]!.updates.push({ on: '2024-03-05', text: 'Chased', by: 'ops' });
    });
    const data = temp.store.read();
    expect(() => ((data.actions.at(-1) as { status: string }).status = 'Closed')).toThrow(TypeError);
    expect(() => (data.actions[0]!.updates as unknown[]).push({ on: '2024-03-06', text: 'x', by: 'ops' })).toThrow(TypeError);
    expect(() => ((data.actions[0]!.updates.at(-1) as { text: string }).text = 'edited')).toThrow(TypeError);
  });

  it('a read-only store refuses changes with a clear message and takes no lock', async () => {
    temp = await createTempStore(smallStore());
    await temp.store.close();
    const readOnly = await openStore({ file: temp.file, readOnly: true });
    await expect(readOnly.transact(meta(), (d) => void d.actions.push(newAction(1)))).rejects.toThrow(/is open read-only here, so this change was not made/);
    const writer = await openStore({ file: temp.file });
    await writer.close();
  });

  it('close() waits for queued writes and releases the lock; later changes are refused', async () => {
    temp = await createTempStore();
    const pending = temp.store.transact(meta(), (d) => void d.actions.push(newAction(1)));
    await temp.store.close();
    await pending;
    await expect(stat(`${temp.file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(temp.store.transact(meta(), (d) => void d.actions.push(newAction(2)))).rejects.toThrow(/is closed/);
    const again = await openStore({ file: temp.file, readOnly: true });
    expect(again.read().actions.map((a) => a.ref)).toEqual(['CSC 99/1']);
  });

  it('a store whose files vanished under it stops writing, says why, and leaves read() as it was', async () => {
    temp = await createTempStore(smallStore());
    const before = temp.store.read();
    await rm(temp.dir, { recursive: true });
    await expect(temp.store.transact(meta(), (d) => void d.actions.push(newAction(1)))).rejects.toThrow(/This change was not saved: secbot stopped writing to .*secbot\.json because its lock file .* was deleted/);
    expect(temp.store.read()).toBe(before);
    await mkdir(temp.dir);
    await expect(temp.store.transact(meta(), (d) => void d.actions.push(newAction(2)))).rejects.toThrow(/stopped writing/);
  });

  it('an async mutate is refused and nothing is written', async () => {
    temp = await createTempStore();
    const before = await bytes(temp.file);
    await expect(temp.store.transact(meta(), async (d) => void d.actions.push(newAction(1)))).rejects.toThrow(/synchronous/);
    expect(await bytes(temp.file)).toEqual(before);
  });
});
