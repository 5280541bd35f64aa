import { UserError } from '../../core/errors';
import type { Decision, Proposal, StageEntry, StoreData } from '../../../storage/schema';
import { committeeName, normaliseCommittee } from '../committees';
import { formatDate } from '../dates';
import { normaliseStage, typedStage } from '../lifecycle';
import { findRecordStep } from '../record/record-entries';
import { describeStep } from '../record/record-timeline';
import { requireProposal } from './find';
import { compact, type OperationMeta } from './meta';
import { placeEntry, requireReason } from './stage-history';
import { requireIsoDate } from './validate';

export interface FixRecordInput {
  ref: string;
  /** "#3", "3", a stage name or "decision": see findRecordStep. */
  entry: string;
  /** Re-date the entry. */
  on?: string;
  /** Replace the entry: a stage, or approved / rejected for a decision. */
  to?: string;
  /** For a replaced decision: the body. */
  by?: string;
  reason: string;
}

export interface FixedRecord {
  proposal: Proposal;
  was: string;
  /** Undefined for a retraction. */
  now?: string;
}

/**
 * Change one entry of a proposal's record (any entry, not only the latest): re-date it or replace it. The
 * corrected record must still replay through the process rules (checked when saved); it reads as if the
 * mistake had never been made, and the audit log (`history`) keeps the mistake, the correction and why.
 */
export function correctEntry(draft: StoreData, input: FixRecordInput, meta: OperationMeta): FixedRecord {
  const proposal = requireProposal(draft, input.ref);
  requireReason(input.reason, `correct ${proposal.ref} #2 on 20 Sep 2023 reason "the minutes say the 20th"`);
  if (!input.on && !input.to) throw new UserError('Say what the entry should be: "on DATE" to re-date it, "to STAGE" (or approved / rejected) to replace it.', `For example: correct ${proposal.ref} ${input.entry} on 20 Sep 2023 reason "${input.reason}"`);
  const step = findRecordStep(proposal, input.entry);
  const was = describeStep(step, formatDate);
  const on = input.on ? requireIsoDate(input.on, 'The date') : step.on;
  if (step.kind === 'stage') {
    const stage = input.to ? typedStage(input.to, `correct ${proposal.ref} ${input.entry} to STAGE reason "…"`).name : step.entry.stage;
    const entry: StageEntry = compact({ ...step.entry, stage, on, source: meta.source, firstSeen: input.on ? undefined : step.entry.firstSeen });
    proposal.stageHistory.splice(proposal.stageHistory.indexOf(step.entry), 1);
    placeEntry(proposal, entry, meta);
    return unchangedGuard(proposal, was, `${normaliseStage(stage).name} on ${formatDate(on)}`);
  }
  const outcome = input.to ? toOutcome(input.to, proposal.ref) : step.entry.outcome;
  const body = input.by ? committeeName(normaliseCommittee(input.by)) : step.entry.body;
  const decision: Decision = compact({ ...step.entry, outcome, body, on, source: meta.source });
  proposal.decisions.splice(proposal.decisions.indexOf(step.entry), 1, decision);
  proposal.updatedAt = meta.at;
  return unchangedGuard(proposal, was, `${outcome} by ${body} on ${formatDate(on)}`);
}

/** Take one entry off the record (a fact that never happened), with the reason. */
export function retractEntry(draft: StoreData, input: Pick<FixRecordInput, 'ref' | 'entry' | 'reason'>, meta: OperationMeta): FixedRecord {
  const proposal = requireProposal(draft, input.ref);
  requireReason(input.reason, `retract ${proposal.ref} #3 reason "recorded on the wrong proposal"`);
  const step = findRecordStep(proposal, input.entry);
  if (step.kind === 'stage') proposal.stageHistory.splice(proposal.stageHistory.indexOf(step.entry), 1);
  else proposal.decisions.splice(proposal.decisions.indexOf(step.entry), 1);
  proposal.updatedAt = meta.at;
  return { proposal, was: describeStep(step, formatDate) };
}

function unchangedGuard(proposal: Proposal, was: string, now: string): FixedRecord {
  if (was === now) throw new UserError(`${proposal.ref}'s record already says ${now}: there is nothing to correct.`, `See the record: history ${proposal.ref}`);
  return { proposal, was, now };
}

function toOutcome(word: string, ref: string): string {
  if (/^approved?$/i.test(word.trim())) return 'Approved';
  if (/^reject(ed)?$/i.test(word.trim())) return 'Rejected';
  throw new UserError(`"${word}" is not a decision: a decision is corrected to approved or rejected.`, `For example: correct ${ref} decision to rejected reason "the minutes record a rejection"`);
}
