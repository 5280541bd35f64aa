import type { Proposal, StoreData } from '../../../storage/schema';
import { calendarOr, requireFactDate } from '../fact-dates';
import { formatDate } from '../dates';
import { normaliseStage, typedStage } from '../lifecycle';
import { checkStageMove } from '../transition-rules';
import { emitNews, type OperationMeta } from './meta';
import { requireProposal } from './find';
import { correctStage } from './correct-stage';
import { applyVerdict, moveToStage, requireNotBeforeCurrent } from './stage-history';
import { requireIsoDate, requireText } from './validate';

export { moveToStage } from './stage-history';

export interface AdvanceStageInput {
  ref: string;
  /** A stage as typed: "refinement", "Report Phase". Unknown names are refused unless `newStage`. */
  stage: string;
  /** Default: meta.today (for a correction: the date of the entry it corrects). */
  on?: string;
  note?: string;
  /** Why an unusual step is taken: a send-back, a reopening, an off-cycle implementation. */
  reason?: string;
  /** The caller asked explicitly for a stage SECAS does not name ("advance MP167B new stage …"). */
  newStage?: boolean;
  /** The record is wrong: re-date this stage's entry, or replace the current stage's entry with it. */
  correction?: string;
  /** A document states the stage but not when it began: recorded as of `on`, never announced as news. */
  undated?: boolean;
}

export interface StageChange {
  proposal: Proposal;
  from: string | undefined;
  to: string;
  on: string;
  /** Things the change team should know, e.g. a move backwards in the normal flow. */
  warnings: string[];
  /** False when the change is recorded quietly (dated too far back to be news, or a correction). */
  announced: boolean;
  /** For a correction: what the record said before ("Change Board on 21 Sep 2023"). */
  corrected?: { was: string; now: string };
}

export const CONVERTED_STAGE = 'Converted to Modification Proposal';

/**
 * Move a proposal to a stage, keeping the history in date order; records `stage.changed` when current.
 * The whole record is then replayed through the process rules (src/domain/record) before it is saved.
 */
export function advanceStage(draft: StoreData, input: AdvanceStageInput, meta: OperationMeta): StageChange {
  const proposal = requireProposal(draft, input.ref);
  const { name: to, warnings } = targetOf(proposal, input, meta);
  if (input.correction !== undefined) return correctStage(proposal, to, input, meta);
  const on = requireIsoDate(input.on ?? meta.today, 'The date');
  requireFactDate(proposal, on, meta.today, 'The stage change date');
  const from = proposal.stage;
  warnings.push(...applyVerdict(checkStageMove(proposal, to), meta));
  warnings.push(...requireNotBeforeCurrent(proposal, on, meta, `advance ${proposal.ref} "${to}" on DATE correct "the reason"`));
  moveToStage(proposal, to, on, meta, input.note, input.reason);
  if (to === 'Implemented' && !calendarOr(meta.calendar).isWorkingDay(on)) warnings.push(`${formatDate(on)} is not a Working Day: check the implementation date.`);
  const event = input.undated ? undefined : emitNews(draft, meta, on, 'stage.changed', proposal.ref, stageEventData(proposal, from, on, input.note));
  return { proposal, from, to, on, warnings, announced: !!event };
}

function targetOf(proposal: Proposal, input: AdvanceStageInput, meta: OperationMeta): { name: string; warnings: string[] } {
  const text = requireText(input.stage, 'The stage', `advance ${proposal.ref} Refinement Process`);
  const stated = normaliseStage(text);
  if (stated.known) return { name: stated.name, warnings: [] };
  if (meta.asStated) return { name: stated.name, warnings: [`"${stated.name}" is not one of SECAS's usual stage names; it was recorded as written.`] };
  if (input.newStage) return { name: stated.name, warnings: [`"${stated.name}" is a new stage, not one of SECAS's; it was recorded because you asked for a new stage.`] };
  return { name: typedStage(text, `advance ${proposal.ref} "STAGE"`).name, warnings: [] };
}

export function stageEventData(proposal: Proposal, from: string | undefined, on: string, note?: string): Record<string, unknown> {
  return { ref: proposal.ref, title: proposal.title, from, to: proposal.stage, on, note: note?.trim() || undefined, committees: proposal.committees };
}
