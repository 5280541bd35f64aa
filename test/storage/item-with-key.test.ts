import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../storage/memory-store';
import { itemWithKey } from '../../storage/item-with-key';
import type { Action, StoreData } from '../../storage/schema';
import { newAction, smallStore } from './helpers';

type Step = (d: StoreData, k: number) => void;

/** Writes a transaction can make to a collection, including ones that move items (splice, sort, truncate). */
const writes: Step[] = [
  (d, k) => void d.actions.push(newAction(100 + k)),
  (d, k) => void d.actions.splice(k % Math.max(1, d.actions.length), 1),
  (d, k) => void d.actions.splice(k % Math.max(1, d.actions.length), 0, newAction(200 + k)),
  (d) => void d.actions.sort((x, y) => y.ref.localeCompare(x.ref)),
  (d, k) => void (d.actions.length = Math.max(1, d.actions.length - (k % 3))),
  (d, k) => void d.actions.pop(),
  (d, k) => {
    const i = k % Math.max(1, d.actions.length);
    if (d.actions[i]) d.actions[i] = { ...d.actions[i]!, ref: `CSC 98/${k}` };
  },
  (d, k) => {
    const found = itemWithKey(d.actions, 'ref', d.actions[k % Math.max(1, d.actions.length)]?.ref ?? '');
    if (found) found.text = `Changed ${k}`;
  },
];

/** Every reference any version has held (so removed and moved ones are looked up too), and one never used. */
const everSeen = new Set<string>(['CSC 12/34']);
const refsToTry = (data: StoreData, k: number) => {
  for (const action of data.actions) everSeen.add(action.ref);
  const all = [...everSeen];
  return [...data.actions.slice(0, 2).map((a) => a.ref), ...Array.from({ length: 8 }, (_, i) => all[(k * 31 + i * 97) % all.length]!)];
};

describe('itemWithKey: lookup by key in store collections and drafts, carried from version to version', () => {
  it('finds what find() finds, in committed versions and inside transactions, after any mix of writes', async () => {
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const store = createMemoryStore(smallStore());
    for (let round = 0; round < 400; round++) {
      const k = random(1000);
      // Committed (frozen) version, read as commands read it.
      for (const ref of refsToTry(store.read(), k)) {
        expect(itemWithKey(store.read().actions, 'ref', ref)).toBe(store.read().actions.find((a) => a.ref === ref));
      }
      await store.transact({ actor: 'test', command: `round ${round}` }, (d) => {
        for (let step = random(3) + 1; step > 0; step--) {
          writes[random(writes.length)]!(d, random(1000));
          // In the draft, between writes: the same item find() returns (a draft of it, so compare by value).
          for (const ref of refsToTry(d, k)) {
            const viaIndex = itemWithKey(d.actions, 'ref', ref) as Action | undefined;
            const viaFind = d.actions.find((a) => a.ref === ref);
            expect(viaIndex === undefined ? undefined : { ...viaIndex }).toEqual(viaFind === undefined ? undefined : { ...viaFind });
          }
        }
      });
    }
  });

  it('a change made through the item it returns in a transaction is saved', async () => {
    const store = createMemoryStore(smallStore());
    const ref = store.read().actions[5]!.ref;
    await store.transact({ actor: 'test', command: 'close' }, (d) => void (itemWithKey(d.actions, 'ref', ref)!.status = 'Closed'));
    expect(store.read().actions[5]).toMatchObject({ ref, status: 'Closed' });
    expect(itemWithKey(store.read().actions, 'ref', ref)?.status).toBe('Closed');
  });

  it('arrays that are not the store’s (built by hand, unfrozen) are searched plainly', () => {
    const actions = [newAction(1), newAction(2), { ...newAction(3), ref: 'CSC 99/2' }];
    expect(itemWithKey(actions, 'ref', 'CSC 99/2')).toBe(actions[1]);
    actions.splice(1, 1);
    expect(itemWithKey(actions, 'ref', 'CSC 99/2')).toBe(actions[1]);
    expect(itemWithKey(actions, 'ref', 'CSC 99/9')).toBeUndefined();
  });
});
