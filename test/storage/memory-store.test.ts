import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../storage/memory-store';
import { meta, newAction, smallStore } from './helpers';

describe('memory store', () => {
  it('validates, audits and freezes exactly like the file store', async () => {
    const store = createMemoryStore(smallStore(), () => new Date('2024-03-05T10:00:00Z'));
    await store.transact(meta('action add'), (d) => void d.actions.push(newAction(1)));
    expect(store.auditOf()).toEqual([{ at: '2024-03-05T10:00:00.000Z', actor: 'slack:U123', command: 'action add', changes: [{ collection: 'actions', id: 'CSC 99/1', after: newAction(1) }] }]);
    await expect(store.transact(meta(), (d) => void (d.actions[0]!.due = 'tomorrow'))).rejects.toThrow(/actions\[0\]\.due: expected a date as YYYY-MM-DD/);
    expect(store.read().actions[0]!.due).toBe(smallStore().actions[0]!.due);
    expect(() => ((store.read().actions[0] as { owner: string }).owner = 'x')).toThrow(TypeError);
  });

  it('a throwing mutate leaves the data as it was', async () => {
    const store = createMemoryStore(smallStore());
    const before = store.read();
    await expect(store.transact(meta(), (d) => {
      d.actions.length = 0;
      throw new Error('no');
    })).rejects.toThrow('no');
    expect(store.read()).toBe(before);
    expect(store.read().actions.length).toBe(smallStore().actions.length);
  });
});
