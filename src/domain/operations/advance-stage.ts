import { UserError } from '../../core/errors';
import type { Proposal, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';
import { requireFactDate } from '../fact-dates';
import { normaliseStage, typedStage } from '../lifecycle';
import { checkStageMove } from '../transition-rules';
import { emitNews, type OperationMeta } from './meta';
import { requireProposal } from './find';
import { applyVerdict, correctionNote, latestEntry, moveToStage, requireNotBeforeCurrent } from './stage-history';
import { requireIsoDate, requireText } from './validate';

export { moveToStage } from './stage-history';

export interface AdvanceStageInput {
  ref: string;
  /** A stage as typed: "refinement", "Report Phase". Unknown names are refused unless `newStage`. */
  stage: string;
  /** Default: meta.today. */
  on?: string;
  note?: string;
  /** The caller asked explicitly for a stage SECAS does not name ("advance MP167B new stage …"). */
  newStage?: boolean;
  /** A change-team correction of the record, with its reason: the process rules do not apply. */
  correction?: string;
  /** A document states the stage but not when it began: recorded as of `on`, never announced as news. */
  undated?: boolean;
}

export interface StageChange {
  proposal: Proposal;
  from: string;
  to: string;
  on: string;
  /** Things the change team should know, e.g. a move backwards in the normal flow. */
  warnings: string[];
  /** False when the change is recorded quietly (dated too far back to be news). */
  announced: boolean;
}

export const CONVERTED_STAGE = 'Converted to Modification Proposal';

/** Move a proposal to a stage under the process rules, keeping the history in date order; records `stage.changed` when current. */
export function advanceStage(draft: StoreData, input: AdvanceStageInput, meta: OperationMeta): StageChange {
  const proposal = requireProposal(draft, input.ref);
  const { name: to, warnings } = targetOf(proposal, input, meta);
  const on = requireIsoDate(input.on ?? meta.today, 'The date');
  requireFactDate(proposal, on, meta.today, 'The stage change date');
  const note = correctionNote(input.correction, input.note);
  const from = proposal.stage;
  if (input.correction !== undefined && to.toLowerCase() === from.toLowerCase()) return redate(proposal, on, note!, meta);
  if (input.correction === undefined) {
    warnings.push(...applyVerdict(checkStageMove(proposal, to), meta));
    warnings.push(...requireNotBeforeCurrent(proposal, on, meta, `advance ${proposal.ref} "${to}" on DATE correct "the reason"`));
  } else if (proposal.stageHistory.some((e) => e.on > on)) warnings.push(`Recorded in the history on ${formatDate(on)}, before later stages.`);
  moveToStage(proposal, to, on, meta, note);
  const event = input.undated ? undefined : emitNews(draft, meta, on, 'stage.changed', proposal.ref, stageEventData(proposal, from, on, note));
  return { proposal, from, to, on, warnings, announced: !!event };
}

function targetOf(proposal: Proposal, input: AdvanceStageInput, meta: OperationMeta): { name: string; warnings: string[] } {
  const text = requireText(input.stage, 'The stage', `advance ${proposal.ref} Refinement Process`);
  const stated = normaliseStage(text);
  if (stated.known) return { name: stated.name, warnings: [] };
  if (meta.asStated) return { name: stated.name, warnings: [`"${stated.name}" is not one of SECAS's usual stage names; it was recorded as written.`] };
  if (input.newStage) return { name: stated.name, warnings: [] };
  return { name: typedStage(text, `advance ${proposal.ref} "STAGE"`).name, warnings: [] };
}

/** A correction of the date the current stage began: the latest entry is re-dated, with the reason. */
function redate(proposal: Proposal, on: string, note: string, meta: OperationMeta): StageChange {
  const entry = latestEntry(proposal)!;
  if (entry.on === on) throw new UserError(`${proposal.ref} has been in ${proposal.stage} since ${formatDate(on)} already.`, `See its history with: history ${proposal.ref}.`);
  const was = entry.on;
  proposal.stageHistory.splice(proposal.stageHistory.indexOf(entry), 1);
  moveToStage(proposal, entry.stage, on, meta, note);
  return { proposal, from: proposal.stage, to: proposal.stage, on, warnings: [`The date ${proposal.ref} entered ${proposal.stage} was ${formatDate(was)}; it is now ${formatDate(on)}.`], announced: false };
}

export function stageEventData(proposal: Proposal, from: string, on: string, note?: string): Record<string, unknown> {
  return { ref: proposal.ref, title: proposal.title, from, to: proposal.stage, on, note: note?.trim() || undefined, committees: proposal.committees };
}
