export interface ChangedItems {
  /** Indexes in `next` of items that are not (by identity) in `previous`, in order. */
  added: number[];
  /** Items of `previous` that are no longer (by identity) in `next`, in order. */
  removed: unknown[];
}

/**
 * Which items of an array changed between two versions of a collection, by identity. Untouched entities
 * keep their identity across a transaction (see draft.ts), so the common prefix and suffix are skipped
 * first and only the window in between is compared: a change to 1 of 10,000 actions looks at 1 item.
 */
export function changedItems(previous: readonly unknown[], next: readonly unknown[]): ChangedItems {
  let start = 0;
  const shortest = Math.min(previous.length, next.length);
  while (start < shortest && previous[start] === next[start]) start++;
  let prevEnd = previous.length;
  let nextEnd = next.length;
  while (prevEnd > start && nextEnd > start && previous[prevEnd - 1] === next[nextEnd - 1]) {
    prevEnd--;
    nextEnd--;
  }
  const before = new Set<unknown>();
  for (let i = start; i < prevEnd; i++) before.add(previous[i]);
  const after = new Set<unknown>();
  const added: number[] = [];
  for (let i = start; i < nextEnd; i++) {
    after.add(next[i]);
    if (!before.has(next[i]) || !(i in next)) added.push(i);
  }
  const removed = [...before].filter((item) => !after.has(item));
  return { added, removed };
}
