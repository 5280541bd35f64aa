import { parseProposalRef } from '../domain/references';
import type { ChangeSet } from './change-set';

const STAGE_OF: Record<string, string> = { refinement: 'Refinement Process', report: 'Report Phase' };

/**
 * What SECAS's process words state without naming a stage: a Refinement Consultation is held in the
 * Refinement Process and the Modification Report Consultation in the Report Phase (SEC Section D6, D7),
 * so a consultation with a stated opening day states that stage from that day, with its sentence.
 * A split or SECMP proposal was never a Draft Proposal: "Draft Proposal raised" on its page is the history
 * of the proposal it came from, listed but not recorded as its stage.
 */
export function withImpliedStages(set: ChangeSet, today: string): ChangeSet {
  const asOf = set.documents[0]?.date ?? today;
  const stages = set.stages.filter((s) => !(s.stage === 'Development Stage' && neverDraft(s.ref)));
  const events = [...set.events, ...set.stages.filter((s) => !stages.includes(s)).map((s) => ({ ref: s.ref, text: `${s.sentence} (the proposal it came from)`, source: s.source }))];
  for (const c of set.consultations) {
    const stage = STAGE_OF[c.kind];
    if (!stage || !c.opens || parseProposalRef(c.ref)?.kind === 'DP') continue;
    if (stages.some((s) => s.ref === c.ref && s.stage === stage)) continue;
    const planned = c.opens > asOf;
    stages.push({ ref: c.ref, stage, on: c.opens, sentence: c.sentence, ...(planned ? { planned } : {}), source: c.source });
  }
  return { ...set, stages, events };
}

function neverDraft(ref: string): boolean {
  const parsed = parseProposalRef(ref);
  return !!parsed && (parsed.kind === 'SECMP' || (parsed.kind === 'MP' && !!parsed.suffix));
}
