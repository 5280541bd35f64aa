import type { Decision, Proposal, StoreData } from '../../../storage/schema';
import { requireFactDate } from '../fact-dates';
import { requireProposal } from './find';
import { compact, emitNews, type OperationMeta } from './meta';
import { requireReason } from './stage-history';
import { requireIsoDate } from './validate';

export interface AppealInput {
  ref: string;
  /** Default: meta.today. */
  on?: string;
  /** The grounds of the appeal. */
  reason: string;
}

/**
 * A Self-Governance decision appealed to the Authority: recorded as an appeal (not a decision), which puts
 * the proposal in Authority Determination until the Authority decides (`decide REF … by Authority`).
 * The replay refuses it on any other path, or with no Change Board decision to appeal.
 */
export function appealDecision(draft: StoreData, input: AppealInput, meta: OperationMeta): { proposal: Proposal; appeal: Decision; announced: boolean } {
  const proposal = requireProposal(draft, input.ref);
  const reason = requireReason(input.reason, `appeal ${proposal.ref} reason "the grounds of the appeal"`);
  const on = requireIsoDate(input.on ?? meta.today, 'The date of the appeal');
  requireFactDate(proposal, on, meta.today, 'The date of the appeal');
  const appeal: Decision = compact({ body: 'Authority', outcome: 'Appealed', on, reason, source: meta.source });
  proposal.decisions.push(appeal);
  proposal.stage = 'Authority Determination';
  proposal.updatedAt = meta.at;
  const event = emitNews(draft, meta, on, 'decision.recorded', proposal.ref, { ref: proposal.ref, title: proposal.title, body: 'Authority', outcome: 'Appealed', on, to: proposal.stage, committees: proposal.committees });
  return { proposal, appeal, announced: !!event };
}
