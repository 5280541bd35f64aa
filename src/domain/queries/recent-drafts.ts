import type { Proposal, StoreData } from '../../../storage/schema';
import { byCodePoint } from '../code-point-order';

/** Draft Proposals by the date they were raised, newest first (converted ones included, as their MP). */
export function recentDrafts(data: Readonly<StoreData>, limit: number): Proposal[] {
  return data.proposals
    .filter((p) => p.raisedOn && (p.ref.startsWith('DP') || p.draftRef?.startsWith('DP')))
    .sort((a, b) => byCodePoint(b.raisedOn!, a.raisedOn!) || byCodePoint(b.ref, a.ref))
    .slice(0, limit);
}
