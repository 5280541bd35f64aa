import { UserError } from '../../core/errors';
import type { Proposal, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';
import { isBackwards, normaliseStage } from '../lifecycle';
import { parseProposalRef } from '../references';
import { compact, emitEvent, type OperationMeta } from './meta';
import { requireProposal } from './find';
import { requireIsoDate, requireText } from './validate';

export interface AdvanceStageInput {
  ref: string;
  /** A stage as typed: "refinement", "Report Phase"; unknown stages are kept as written. */
  stage: string;
  /** Default: meta.today. */
  on?: string;
  note?: string;
}

export interface StageChange {
  proposal: Proposal;
  from: string;
  to: string;
  on: string;
  /** Things the change team should know, e.g. a move backwards in the normal flow. */
  warnings: string[];
}

export const CONVERTED_STAGE = 'Converted to Modification Proposal';

/** Move a proposal to a stage, keeping the history; records `stage.changed`. */
export function advanceStage(draft: StoreData, input: AdvanceStageInput, meta: OperationMeta): StageChange {
  const proposal = requireProposal(draft, input.ref);
  const info = normaliseStage(requireText(input.stage, 'The stage', `advance ${proposal.ref} Refinement Process`));
  const on = requireIsoDate(input.on ?? meta.today, 'The date');
  guardStage(proposal, info.name);
  const warnings = changeWarnings(proposal, info.name, info.known, on);
  const from = proposal.stage;
  moveToStage(proposal, info.name, on, meta, input.note);
  emitEvent(draft, meta, 'stage.changed', proposal.ref, stageEventData(proposal, from, on, input.note));
  return { proposal, from, to: info.name, on, warnings };
}

/** Set the stage and append the history entry; shared by advance, convert and decide. */
export function moveToStage(proposal: Proposal, stage: string, on: string, meta: OperationMeta, note?: string): void {
  proposal.stage = stage;
  proposal.stageHistory.push(compact({ stage, on, source: meta.source, note: note?.trim() || undefined }));
  proposal.updatedAt = meta.at;
}

export function stageEventData(proposal: Proposal, from: string, on: string, note?: string): Record<string, unknown> {
  return { ref: proposal.ref, title: proposal.title, from, to: proposal.stage, on, note: note?.trim() || undefined, committees: proposal.committees };
}

function guardStage(proposal: Proposal, stage: string): void {
  if (stage.toLowerCase() === proposal.stage.toLowerCase()) {
    throw new UserError(`${proposal.ref} is already in ${proposal.stage}.`, `See its history with: history ${proposal.ref}.`);
  }
  if (stage.toLowerCase() === CONVERTED_STAGE.toLowerCase() && parseProposalRef(proposal.ref)?.kind === 'DP') {
    throw new UserError(`Use "convert ${proposal.ref}" to turn a Draft Proposal into a Modification Proposal.`, `convert ${proposal.ref} keeps the number and the history.`);
  }
}

function changeWarnings(proposal: Proposal, stage: string, known: boolean, on: string): string[] {
  const warnings: string[] = [];
  if (!known) warnings.push(`"${stage}" is not one of SECAS's usual stage names; it was recorded as written.`);
  else if (isBackwards(proposal.stage, stage)) warnings.push(`This moves ${proposal.ref} back from ${proposal.stage} to ${stage}.`);
  const last = proposal.stageHistory.at(-1);
  if (last && on < last.on) warnings.push(`${formatDate(on)} is before the previous stage change (${last.stage}, ${formatDate(last.on)}).`);
  return warnings;
}
