import { describe, expect, it } from 'vitest';
import { changedItems } from '../../storage/changed-items';

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
