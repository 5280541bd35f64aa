import type { Action } from '../../../storage/schema';
import { isOverdue, sortActions, type ActionOrder, type ActionStatusFilter } from './action-order';
import { sortedActions } from './action-resort';
import { indexPerArray } from './store-index';

interface ActionIndex {
  orders: Partial<Record<ActionOrder, Action[]>>;
  /** Positions in the store's array of the actions that mention each proposal reference. */
  byProposal?: Map<string, number[]>;
  open?: Action[];
  closed?: Action[];
  /** Overdue depends on the day: the last day asked for. */
  overdue?: { today: string; actions: Action[] };
}

/** Per frozen actions array: its sort orders, the open and closed lists, and which actions mention which proposal. */
export const actionIndex = indexPerArray<readonly Action[], ActionIndex>(() => ({ orders: {} }));

function sortedBy(actions: readonly Action[], index: ActionIndex, order: ActionOrder): Action[] {
  return (index.orders[order] ??= sortedActions(actions, order));
}

/** The actions of `status` in their list order (due date, or most recently closed first). */
export function withStatus(actions: readonly Action[], index: ActionIndex, status: ActionStatusFilter, today: string): readonly Action[] {
  if (status === 'all') return sortedBy(actions, index, 'due');
  if (status === 'closed') return (index.closed ??= sortedBy(actions, index, 'closed').filter((a) => a.status === 'Closed'));
  const open = (index.open ??= sortedBy(actions, index, 'due').filter((a) => a.status === 'Open'));
  if (status === 'open') return open;
  if (index.overdue?.today !== today) index.overdue = { today, actions: open.filter((a) => isOverdue(a, today)) };
  return index.overdue.actions;
}

/**
 * The actions mentioning any of `refs`, in list order: a handful out of thousands, found without a scan,
 * and sorted on their own, so the first read after a write need not sort all the actions.
 */
export function mentioning(actions: readonly Action[], index: ActionIndex, order: ActionOrder, refs: readonly string[]): Action[] {
  index.byProposal ??= positionsByProposal(actions);
  const positions = refs.flatMap((ref) => index.byProposal!.get(ref) ?? []);
  const unique = refs.length > 1 ? [...new Set(positions)].sort((a, b) => a - b) : positions;
  return sortActions(unique.map((i) => actions[i]!), order);
}

function positionsByProposal(actions: readonly Action[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let i = 0; i < actions.length; i++) {
    const refs = actions[i]!.proposals;
    for (let j = 0; j < refs.length; j++) {
      const ref = refs[j]!;
      if (j > 0 && refs.indexOf(ref) < j) continue;
      const list = positions.get(ref);
      if (list) list.push(i);
      else positions.set(ref, [i]);
    }
  }
  return positions;
}
