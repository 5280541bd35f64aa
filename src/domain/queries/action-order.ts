import type { Action } from '../../../storage/schema';
import { byCodePoint } from '../code-point-order';

export type ActionStatusFilter = 'open' | 'overdue' | 'closed' | 'all';

/** How a list of actions is sorted: by due date (open and all), or most recently closed first. */
export type ActionOrder = 'due' | 'closed';

/** Overdue = open with a due date before today (YYYY-MM-DD, London). */
export function isOverdue(action: Action, today: string): boolean {
  return action.status === 'Open' && action.due !== undefined && action.due < today;
}

export function statusMatches(action: Action, status: ActionStatusFilter, today: string): boolean {
  if (status === 'all') return true;
  if (status === 'closed') return action.status === 'Closed';
  if (status === 'overdue') return isOverdue(action, today);
  return action.status === 'Open';
}

/** Natural sort keys, remembered per (frozen, shared) action object. */
const refKeys = new WeakMap<Action, string>();

function refKey(action: Action): string {
  let key = refKeys.get(action);
  if (key === undefined) {
    key = action.ref.replace(/\d+/g, (digits) => digits.padStart(8, '0'));
    refKeys.set(action, key);
  }
  return key;
}

/** "CSC 9/01" before "CSC 12/01". */
export function compareActionRefs(a: Action, b: Action): number {
  const [x, y] = [refKey(a), refKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function byDueThenRef(a: Action, b: Action): number {
  if (a.due !== b.due) return a.due === undefined ? 1 : b.due === undefined ? -1 : byCodePoint(a.due, b.due);
  return compareActionRefs(a, b);
}

export function byClosedDesc(a: Action, b: Action): number {
  return byCodePoint(b.closedOn ?? '', a.closedOn ?? '') || compareActionRefs(a, b);
}

/** A sorted copy: due date then reference, or most recently closed first. */
export function sortActions(actions: readonly Action[], order: ActionOrder): Action[] {
  return [...actions].sort(order === 'closed' ? byClosedDesc : byDueThenRef);
}
