import type { Proposal, StoreData } from '../../../storage/schema';
import { findProposal, requireProposal as requireFound } from '../queries/find-proposal';

/**
 * The draft's proposal a user means: by its reference, or by the DP reference it was converted
 * from (DP096 finds MP096). Unknown → UserError with the nearest references.
 */
export function requireProposal(draft: StoreData, input: string): Proposal {
  return requireFound(draft, input).proposal;
}

/** The current reference of a proposal mentioned as `ref` (a converted DP maps to its MP); unknown refs are kept. */
export function currentProposalRef(draft: StoreData, ref: string): string {
  return findProposal(draft, ref)?.proposal.ref ?? ref;
}

/** The action with this reference ("CSC 12/01", "csc12/1"); unknown → UserError with the nearest ones. */
export { requireAction } from '../queries/find-action';
