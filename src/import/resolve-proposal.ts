import { findProposal } from '../domain/queries/find-proposal';
import { parseProposalRef } from '../domain/references';
import type { Proposal, StoreData } from '../../storage/schema';

/**
 * The store's proposal a document means. Beyond findProposal (which maps DP118 to a converted MP118),
 * a document that already says MP118 finds the store's DP118 that has not been converted yet.
 */
export function resolveProposal(draft: Readonly<StoreData>, ref: string): Proposal | undefined {
  const found = findProposal(draft, ref)?.proposal;
  if (found) return found;
  const parsed = parseProposalRef(ref);
  if (parsed?.kind !== 'MP' || parsed.suffix) return undefined;
  return draft.proposals.find((p) => p.ref === `DP${ref.slice(2)}`);
}
