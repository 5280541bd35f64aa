import type { Proposal } from '../../storage/schema';
import { normaliseStage } from './lifecycle';
import { deciderForPath, describeDecision, isDraftProposal, pass, refuse, S, type Verdict } from './transition-rules';
import { byCodePoint } from './code-point-order';

/** Committee ids (src/domain/committees.ts) of the bodies that decide a Modification Proposal. */
export const DECIDING_BODY_IDS: Readonly<Record<string, 'Change Board' | 'Authority' | 'Panel'>> = { CB: 'Change Board', AUTHORITY: 'Authority', PANEL: 'Panel' };

const DECIDABLE_FROM: readonly string[] = [S.report, S.changeBoard, S.authority];

/**
 * May `bodyId` record this decision now? Decisions are made on MPs, by the body that decides the
 * proposal's path (any deciding body when the path is not recorded), from the Report Phase or a vote
 * (straight after conversion for Fast-Track). A second, contradicting decision is a correction.
 */
export function checkDecision(p: Proposal, outcome: string, bodyId: string): Verdict {
  const word = outcome.toLowerCase();
  if (isDraftProposal(p)) {
    return refuse(`${p.ref} is a Draft Proposal: decisions are recorded on Modification Proposals, so convert ${p.ref} first.`, `convert ${p.ref}, or to close it: advance ${p.ref} Withdrawn`);
  }
  const decider = deciderForPath(p.path);
  const body = DECIDING_BODY_IDS[bodyId];
  if (!body) return refuse(`The ${bodyId} does not decide Modification Proposals: the Change Board, the Authority or the Panel does.`, `For example: decide ${p.ref} ${word} by ${decider ?? 'Change Board'}`);
  if (decider && body !== decider) return refuse(`${p.ref} is ${p.path}: the ${decider} decides it, not the ${body}.`, `decide ${p.ref} ${word} by ${decider}`);
  return stageAllowsDecision(p, word, body);
}

function stageAllowsDecision(p: Proposal, word: string, body: string): Verdict {
  const stage = normaliseStage(p.stage);
  const earlier = [...p.decisions].filter((d) => /^(approved|rejected)$/i.test(d.outcome)).sort((a, b) => byCodePoint(a.on, b.on)).at(-1);
  if ([S.pending, S.implemented, S.rejected].includes(stage.name as never)) {
    const what = earlier ? `was already ${describeDecision(earlier)}` : `is ${stage.name}`;
    return refuse(`${p.ref} ${what}: another decision would contradict the record.`, `If the record is wrong, correct it: decide ${p.ref} ${word} by ${body} correct "the reason"`);
  }
  if (stage.name === S.withdrawn) return refuse(`${p.ref} was withdrawn, so there is nothing to decide.`, `See its history with: history ${p.ref}.`);
  if (!stage.known || DECIDABLE_FROM.includes(stage.name)) return pass();
  if (stage.name === S.converted && body === 'Panel') return pass();
  return refuse(`${p.ref} is in ${stage.name}: a decision comes after the Report Phase.`, `advance ${p.ref} "Report Phase" first.`);
}
