import type { Action } from '../../../storage/schema';
import { byClosedDesc, byDueThenRef, sortActions, type ActionOrder } from './action-order';

/** More changed positions than this, and sorting everything again is simpler and about as quick. */
const MAX_CHANGED = 64;

/** The last sorted list computed for each order (and for each status within it), to derive the next one from. */
const last = new Map<string, { actions: readonly Action[]; sorted: readonly Action[] }>();

/**
 * The sorted order of a (frozen) actions array, or of only its open or closed actions. A write keeps the
 * array's order, replacing the actions it changes and appending new ones, so the previous list minus the
 * old versions plus the new ones (merged in by one pass) is the same as sorting all 10,000 again and
 * filtering them, at a fraction of the cost and with one new array instead of three.
 */
export function sortedActions(actions: readonly Action[], order: ActionOrder, status?: Action['status']): Action[] {
  const key = status ? `${order}:${status}` : order;
  const keep = status ? (a: Action) => a.status === status : undefined;
  const compare = order === 'closed' ? byClosedDesc : byDueThenRef;
  const previous = last.get(key);
  const sorted = (previous && resort(previous.actions, previous.sorted, actions, compare, keep)) ?? fullSort(actions, order, keep);
  last.set(key, { actions, sorted });
  return sorted;
}

function fullSort(actions: readonly Action[], order: ActionOrder, keep: ((a: Action) => boolean) | undefined): Action[] {
  return sortActions(keep ? actions.filter(keep) : actions, order);
}

/** Undefined when the change is not a few replaced or appended actions, or a tie would need positions. */
function resort(before: readonly Action[], sortedBefore: readonly Action[], after: readonly Action[], compare: (a: Action, b: Action) => number, keep = (_: Action) => true): Action[] | undefined {
  const changed = changedPositions(before, after);
  if (!changed) return undefined;
  const gone = new Set<Action>();
  for (const i of changed) if (i < before.length && keep(before[i]!)) gone.add(before[i]!);
  const added = changed.map((i) => after[i]!).filter(keep).sort(compare);
  for (let k = 1; k < added.length; k++) if (compare(added[k - 1]!, added[k]!) === 0) return undefined;
  const sorted: Action[] = [];
  let removed = 0;
  let k = 0;
  for (const action of sortedBefore) {
    if (gone.has(action)) {
      removed++;
      continue;
    }
    while (k < added.length && compare(added[k]!, action) < 0) sorted.push(added[k++]!);
    if (k < added.length && compare(added[k]!, action) === 0) return undefined;
    sorted.push(action);
  }
  while (k < added.length) sorted.push(added[k++]!);
  return removed === gone.size ? sorted : undefined;
}

/**
 * The positions of `after` that differ from `before` when `after` is `before` with a few actions replaced or
 * appended (as a write makes it); undefined for anything else (removals, reordering, many changes).
 */
export function changedPositions(before: readonly Action[], after: readonly Action[]): number[] | undefined {
  if (after.length < before.length || after.length - before.length > MAX_CHANGED) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i] && changed.push(i) > MAX_CHANGED) return undefined;
  for (let i = before.length; i < after.length; i++) changed.push(i);
  return changed;
}
