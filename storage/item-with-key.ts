import { writtenSince } from './changed-items';
import { draftArrayView } from './draft';

type Item = Record<string, unknown>;
type Positions = Map<unknown, number>;
/** One change to a collection: `next` holds `previous`'s items outside positions first..last. */
type Step = { previous: readonly Item[]; next: readonly Item[]; first: number; last: number };

/**
 * Each frozen collection's positions by key field (actions by `ref`, …). A change makes a new array that
 * differs from its predecessor only where the draft wrote, so the predecessor's positions are moved to it
 * and corrected there: a lookup costs O(1) and a change O(positions written), not a scan of 10,000 items.
 */
const positionsByArray = new WeakMap<readonly unknown[], Map<string, Positions>>();

/** How many versions back to look for positions to carry forward before building them afresh. */
const CARRY_DEPTH = 8;

/**
 * The first item whose `field` is `key`, as `items.find((i) => i[field] === key)` would return it, in a
 * store collection or a transaction's draft of one (then the item's draft, ready to change). Arrays that
 * are neither (data built by hand) are scanned.
 */
export function itemWithKey<T extends object>(items: readonly T[], field: keyof T & string, key: string): T | undefined {
  const view = draftArrayView(items);
  const base = (view?.base ?? items) as readonly Item[];
  const positions = positionsOf(base, field);
  if (!positions) return items.find((item) => (item as Item)[field] === key);
  const at = positions.get(key);
  // Never trust a position blindly: one that does not hold the key means the positions went wrong, so rebuild.
  if (at !== undefined && base[at]?.[field] !== key) {
    positionsByArray.get(base)?.delete(field);
    return items.find((item) => (item as Item)[field] === key);
  }
  if (!view) return at === undefined ? undefined : items[at];
  const current = view.current as readonly Item[];
  // Outside the positions this draft wrote, it holds its base's items.
  if (at !== undefined && (at < view.first || at > view.last) && at < current.length) return items[at];
  for (let i = view.first; i <= Math.min(view.last, current.length - 1); i++) if (current[i]?.[field] === key) return items[i];
  return undefined;
}

function positionsOf(items: readonly Item[], field: string): Positions | undefined {
  if (!Object.isFrozen(items)) return undefined;
  let byField = positionsByArray.get(items);
  if (!byField) positionsByArray.set(items, (byField = new Map()));
  let positions = byField.get(field);
  if (!positions) byField.set(field, (positions = carried(items, field) ?? build(items, field)));
  return positions;
}

function build(items: readonly Item[], field: string): Positions {
  const positions: Positions = new Map();
  for (let i = 0; i < items.length; i++) {
    const key = items[i]?.[field];
    if (!positions.has(key)) positions.set(key, i);
  }
  return positions;
}

/** Takes an earlier version's positions (it loses them: they are corrected for this one) and applies the writes since. */
function carried(items: readonly Item[], field: string): Positions | undefined {
  const steps: Step[] = [];
  let next = items;
  for (let depth = 0; depth < CARRY_DEPTH; depth++) {
    const since = writtenSince(next);
    if (!since) return undefined;
    const previous = since.previous as readonly Item[];
    steps.unshift({ previous, next, first: since.first, last: since.last });
    const found = positionsByArray.get(previous)?.get(field);
    if (found) {
      positionsByArray.get(previous)!.delete(field);
      for (const step of steps) correct(found, step, field);
      return found;
    }
    next = previous;
  }
  return undefined;
}

function correct(positions: Positions, step: Step, field: string): void {
  const { previous, next, first } = step;
  // A length change moves items at and after the written positions: correct up to the longer end.
  const last = previous.length === next.length ? step.last : Math.max(step.last, previous.length - 1, next.length - 1);
  for (let i = first; i <= Math.min(last, previous.length - 1); i++) {
    const key = previous[i]?.[field];
    if (positions.get(key) === i) positions.delete(key);
  }
  for (let i = first; i <= Math.min(last, next.length - 1); i++) {
    const key = next[i]?.[field];
    const known = positions.get(key);
    if (known === undefined || known > i || next[known]?.[field] !== key) positions.set(key, i);
  }
}
