import type { Proposal } from '../../../storage/schema';
import { findCommittee } from '../committees';
import { deciderForPath } from '../transition-rules';

/**
 * The committees a proposal is in front of: those it was shown to, every body that has recorded a
 * decision or view on it ("Modification Report approved by CSC"), and the body that decides its path.
 */
export function committeesOf(proposal: Proposal): Set<string> {
  const ids = new Set(proposal.committees);
  for (const decision of proposal.decisions) {
    const id = findCommittee(decision.body);
    if (id) ids.add(id);
  }
  const decider = deciderForPath(proposal.path);
  const deciderId = decider && findCommittee(decider);
  if (deciderId) ids.add(deciderId);
  return ids;
}
