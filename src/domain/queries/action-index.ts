import type { Action } from '../../../storage/schema';
import { isOverdue, sortActions, type ActionOrder, type ActionStatusFilter } from './action-order';
import { indexPerArray } from './store-index';

interface SortedActions {
  sorted: Action[];
  /** Positions in `sorted` of the actions that mention each proposal reference; built on first use. */
  byProposal?: Map<string, number[]>;
}

interface ActionIndex {
  orders: Partial<Record<ActionOrder, SortedActions>>;
  open?: Action[];
  closed?: Action[];
  /** Overdue depends on the day: the last day asked for. */
  overdue?: { today: string; actions: Action[] };
}

/** Per frozen actions array: its sort orders, the open and closed lists, and which actions mention which proposal. */
export const actionIndex = indexPerArray<readonly Action[], ActionIndex>(() => ({ orders: {} }));

function sortedBy(actions: readonly Action[], index: ActionIndex, order: ActionOrder): SortedActions {
  return (index.orders[order] ??= { sorted: sortActions(actions, order) });
}

/** The actions of `status` in their list order (due date, or most recently closed first). */
export function withStatus(actions: readonly Action[], index: ActionIndex, status: ActionStatusFilter, today: string): readonly Action[] {
  if (status === 'all') return sortedBy(actions, index, 'due').sorted;
  if (status === 'closed') return (index.closed ??= sortedBy(actions, index, 'closed').sorted.filter((a) => a.status === 'Closed'));
  const open = (index.open ??= sortedBy(actions, index, 'due').sorted.filter((a) => a.status === 'Open'));
  if (status === 'open') return open;
  if (index.overdue?.today !== today) index.overdue = { today, actions: open.filter((a) => isOverdue(a, today)) };
  return index.overdue.actions;
}

/** The actions mentioning any of `refs`, in list order: a handful out of thousands, found without a scan. */
export function mentioning(actions: readonly Action[], index: ActionIndex, order: ActionOrder, refs: readonly string[]): Action[] {
  const entry = sortedBy(actions, index, order);
  entry.byProposal ??= positionsByProposal(entry.sorted);
  const positions = refs.flatMap((ref) => entry.byProposal!.get(ref) ?? []);
  const unique = refs.length > 1 ? [...new Set(positions)].sort((a, b) => a - b) : positions;
  return unique.map((i) => entry.sorted[i]!);
}

function positionsByProposal(sorted: readonly Action[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  sorted.forEach((action, i) => {
    for (const ref of new Set(action.proposals)) {
      const list = positions.get(ref);
      if (list) list.push(i);
      else positions.set(ref, [i]);
    }
  });
  return positions;
}
