import type { Proposal, StoreData } from '../../../storage/schema';
import { groupBy, indexPerArray } from './store-index';

interface ProposalIndex {
  /** The first proposal with each reference, as `find` would return it. */
  byRef: Map<string, Proposal>;
  byDraftRef: Map<string, Proposal>;
  /** References of the proposals naming each parent, in array order. */
  childRefs: Map<string, string[]>;
  sortedByRef?: Proposal[];
}

function firstBy(proposals: readonly Proposal[], key: (p: Proposal) => string | undefined): Map<string, Proposal> {
  const map = new Map<string, Proposal>();
  for (const p of proposals) {
    const k = key(p);
    if (k !== undefined && !map.has(k)) map.set(k, p);
  }
  return map;
}

const proposalIndex = indexPerArray<readonly Proposal[], ProposalIndex>((proposals) => {
  const children = groupBy(proposals.filter((p) => p.parent !== undefined), (p) => p.parent!);
  return {
    byRef: firstBy(proposals, (p) => p.ref),
    byDraftRef: firstBy(proposals, (p) => p.draftRef),
    childRefs: new Map([...children].map(([parent, list]) => [parent, list.map((p) => p.ref)])),
  };
});

/** The proposal with this exact canonical reference. */
export function proposalWithRef(data: Readonly<StoreData>, ref: string): Proposal | undefined {
  const index = proposalIndex(data.proposals);
  return index ? index.byRef.get(ref) : data.proposals.find((p) => p.ref === ref);
}

/** The proposal that was raised as this Draft Proposal and has since been converted. */
export function proposalWithDraftRef(data: Readonly<StoreData>, draftRef: string): Proposal | undefined {
  const index = proposalIndex(data.proposals);
  return index ? index.byDraftRef.get(draftRef) : data.proposals.find((p) => p.draftRef === draftRef);
}

/** References of the proposals whose parent is `ref`, in store order. */
export function childRefsOf(data: Readonly<StoreData>, ref: string): string[] {
  const index = proposalIndex(data.proposals);
  return index ? [...(index.childRefs.get(ref) ?? [])] : data.proposals.filter((p) => p.parent === ref).map((p) => p.ref);
}

/** Every proposal sorted by reference (the order of `list`). */
export function proposalsByRef(data: Readonly<StoreData>): readonly Proposal[] {
  const index = proposalIndex(data.proposals);
  const sort = () => [...data.proposals].sort((a, b) => a.ref.localeCompare(b.ref));
  return index ? (index.sortedByRef ??= sort()) : sort();
}
