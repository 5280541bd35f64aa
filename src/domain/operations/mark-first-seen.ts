import type { OperationMeta } from './meta';
import type { Proposal } from '../../../storage/schema';

/**
 * The importer's note that the proposal's latest stage date is only when a document first showed the
 * stage (a register page with no start date, or the document's own date), so status and history say
 * "first seen" rather than "since".
 */
export function markStageFirstSeen(proposal: Proposal, meta: OperationMeta): void {
  const entry = proposal.stageHistory.at(-1);
  if (!entry || entry.firstSeen) return;
  entry.firstSeen = true;
  proposal.updatedAt = meta.at;
}
