import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../storage/deep-freeze';
import { createDraft, isDraft } from '../../storage/draft';

type Doc = { items: { id: string; tags: string[]; n?: number }[]; meta: { name: string }; list: number[] };

function base(): Doc {
  return deepFreeze({ items: [{ id: 'a', tags: ['x'] }, { id: 'b', tags: [] }, { id: 'c', tags: ['y', 'z'] }], meta: { name: 'doc' }, list: [3, 1, 2] });
}

describe('copy-on-write drafts', () => {
  it('changes only what was written, shares everything else with the base, and leaves the base alone', () => {
    const original = base();
    const snapshot = JSON.stringify(original);
    const { draft, finish } = createDraft(original);
    draft.items[1]!.tags.push('new');
    const next = finish();
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(next.items[1]).toEqual({ id: 'b', tags: ['new'] });
    expect(next).not.toBe(original);
    expect(next.items).not.toBe(original.items);
    expect(next.items[0]).toBe(original.items[0]);
    expect(next.items[2]).toBe(original.items[2]);
    expect(next.meta).toBe(original.meta);
  });

  it('returns the base itself when the draft was only read, or written with the same values', () => {
    const original = base();
    const { draft, finish } = createDraft(original);
    expect(draft.items.find((i) => i.id === 'c')!.tags).toEqual(['y', 'z']);
    draft.meta.name = 'doc';
    draft.items[0] = draft.items[0]!;
    expect(finish()).toBe(original);
  });

  it('supports the array methods commands use: push, splice, sort, filter and reassign, length', () => {
    const original = base();
    const { draft, finish } = createDraft(original);
    draft.list.sort((a, b) => a - b);
    draft.items.splice(0, 1);
    draft.items = draft.items.filter((i) => i.id !== 'c');
    draft.items.push({ id: 'd', tags: [] });
    draft.items[0]!.n = 5;
    draft.list.length = 2;
    const next = finish();
    expect(next).toEqual({ items: [{ id: 'b', tags: [], n: 5 }, { id: 'd', tags: [] }], meta: { name: 'doc' }, list: [1, 2] });
    expect(Array.isArray(next.items) && !isDraft(next.items) && !isDraft(next.items[0])).toBe(true);
  });

  it('searches test the plain items, see earlier changes, and make drafts only of what they return', () => {
    const original = base();
    const { draft, finish } = createDraft(original);
    draft.items[2]!.id = 'c2';
    const tested: boolean[] = [];
    const found = draft.items.find((i) => (tested.push(isDraft(i)), i.id === 'c2'));
    expect(tested).toEqual([false, false, true]); // untouched items are tested as they are, the changed one as its draft
    expect(draft.items.find((i) => i.id === 'c')).toBeUndefined();
    found!.tags.push('found');
    for (const item of draft.items.filter((i) => i.tags.length === 0)) item.n = 1;
    expect(draft.items.findIndex((i) => i.id === 'b')).toBe(1);
    expect(() => draft.items.find((i) => ((i as { n?: number }).n = 2))).toThrow(TypeError); // a search must not write
    expect(draft.items.findLast((i) => i.tags.includes('x'))?.id).toBe('a');
    expect(draft.items.findLastIndex((i) => i.id === 'zz')).toBe(-1);
    expect(draft.items.some((i) => i.n === 1)).toBe(true);
    expect(draft.items.every((i) => i.id.length >= 1)).toBe(true);
    const next = finish();
    expect(next.items).toEqual([{ id: 'a', tags: ['x'] }, { id: 'b', tags: [], n: 1 }, { id: 'c2', tags: ['y', 'z', 'found'] }]);
    expect(next.items[0]).toBe(original.items[0]);
  });

  it('drafts placed inside new objects are replaced by plain values when finished', () => {
    const original = base();
    const { draft, finish } = createDraft(original);
    draft.items.push({ id: 'copy', tags: draft.items[2]!.tags });
    const next = finish();
    expect(isDraft(next.items[3]!.tags)).toBe(false);
    expect(next.items[3]!.tags).toBe(original.items[2]!.tags);
  });

  it('spread, keys, JSON and `in` see the draft as plain data', () => {
    const { draft } = createDraft(base());
    draft.items[0]!.n = 1;
    expect({ ...draft.items[0] }).toEqual({ id: 'a', tags: ['x'], n: 1 });
    expect(Object.keys(draft.meta)).toEqual(['name']);
    expect('n' in draft.items[0]!).toBe(true);
    expect(JSON.parse(JSON.stringify(draft.items))[0]).toEqual({ id: 'a', tags: ['x'], n: 1 });
    delete draft.items[0]!.n;
    expect('n' in draft.items[0]!).toBe(false);
  });

  it('a draft kept after its transaction can be read but not written', () => {
    const { draft, finish } = createDraft(base());
    const kept = draft.items[0]!;
    kept.n = 2;
    finish();
    expect(kept.n).toBe(2);
    expect(() => (kept.n = 3)).toThrow(/finished transaction/);
  });
});
