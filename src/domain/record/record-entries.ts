import { UserError } from '../../core/errors';
import type { Proposal } from '../../../storage/schema';
import { formatDate } from '../dates';
import { normaliseStage } from '../lifecycle';
import { sourceDocument } from '../queries/stage-source';
import { DECIDING_OUTCOME, describeStep, recordTimeline, type RecordStep } from './record-timeline';

/** One line of a proposal's record as `history` numbers it: "3. Report Phase on 15 Aug 2023 · …". */
export function recordLines(p: Pick<Proposal, 'stageHistory' | 'decisions'>): string[] {
  return recordTimeline(p).map((step, i) => `${i + 1}. ${describeStep(step, formatDate)}${details(step)}`);
}

function details(step: RecordStep): string {
  const e = step.entry;
  const parts = [
    step.kind === 'stage' && step.entry.firstSeen ? `first seen in ${sourceDocument(e.source)}` : `source: ${e.source}`,
    e.reason ? `reason: ${e.reason}` : undefined,
    step.kind === 'stage' ? step.entry.note : step.entry.text,
  ];
  return parts.filter(Boolean).map((p) => ` · ${p}`).join('');
}

/**
 * The entry a person names in a correction: its number in `history REF` ("3", or "#3"), a stage ("Change
 * Board": its latest entry), or "decision" (the latest decision of a deciding body).
 */
export function findRecordStep(p: Proposal, token: string): RecordStep {
  const steps = recordTimeline(p);
  const example = `correct ${p.ref} 2 on 20 Sep 2023 reason "the minutes say the 20th"`;
  if (!steps.length) throw new UserError(`${p.ref} has nothing on its record yet.`, `Record a stage: advance ${p.ref} "Refinement Process"`);
  const number = /^#?(\d+)$/.exec(token.trim());
  if (number) {
    const step = steps[Number(number[1]) - 1];
    if (!step) throw new UserError(`${p.ref}'s record has entries 1 to ${steps.length}; there is no entry ${number[1]}.`, `See them with: history ${p.ref}`);
    return step;
  }
  if (/^decision$/i.test(token.trim())) {
    const decision = [...steps].reverse().find((s) => s.kind === 'decision' && DECIDING_OUTCOME.test(s.entry.outcome.trim()));
    if (!decision) throw new UserError(`${p.ref} has no decision on its record.`, `See its record with: history ${p.ref}`);
    return decision;
  }
  const stage = normaliseStage(token);
  const found = [...steps].reverse().find((s) => s.kind === 'stage' && s.stage === stage.name);
  if (!found) throw new UserError(`${p.ref}'s record has no entry "${token}".`, `Name an entry by its number in: history ${p.ref} — e.g. ${example}`);
  return found;
}
