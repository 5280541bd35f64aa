import type { Action, Person, StoreData } from '../../../storage/schema';
import { ownerKeysForPerson, ownerKeysForQuery, ownerMatcher } from './resolve-owner';

export type ActionStatusFilter = 'open' | 'overdue' | 'closed' | 'all';

export interface ActionFilter {
  status: ActionStatusFilter;
  /** Canonical committee id, e.g. "CSC". */
  committee?: string;
  /** Owner as typed: a name, initials or organisation. */
  owner?: string;
  /** Only actions this person owns: by name, initials, alias or their organisation. */
  person?: Person;
  /** Only actions that mention one of these proposal references (an MP and the DP it was). */
  proposals?: readonly string[];
}

/** Overdue = open with a due date before today (YYYY-MM-DD, London). */
export function isOverdue(action: Action, today: string): boolean {
  return action.status === 'Open' && action.due !== undefined && action.due < today;
}

export function filterActions(data: Readonly<StoreData>, filter: ActionFilter, today: string): Action[] {
  const ownerOk = filter.owner ? ownerMatcher(ownerKeysForQuery(data, filter.owner)) : undefined;
  const personOk = filter.person ? ownerMatcher(ownerKeysForPerson(data, filter.person)) : undefined;
  const committee = filter.committee?.toLowerCase();
  return sortedActions(data.actions, filter.status === 'closed' ? 'closed' : 'due').filter(
    (a) =>
      statusMatches(a, filter.status, today) &&
      (!committee || a.committee.toLowerCase() === committee) &&
      (!ownerOk || ownerOk(a.owner)) &&
      (!personOk || personOk(a.owner)) &&
      (!filter.proposals || a.proposals.some((ref) => filter.proposals!.includes(ref))),
  );
}

/** Sorted once per actions array: the store replaces the array on every write, so this never goes stale. */
const sortedCache = new WeakMap<readonly Action[], Partial<Record<'due' | 'closed', Action[]>>>();

function sortedActions(actions: readonly Action[], order: 'due' | 'closed'): Action[] {
  let entry = sortedCache.get(actions);
  if (!entry) sortedCache.set(actions, (entry = {}));
  return (entry[order] ??= [...actions].sort(order === 'closed' ? byClosedDesc : byDueThenRef));
}

function statusMatches(action: Action, status: ActionStatusFilter, today: string): boolean {
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

function byDueThenRef(a: Action, b: Action): number {
  if (a.due !== b.due) return a.due === undefined ? 1 : b.due === undefined ? -1 : a.due.localeCompare(b.due);
  return compareActionRefs(a, b);
}

function byClosedDesc(a: Action, b: Action): number {
  return (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || compareActionRefs(a, b);
}
