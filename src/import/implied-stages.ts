import { parseProposalRef } from '../domain/references';
import type { ChangeSet } from './change-set';

const STAGE_OF: Record<string, string> = { refinement: 'Refinement Process', report: 'Report Phase' };

/**
 * A split or SECMP proposal was never a Draft Proposal: "Draft Proposal raised" on its page is the history
 * of the proposal it came from, listed but not recorded as its stage.
 */
export function withoutParentHistory(set: ChangeSet): ChangeSet {
  const stages = set.stages.filter((s) => !(s.stage === 'Development Stage' && neverDraft(s.ref)));
  if (stages.length === set.stages.length) return set;
  const moved = set.stages.filter((s) => !stages.includes(s)).map((s) => ({ ref: s.ref, text: `${s.sentence} (the proposal it came from)`, source: s.source }));
  return { ...set, stages, events: [...set.events, ...moved] };
}

/**
 * What SECAS's process words state without naming a stage: a Refinement Consultation is held in the
 * Refinement Process and the Modification Report Consultation in the Report Phase (SEC Section D6, D7).
 * Used only when the record would otherwise be refused: the consultation's opening day, with its sentence,
 * dates that stage.
 */
export function withConsultationStages(set: ChangeSet, today: string): ChangeSet {
  const asOf = set.documents[0]?.date ?? today;
  const stages = [...set.stages];
  for (const c of set.consultations) {
    const stage = STAGE_OF[c.kind];
    if (!stage || !c.opens || parseProposalRef(c.ref)?.kind === 'DP' || stages.some((s) => s.ref === c.ref && s.stage === stage)) continue;
    stages.push({ ref: c.ref, stage, on: c.opens, sentence: c.sentence, ...(c.opens > asOf ? { planned: true } : {}), source: c.source });
  }
  return { ...set, stages };
}

function neverDraft(ref: string): boolean {
  const parsed = parseProposalRef(ref);
  return !!parsed && (parsed.kind === 'SECMP' || (parsed.kind === 'MP' && !!parsed.suffix));
}
