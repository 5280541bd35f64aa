import type { Action, Person, StoreData } from '../../../storage/schema';
import { actionIndex, mentioning, withStatus } from './action-index';
import { sortActions, statusMatches, type ActionStatusFilter } from './action-order';
import { ownerKeysForPerson, ownerKeysForQuery, ownerMatcher } from './resolve-owner';

export { compareActionRefs, isOverdue, type ActionStatusFilter } from './action-order';

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

export function filterActions(data: Readonly<StoreData>, filter: ActionFilter, today: string): readonly Action[] {
  const ownerOk = filter.owner ? perOwner(ownerMatcher(ownerKeysForQuery(data, filter.owner))) : undefined;
  const personOk = filter.person ? perOwner(ownerMatcher(ownerKeysForPerson(data, filter.person))) : undefined;
  const committee = filter.committee?.toLowerCase();
  const { actions, ofStatus } = candidates(data.actions, filter, today);
  // The index's list of one status is the answer itself: no copy of thousands of actions per request.
  if (ofStatus && !ownerOk && !personOk && !committee && !filter.proposals) return actions;
  return actions.filter(
    (a) =>
      statusMatches(a, filter.status, today) &&
      (!committee || a.committee.toLowerCase() === committee) &&
      (!ownerOk || ownerOk(a.owner)) &&
      (!personOk || personOk(a.owner)) &&
      (!filter.proposals || a.proposals.some((ref) => filter.proposals!.includes(ref))),
  );
}

/**
 * The actions worth testing, already in the answer's order. On the store's frozen data an index gives a
 * narrow list (the few mentioning a proposal, or exactly those of the status); otherwise every action, sorted.
 */
function candidates(actions: readonly Action[], filter: ActionFilter, today: string): { actions: readonly Action[]; ofStatus: boolean } {
  const order = filter.status === 'closed' ? 'closed' : 'due';
  const index = actionIndex(actions);
  if (!index) return { actions: sortActions(actions, order), ofStatus: false };
  if (filter.proposals) return { actions: mentioning(actions, index, order, filter.proposals), ofStatus: false };
  return { actions: withStatus(actions, index, filter.status, today), ofStatus: true };
}

/** Thousands of actions share a few dozen owner texts: decide each text once per query. */
function perOwner(matches: (owner: string) => boolean): (owner: string) => boolean {
  const decided = new Map<string, boolean>();
  return (owner) => {
    let ok = decided.get(owner);
    if (ok === undefined) decided.set(owner, (ok = matches(owner)));
    return ok;
  };
}
