import { UserError } from '../../core/errors';
import type { Decision, Proposal, StoreData } from '../../../storage/schema';
import { committeeName, normaliseCommittee } from '../committees';
import { formatDate } from '../dates';
import { calendarOr, requireFactDate } from '../fact-dates';
import { deciderForPath, isDraftProposal, S } from '../transition-rules';
import { DECIDING_OUTCOME } from '../record/record-timeline';
import { requireProposal } from './find';
import { compact, emitNews, type OperationMeta } from './meta';
import { requireNotBeforeCurrent, requireReason } from './stage-history';
import { requireIsoDate } from './validate';

export type DecisionOutcome = 'approved' | 'rejected';

export interface RecordDecisionInput {
  ref: string;
  outcome: DecisionOutcome;
  /** A body's name or id: "Change Board", "Authority", "Panel"; default: the body that decides the proposal's path. */
  by?: string;
  /** Default: meta.today (for a correction: the date of the decision it corrects). */
  on?: string;
  text?: string;
  /** The recorded decision is wrong: replace it with this one, with the reason (audited, never announced). */
  correction?: string;
}

export interface DecisionResult {
  proposal: Proposal;
  decision: Decision;
  /** Set when the decision moved the proposal to another stage. */
  stageChange?: { from?: string; to: string };
  warnings: string[];
  /** False when recorded quietly (dated too far back to be news, or a correction). */
  announced: boolean;
  /** For a correction: the decision it replaced ("Approved by Change Board on 20 Sep 2023"). */
  replaced?: string;
}


/**
 * Record a decision by a deciding body. The stage follows from the record (approved → Pending
 * Implementation, rejected → Rejected): the whole record is replayed through the process rules when the
 * change is saved, which refuses a decision the process cannot produce (wrong body, too early, twice…).
 */
export function recordDecision(draft: StoreData, input: RecordDecisionInput, meta: OperationMeta): DecisionResult {
  const proposal = requireProposal(draft, input.ref);
  const body = committeeName(normaliseCommittee(input.by?.trim() || deciderForPath(proposal.path) || 'Change Board'));
  const outcome = toOutcome(input.outcome);
  if (input.correction !== undefined) return correctDecision(proposal, { body, outcome, by: input.by, on: input.on, text: input.text, correction: input.correction }, meta);
  const on = requireIsoDate(input.on ?? meta.today, 'The decision date');
  requireFactDate(proposal, on, meta.today, 'The decision date');
  const warnings = [...requireNotBeforeCurrent(proposal, on, meta, `decide ${proposal.ref} ${input.outcome} on DATE correct "the reason"`), ...workingDayWarning(on, meta)];
  const decision: Decision = compact({ body, outcome, on, text: input.text?.trim() || undefined, source: meta.source });
  refuseDuplicate(proposal, decision);
  const from = proposal.stage;
  proposal.decisions.push(decision);
  // On an Authority path the Change Board recommends; the Authority decides (the replay derives the same).
  const recommends = body === 'Change Board' && deciderForPath(proposal.path) === 'Authority';
  if (recommends) warnings.push(`On ${proposal.path} the Change Board recommends and the Authority decides: recorded as the Change Board's recommendation; when the Authority decides: decide ${proposal.ref} approved|rejected by Authority`);
  proposal.stage = recommends ? S.authority : outcome === 'Approved' ? S.pending : S.rejected;
  proposal.updatedAt = meta.at;
  const to = proposal.stage;
  const event = emitNews(draft, meta, on, 'decision.recorded', proposal.ref, { ref: proposal.ref, title: proposal.title, body, outcome, on, from, to, committees: proposal.committees });
  return compact({ proposal, decision, stageChange: from === to ? undefined : { from, to }, warnings, announced: !!event });
}

/** `decide REF OUTCOME … correct "REASON"`: the decision standing on the record is replaced, as if it had been recorded right. */
function correctDecision(proposal: Proposal, input: { body: string; outcome: string; by?: string; on?: string; text?: string; correction: string }, meta: OperationMeta): DecisionResult {
  requireReason(input.correction, `decide ${proposal.ref} ${input.outcome.toLowerCase()} correct "the reason"`);
  if (isDraftProposal(proposal)) throw new UserError(`${proposal.ref} is a Draft Proposal: decisions are made on Modification Proposals, so there is none to correct.`, `convert ${proposal.ref} first, or to close it: advance ${proposal.ref} Withdrawn`);
  const old = [...proposal.decisions].reverse().find((d) => DECIDING_OUTCOME.test(d.outcome.trim()));
  if (!old) throw new UserError(`${proposal.ref} has no decision on record to correct.`, `Record it: decide ${proposal.ref} ${input.outcome.toLowerCase()}${input.by ? ` by ${input.by}` : ''}`);
  const on = input.on === undefined ? old.on : requireIsoDate(input.on, 'The decision date');
  const decision: Decision = compact({ body: input.by ? input.body : old.body, outcome: input.outcome, on, text: input.text?.trim() || old.text, source: meta.source });
  if (decision.body === old.body && decision.outcome === old.outcome && decision.on === old.on) {
    throw new UserError(`${proposal.ref}'s record already has ${describe(old)}: there is nothing to correct.`, `See the record: history ${proposal.ref}`);
  }
  const from = proposal.stage;
  proposal.decisions.splice(proposal.decisions.indexOf(old), 1, decision);
  dropImpliedStage(proposal, old);
  proposal.updatedAt = meta.at;
  return { proposal, decision, stageChange: { from, to: decision.outcome === 'Approved' ? S.pending : S.rejected }, warnings: [], announced: false, replaced: describe(old) };
}

/** Stores written before the stage was derived kept a stage entry for each decision's outcome: it goes with the decision. */
function dropImpliedStage(proposal: Proposal, decision: Decision): void {
  const implied = proposal.stageHistory.findIndex((e) => e.on === decision.on && (e.stage === S.pending || e.stage === S.rejected) && (e.note ?? '').startsWith(`${decision.outcome} by`));
  if (implied !== -1) proposal.stageHistory.splice(implied, 1);
}

const describe = (d: Decision): string => `${d.outcome} by ${d.body} on ${formatDate(d.on)}`;

function workingDayWarning(on: string, meta: OperationMeta): string[] {
  return calendarOr(meta.calendar).isWorkingDay(on) ? [] : [`${formatDate(on)} is not a Working Day: check the decision date.`];
}

function toOutcome(value: string): string {
  const word = value.trim().toLowerCase();
  if (word === 'approved') return 'Approved';
  if (word === 'rejected') return 'Rejected';
  throw new UserError(`"${value}" is not a decision.`, 'Use approved or rejected, e.g. decide MP167B approved by "Change Board".');
}

function refuseDuplicate(proposal: Proposal, decision: Decision): void {
  const same = proposal.decisions.some((d) => d.body === decision.body && d.outcome === decision.outcome && d.on === decision.on);
  if (same) throw new UserError(`${proposal.ref} already has "${decision.outcome} by ${decision.body}" on ${formatDate(decision.on)}.`, `See it with: status ${proposal.ref}.`);
}
