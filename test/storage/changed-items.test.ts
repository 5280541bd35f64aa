import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { changedItems, writtenSince } from '../../storage/changed-items';
import { deepFreeze } from '../../storage/deep-freeze';
import { createDraft } from '../../storage/draft';

describe('changedItems', () => {
  const [a, b, c, d] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('finds the added and removed items between two versions, looking only between the unchanged ends', () => {
    const result = changedItems([a, b, c], [a, d, c]);
    expect(result.added).toEqual([1]);
    expect(result.removed).toEqual([b]);
    expect([result.start, result.prevEnd, result.nextEnd]).toEqual([1, 2, 2]);
  });

  it('answers each pair of versions for itself, even when it was asked about one of them before', () => {
    const next = [a, b, d];
    expect(changedItems([a, b], next).added).toEqual([2]);
    expect(changedItems([a, c], next)).toMatchObject({ added: [1, 2], removed: [c] });
    expect(changedItems([a, b], next).added).toEqual([2]);
  });
});

describe('changedItems after a draft (with the draft’s record of written positions)', () => {
  type Doc = { items: { id: number; n: number }[] };
  const operations: ((d: Doc, k: number) => void)[] = [
    (d, k) => void (d.items[k % d.items.length]!.n += 1),
    (d, k) => void d.items.push({ id: 1000 + k, n: 0 }),
    (d, k) => void d.items.splice(k % d.items.length, 1),
    (d, k) => void d.items.splice(k % d.items.length, 0, { id: 2000 + k, n: 0 }),
    (d) => void d.items.sort((x, y) => y.id - x.id),
    (d, k) => void (d.items.length = Math.max(0, d.items.length - (k % 3))),
    (d, k) => {
      const found = d.items.find((i) => i.id === k % 40);
      if (found) found.n = 7;
    },
    (d, k) => void (d.items[k % d.items.length] = { id: 3000 + k, n: 1 }),
    (d) => void d.items.filter((i) => i.n > 0).forEach((i) => (i.n = 0)),
    (d, k) => void d.items.pop(),
  ];

  it('gives the same answer as comparing the arrays from scratch, for any mix of writes', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 300; round++) {
      const base = deepFreeze({ items: Array.from({ length: 40 }, (_, id) => ({ id, n: 0 })) });
      const { draft, finish } = createDraft<Doc>(base);
      for (let step = random(3) + 1; step > 0; step--) operations[random(operations.length)]!(draft, random(1000));
      const next = finish();
      const hinted = changedItems(base.items, next.items);
      const scratch = changedItems(base.items, [...next.items]);
      expect(hinted.added).toEqual(scratch.added);
      expect(hinted.removed).toEqual(scratch.removed);
    }
  });
});

describe('what the record of written positions keeps alive', () => {
  type Doc = { items: { id: number; n: number }[] };

  it('only the version just before the newest, however many came before (no chain of old versions)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let current = deepFreeze<Doc>({ items: Array.from({ length: 10 }, (_, id) => ({ id, n: 0 })) });
    const versions: WeakRef<object>[] = [];
    for (let k = 0; k < 5; k++) {
      versions.push(new WeakRef(current.items));
      const { draft, finish } = createDraft<Doc>(current);
      draft.items[k]!.n = 1;
      current = deepFreeze(finish());
      expect(changedItems(versions[k]!.deref() as Doc['items'], current.items).added).toEqual([k]);
    }
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(versions.map((version) => version.deref() !== undefined)).toEqual([false, false, false, false, true]);
    expect(writtenSince(current.items)).toEqual({ previous: versions[4]!.deref(), first: 4, last: 4 });
  });
});
