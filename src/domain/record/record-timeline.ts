import type { Decision, Proposal, StageEntry } from '../../../storage/schema';
import { normaliseStage } from '../lifecycle';
import { byCodePoint } from '../code-point-order';

/** One dated fact of a proposal's record, with its place in the stored lists (for corrections). */
export type RecordStep =
  | { kind: 'stage'; index: number; on: string; entry: StageEntry; stage: string }
  | { kind: 'decision'; index: number; on: string; entry: Decision };

/** Where a step falls within one day: the flow's order (a decision after the vote, before its outcome). */
const RANK: Record<string, number> = {
  'Development Stage': 0, 'Converted to Modification Proposal': 2, 'Refinement Process': 3, 'Report Phase': 4, 'Change Board': 5,
  'Authority Determination': 6, 'Pending Implementation': 8, Rejected: 8, Withdrawn: 8, Implemented: 9,
};
/** An outcome that decides a Modification Proposal (or appeals that decision), as opposed to a committee's view. */
export const DECIDING_OUTCOME = /^(approved|rejected|appeal(ed)?)$/i;

/**
 * Stage entries and decisions in the order they happened: stage entries by date in their stored order
 * (a send-back on the day of the move stays after it); each decision goes after the day's stages that
 * lead to it (a committee's view before the conversion, a vote before the decision) and before the rest.
 */
export function recordTimeline(p: Pick<Proposal, 'stageHistory' | 'decisions'>): RecordStep[] {
  const stages: (RecordStep & { rank: number })[] = p.stageHistory.map((entry, index) => {
    const stage = normaliseStage(entry.stage).name;
    return { kind: 'stage' as const, index, on: entry.on, entry, stage, rank: RANK[stage] ?? 3 };
  });
  stages.sort((a, b) => byCodePoint(a.on, b.on) || a.index - b.index);
  const decisions = p.decisions.map((entry, index) => ({ kind: 'decision' as const, index, on: entry.on, entry, rank: DECIDING_OUTCOME.test(entry.outcome.trim()) ? 7 : 1 }));
  decisions.sort((a, b) => byCodePoint(a.on, b.on) || a.index - b.index);
  const steps: RecordStep[] = [];
  let next = 0;
  const strip = ({ rank: _rank, ...step }: RecordStep & { rank: number }): RecordStep => step as RecordStep;
  for (const decision of decisions) {
    while (next < stages.length && (stages[next]!.on < decision.on || (stages[next]!.on === decision.on && stages[next]!.rank <= decision.rank))) steps.push(strip(stages[next++]!));
    steps.push(strip(decision));
  }
  while (next < stages.length) steps.push(strip(stages[next++]!));
  return steps;
}

/** "Refinement Process on 28 Jun 2023", "Approved by Change Board on 20 Sep 2023": how a step is named to people. */
export function describeStep(step: RecordStep, date: (iso: string) => string): string {
  if (step.kind === 'stage') return `${step.stage} on ${date(step.on)}`;
  return `${step.entry.outcome} by ${step.entry.body.replace(/^the /i, '')} on ${date(step.on)}`;
}
