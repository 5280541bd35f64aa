import { UserError } from '../../core/errors';
import type { Decision, Proposal, StoreData } from '../../../storage/schema';
import { committeeName, normaliseCommittee } from '../committees';
import { formatDate } from '../dates';
import { normaliseStage } from '../lifecycle';
import { moveToStage } from './advance-stage';
import { requireProposal } from './find';
import { compact, emitEvent, type OperationMeta } from './meta';
import { requireIsoDate } from './validate';

export type DecisionOutcome = 'approved' | 'rejected';

export interface RecordDecisionInput {
  ref: string;
  outcome: DecisionOutcome;
  /** A body's name or id: "Change Board" (default), "Authority", "Panel", "CSC". */
  by?: string;
  /** Default: meta.today. */
  on?: string;
  text?: string;
}

export interface DecisionResult {
  proposal: Proposal;
  decision: Decision;
  /** Set when the decision moved the proposal to another stage. */
  stageChange?: { from: string; to: string };
}

/** Bodies whose approval ends the vote: the proposal then waits for implementation. */
const DECIDING_BODIES = ['Change Board', 'Authority'];

/**
 * Record a decision. Rejected → stage Rejected; approved by the Change Board or the Authority →
 * Pending Implementation; other approvals (e.g. CSC, Panel) leave the stage alone. One
 * `decision.recorded` event carries any stage change, so subscribers are told once.
 */
export function recordDecision(draft: StoreData, input: RecordDecisionInput, meta: OperationMeta): DecisionResult {
  const proposal = requireProposal(draft, input.ref);
  const bodyId = normaliseCommittee(input.by?.trim() || 'Change Board');
  const body = committeeName(bodyId);
  const on = requireIsoDate(input.on ?? meta.today, 'The decision date');
  const outcome = toOutcome(input.outcome);
  const decision: Decision = compact({ body, outcome, on, text: input.text?.trim() || undefined, source: meta.source });
  refuseDuplicate(proposal, decision);
  proposal.decisions.push(decision);
  proposal.updatedAt = meta.at;
  const stageChange = applyStage(proposal, decision, bodyId, meta);
  emitEvent(draft, meta, 'decision.recorded', proposal.ref, {
    ref: proposal.ref, title: proposal.title, body, outcome, on, from: stageChange?.from, to: stageChange?.to, committees: proposal.committees,
  });
  return compact({ proposal, decision, stageChange });
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

function applyStage(proposal: Proposal, decision: Decision, bodyId: string, meta: OperationMeta): DecisionResult['stageChange'] {
  const deciding = DECIDING_BODIES.map((b) => normaliseCommittee(b)).includes(bodyId);
  const target = decision.outcome === 'Rejected' ? 'Rejected' : deciding ? 'Pending Implementation' : undefined;
  if (!target) return undefined;
  const to = normaliseStage(target).name;
  if (to.toLowerCase() === proposal.stage.toLowerCase()) return undefined;
  const from = proposal.stage;
  moveToStage(proposal, to, decision.on, meta, `${decision.outcome} by ${decision.body}`);
  return { from, to };
}
