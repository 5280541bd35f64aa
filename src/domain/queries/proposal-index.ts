import { itemWithKey } from '../../../storage/item-with-key';
import type { Proposal, StoreData } from '../../../storage/schema';
import { groupBy, indexPerArray } from './store-index';
import { byCodePoint } from '../code-point-order';

interface ProposalIndex {
  /** References of the proposals naming each parent, in array order. */
  childRefs: Map<string, string[]>;
  sortedByRef?: Proposal[];
}

const proposalIndex = indexPerArray<readonly Proposal[], ProposalIndex>((proposals) => {
  const children = groupBy(proposals.filter((p) => p.parent !== undefined), (p) => p.parent!);
  return {
    childRefs: new Map([...children].map(([parent, list]) => [parent, list.map((p) => p.ref)])),
  };
});

/** The proposal with this exact canonical reference (in a transaction's draft too, ready to change). */
export function proposalWithRef(data: Readonly<StoreData>, ref: string): Proposal | undefined {
  return itemWithKey(data.proposals, 'ref', ref);
}

/** The proposal that was raised as this Draft Proposal and has since been converted. */
export function proposalWithDraftRef(data: Readonly<StoreData>, draftRef: string): Proposal | undefined {
  return itemWithKey(data.proposals, 'draftRef', draftRef);
}

/** References of the proposals whose parent is `ref`, in store order. */
export function childRefsOf(data: Readonly<StoreData>, ref: string): string[] {
  const index = proposalIndex(data.proposals);
  return index ? [...(index.childRefs.get(ref) ?? [])] : data.proposals.filter((p) => p.parent === ref).map((p) => p.ref);
}

/** Every proposal sorted by reference (the order of `list`). */
export function proposalsByRef(data: Readonly<StoreData>): readonly Proposal[] {
  const index = proposalIndex(data.proposals);
  const sort = () => [...data.proposals].sort((a, b) => byCodePoint(a.ref, b.ref));
  return index ? (index.sortedByRef ??= sort()) : sort();
}
