import type { Action } from '../../../storage/schema';
import { isOverdue, sortActions, type ActionOrder, type ActionStatusFilter } from './action-order';
import { changedPositions, sortedActions } from './action-resort';
import { indexPerArray } from './store-index';

interface ActionIndex {
  orders: Partial<Record<ActionOrder, Action[]>>;
  /** Positions in the store's array of the actions that mention each proposal reference (see proposalPositions). */
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
  if (status === 'closed') return (index.closed ??= sortedActions(actions, 'closed', 'Closed'));
  const open = (index.open ??= sortedActions(actions, 'due', 'Open'));
  if (status === 'open') return open;
  if (index.overdue?.today !== today) index.overdue = { today, actions: open.filter((a) => isOverdue(a, today)) };
  return index.overdue.actions;
}

/**
 * The actions mentioning any of `refs`, in list order: a handful out of thousands, found without a scan,
 * and sorted on their own, so the first read after a write need not sort all the actions.
 */
export function mentioning(actions: readonly Action[], index: ActionIndex, order: ActionOrder, refs: readonly string[]): Action[] {
  index.byProposal ??= proposalPositions(actions);
  const found = new Set<number>();
  for (const ref of refs) {
    for (const i of index.byProposal.get(ref) ?? []) if (i < actions.length && actions[i]!.proposals.includes(ref)) found.add(i);
  }
  return sortActions([...found].sort((a, b) => a - b).map((i) => actions[i]!), order);
}

/** The last positions map and the actions array it was last brought up to date for. */
let carried: { actions: readonly Action[]; positions: Map<string, number[]> } | undefined;

/**
 * Proposal reference → positions of the actions that mention it. A write keeps the array's order (it
 * replaces the actions it changes and appends new ones), so the map of the previous version is carried
 * forward by adding the changed positions, instead of being built again over 10,000 actions after every
 * change (0.5 MB of garbage each time). Positions are only ever added, so the map may list a position whose
 * action no longer mentions the reference: readers check each one (above). Any other change builds anew.
 */
function proposalPositions(actions: readonly Action[]): Map<string, number[]> {
  const changed = carried && changedPositions(carried.actions, actions);
  const positions = changed ? carried!.positions : new Map<string, number[]>();
  for (const i of changed ?? actions.keys()) {
    for (const ref of actions[i]!.proposals) {
      const list = positions.get(ref);
      if (!list) positions.set(ref, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  }
  carried = { actions, positions };
  return positions;
}
