import { UserError } from '../../core/errors';
import type { Decision, Proposal, StoreData } from '../../../storage/schema';
import { committeeName, normaliseCommittee } from '../committees';
import { formatDate } from '../dates';
import { checkDecision, DECIDING_BODY_IDS } from '../decision-rules';
import { requireFactDate } from '../fact-dates';
import { deciderForPath } from '../transition-rules';
import { moveToStage } from './advance-stage';
import { requireProposal } from './find';
import { compact, emitNews, type OperationMeta } from './meta';
import { applyVerdict, correctionNote, requireNotBeforeCurrent } from './stage-history';
import { requireIsoDate } from './validate';

export type DecisionOutcome = 'approved' | 'rejected';

export interface RecordDecisionInput {
  ref: string;
  outcome: DecisionOutcome;
  /** A body's name or id: "Change Board", "Authority", "Panel"; default: the body that decides the proposal's path. */
  by?: string;
  /** Default: meta.today. */
  on?: string;
  text?: string;
  /** A change-team correction of an earlier decision, with its reason: recorded even if it contradicts the record. */
  correction?: string;
}

export interface DecisionResult {
  proposal: Proposal;
  decision: Decision;
  /** Set when the decision moved the proposal to another stage. */
  stageChange?: { from: string; to: string };
  warnings: string[];
  /** False when recorded quietly (dated too far back to be news). */
  announced: boolean;
}

/**
 * Record a decision by the body that decides the proposal's path: rejected → Rejected, approved →
 * Pending Implementation. One `decision.recorded` event (when current) carries any stage change.
 */
export function recordDecision(draft: StoreData, input: RecordDecisionInput, meta: OperationMeta): DecisionResult {
  const proposal = requireProposal(draft, input.ref);
  const bodyId = normaliseCommittee(input.by?.trim() || deciderForPath(proposal.path) || 'Change Board');
  const on = requireIsoDate(input.on ?? meta.today, 'The decision date');
  const outcome = toOutcome(input.outcome);
  requireFactDate(proposal, on, meta.today, 'The decision date');
  const warnings: string[] = [];
  if (input.correction === undefined) {
    warnings.push(...applyVerdict(checkDecision(proposal, outcome, bodyId), meta));
    warnings.push(...requireNotBeforeCurrent(proposal, on, meta, `decide ${proposal.ref} ${input.outcome} on DATE correct "the reason"`));
  }
  const text = correctionNote(input.correction, input.text);
  const decision: Decision = compact({ body: committeeName(bodyId), outcome, on, text, source: meta.source });
  refuseDuplicate(proposal, decision);
  proposal.decisions.push(decision);
  proposal.updatedAt = meta.at;
  const stageChange = applyStage(proposal, decision, bodyId, meta, input.correction);
  const event = emitNews(draft, meta, on, 'decision.recorded', proposal.ref, {
    ref: proposal.ref, title: proposal.title, body: decision.body, outcome, on, from: stageChange?.from, to: stageChange?.to, committees: proposal.committees,
  });
  return compact({ proposal, decision, stageChange, warnings, announced: !!event });
}

function toOutcome(value: string): string {
  const word = value.trim().toLowerCase();
  if (word === 'approved') return 'Approved';
  if (word === 'rejected') return 'Rejected';
  throw new UserError(`"${value}" is not a decision.`, 'Use approved or rejected, e.g. decide MP167B approved by "Change Board".');
}

function refuseDuplicate(proposal: Proposal, decision: Decision): void {
  const same = proposal.decisions.some((d) => d.body === decision.body && d.outcome === decision.outcome && d.on === decision.on);
  if (same) {
    throw new UserError(`${proposal.ref} already has "${decision.outcome} by ${decision.body}" on ${formatDate(decision.on)}.`, `See it with: status ${proposal.ref}.`);
  }
}

function applyStage(proposal: Proposal, decision: Decision, bodyId: string, meta: OperationMeta, correction?: string): DecisionResult['stageChange'] {
  const deciding = bodyId in DECIDING_BODY_IDS;
  const to = decision.outcome === 'Rejected' ? 'Rejected' : deciding ? 'Pending Implementation' : undefined;
  if (!to || to.toLowerCase() === proposal.stage.toLowerCase()) return undefined;
  const from = proposal.stage;
  moveToStage(proposal, to, decision.on, meta, [`${decision.outcome} by ${decision.body}`, correction && `Correction: ${correction.trim()}`].filter(Boolean).join(' · '));
  return { from, to };
}
