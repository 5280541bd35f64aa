export interface ChangedItems {
  /** Indexes in `next` of items that are not (by identity) in `previous`, in order. */
  added: number[];
  /** Items of `previous` that are no longer (by identity) in `next`, in order. */
  removed: unknown[];
  /** The window between the unchanged prefix and suffix: `previous[start, prevEnd)` became `next[start, nextEnd)`. */
  start: number;
  prevEnd: number;
  nextEnd: number;
}

// One transaction asks about the same pair of arrays several times (validation, audit, journal line,
// freezing): the answers are kept by the pair, weakly on both arrays, so a 10,000-item collection is scanned
// once and neither version is kept alive by the memo. Not WeakRef: V8's young-generation collector treats a
// WeakRef's target as a strong reference, so every version of a collection (and every index built for it)
// would survive into the old generation, to die there: measured, most of what the bot promoted.
const answers = new WeakMap<readonly unknown[], WeakMap<readonly unknown[], ChangedItems>>();

const remember = (previous: readonly unknown[], next: readonly unknown[], result: ChangedItems) => {
  let byPrevious = answers.get(next);
  if (!byPrevious) answers.set(next, (byPrevious = new WeakMap()));
  byPrevious.set(previous, result);
};
const recall = (previous: readonly unknown[], next: readonly unknown[]) => answers.get(next)?.get(previous);

// Where a transaction's draft wrote into an array (see draft.ts): outside [first, last], `next` holds the
// items of `previous` at the same positions. Keyed by the new array, which holds the old one strongly (no
// WeakRef, for the reason above); only the newest version keeps its predecessor, so the chain of versions
// behind the current one is cut at one link instead of keeping every version alive.
interface Written {
  previous: readonly unknown[] | undefined;
  first: number;
  last: number;
}
const written = new WeakMap<readonly unknown[], Written>();

/** Records which positions of `next` (a copy of `previous`) were written: the rest are `previous`'s items. */
export function noteWritten(previous: readonly unknown[], next: readonly unknown[], first: number, last: number): void {
  const older = written.get(previous);
  if (older) older.previous = undefined;
  written.set(next, { previous, first, last });
}

/** The version `next` was made from and the positions written, if a draft recorded them and no later version cut the link. */
export function writtenSince(next: readonly unknown[]): { previous: readonly unknown[]; first: number; last: number } | undefined {
  const hint = written.get(next);
  const previous = hint?.previous;
  return hint && previous ? { previous, first: hint.first, last: hint.last } : undefined;
}

/**
 * Which items of an array changed between two versions of a collection, by identity. Untouched entities
 * keep their identity across a transaction (see draft.ts), so the common prefix and suffix are skipped
 * first and only the window in between is compared: a change to 1 of 10,000 actions looks at 1 item.
 * Callers must not change either array afterwards (store arrays are frozen or about to be).
 */
export function changedItems(previous: readonly unknown[], next: readonly unknown[]): ChangedItems {
  const known = recall(previous, next);
  if (known) return known;
  const result = compare(previous, next);
  remember(previous, next, result);
  return result;
}

/** Records that `copy` (the same items as `next` except new objects where `next` had added ones) compares to `previous` alike. */
export function sameChangesAs(copy: readonly unknown[], previous: readonly unknown[], next: readonly unknown[]): void {
  const known = recall(previous, next);
  if (known) remember(previous, copy, known);
  const hint = written.get(next);
  if (hint) written.set(copy, hint);
}

function compare(previous: readonly unknown[], next: readonly unknown[]): ChangedItems {
  const shortest = Math.min(previous.length, next.length);
  const hint = written.get(next);
  const hinted = hint !== undefined && hint.previous === previous;
  // With the draft's record, the scans start where it wrote instead of walking 10,000 equal items.
  let start = hinted ? Math.min(Math.max(hint.first, 0), shortest) : 0;
  while (start < shortest && previous[start] === next[start]) start++;
  let prevEnd = previous.length;
  let nextEnd = next.length;
  if (hinted && previous.length === next.length) prevEnd = nextEnd = Math.max(start, Math.min(hint.last + 1, next.length));
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
  return { added, removed, start, prevEnd, nextEnd };
}
