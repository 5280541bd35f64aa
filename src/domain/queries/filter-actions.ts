import type { Action, Person, StoreData } from '../../../storage/schema';
import { ownerKeysForPerson, ownerKeysForQuery, ownerMatches } from './resolve-owner';

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
  const ownerKeys = filter.owner ? ownerKeysForQuery(data, filter.owner) : undefined;
  const personKeys = filter.person ? ownerKeysForPerson(data, filter.person) : undefined;
  const committee = filter.committee?.toLowerCase();
  const matches = data.actions.filter(
    (a) =>
      statusMatches(a, filter.status, today) &&
      (!committee || a.committee.toLowerCase() === committee) &&
      (!ownerKeys || ownerMatches(a.owner, ownerKeys)) &&
      (!personKeys || ownerMatches(a.owner, personKeys)) &&
      (!filter.proposals || a.proposals.some((ref) => filter.proposals!.includes(ref))),
  );
  return matches.sort(filter.status === 'closed' ? byClosedDesc : byDueThenRef);
}

function statusMatches(action: Action, status: ActionStatusFilter, today: string): boolean {
  if (status === 'all') return true;
  if (status === 'closed') return action.status === 'Closed';
  if (status === 'overdue') return isOverdue(action, today);
  return action.status === 'Open';
}

export function compareActionRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function byDueThenRef(a: Action, b: Action): number {
  if (a.due !== b.due) return a.due === undefined ? 1 : b.due === undefined ? -1 : a.due.localeCompare(b.due);
  return compareActionRefs(a.ref, b.ref);
}

function byClosedDesc(a: Action, b: Action): number {
  return (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || compareActionRefs(a.ref, b.ref);
}
