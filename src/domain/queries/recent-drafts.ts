import type { Proposal, StoreData } from '../../../storage/schema';

/** Draft Proposals by the date they were raised, newest first (converted ones included, as their MP). */
export function recentDrafts(data: Readonly<StoreData>, limit: number): Proposal[] {
  return data.proposals
    .filter((p) => p.raisedOn && (p.ref.startsWith('DP') || p.draftRef?.startsWith('DP')))
    .sort((a, b) => b.raisedOn!.localeCompare(a.raisedOn!) || b.ref.localeCompare(a.ref))
    .slice(0, limit);
}
