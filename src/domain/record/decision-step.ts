import { findCommittee } from '../committees';
import { formatDate } from '../dates';
import { DECIDING_BODY_IDS } from '../decision-rules';
import { normaliseStage } from '../lifecycle';
import { deciderForPath, S } from '../transition-rules';
import { isFastTrack, isSelfGovernance } from './path-rules';
import type { Problem, RecordState, ReplayContext } from './record-state';
import type { RecordStep } from './record-timeline';
import { DECIDABLE, dpRef } from './stage-step';
import { openReportConsultation } from './consultation-rules';
import { NOT_READY, READY } from '../queries/readiness';

type DecisionStep = Extract<RecordStep, { kind: 'decision' }>;

export const APPEALED = 'Appealed';

/** Apply one decision (or committee view) to the state, or say why the process cannot produce it. */
export function applyDecisionStep(state: RecordState, step: DecisionStep, ctx: ReplayContext, warn: (w: string) => void): Problem | undefined {
  const { entry } = step;
  const outcome = entry.outcome.trim();
  if (/^appeal(ed)?$/i.test(outcome)) return appeal(state, step, ctx);
  if (!/^(approved|rejected)$/i.test(outcome)) {
    if (state.isDraft && (READY.test(outcome) || NOT_READY.test(outcome))) state.cscView = { ready: READY.test(outcome), on: step.on, outcome };
    state.lastDecision = entry;
    return undefined;
  }
  if (isRecommendation(state, step, ctx)) return recommendation(state, step, ctx);
  const problem = decisionProblem(state, step, ctx, /^approved$/i.test(outcome) ? 'approved' : 'rejected');
  if (problem) return problem;
  if (!ctx.calendar.isWorkingDay(step.on)) warn(`${formatDate(step.on)} is not a Working Day: check the decision date.`);
  const approved = /^approved$/i.test(outcome);
  state.standing = { outcome: approved ? 'Approved' : 'Rejected', body: entry.body, on: step.on };
  state.appealed = undefined;
  state.lastDecision = entry;
  state.stage = approved ? S.pending : S.rejected;
  state.since = step.on;
  state.firstSeen = undefined;
  state.sinceStep = step;
  state.ended = approved ? undefined : S.rejected;
  return undefined;
}

function decisionProblem(state: RecordState, step: DecisionStep, ctx: ReplayContext, word: string): Problem | undefined {
  const id = findCommittee(step.entry.body);
  const body = id ? DECIDING_BODY_IDS[id] : undefined;
  const decider = state.appealed ? 'Authority' : deciderForPath(ctx.path);
  const hintBody = decider ?? 'Change Board';
  if (state.isDraft) return { message: `${dpRef(ctx)} is a Draft Proposal: decisions are made on Modification Proposals.`, hint: `convert ${dpRef(ctx)} first, or to close it: advance ${dpRef(ctx)} Withdrawn` };
  if (!body) return { message: `The ${step.entry.body} does not decide Modification Proposals: the Change Board, the Authority or the Panel does.`, hint: `decide ${ctx.ref} ${word} by ${hintBody}` };
  if (decider && body !== decider) {
    const why = state.appealed ? 'its Self-Governance decision was appealed, so' : `it is ${ctx.path}:`;
    return { message: `${ctx.ref}: ${why} the ${decider} decides it, not the ${body}.`, hint: `decide ${ctx.ref} ${word} by ${decider}` };
  }
  if (state.ended === S.withdrawn || state.ended === S.implemented) return { message: `${ctx.ref} was ${state.ended} on ${formatDate(state.since!)}: there is nothing left to decide.`, hint: `See its record: history ${ctx.ref}` };
  if (state.standing && !state.appealed) {
    return { message: `${ctx.ref} was already ${state.standing.outcome.toLowerCase()}${state.standing.body ? ` by the ${state.standing.body}` : ''} on ${formatDate(state.standing.on)}: a second decision would contradict it.`, hint: `If that decision was wrong, correct it: decide ${ctx.ref} ${word} by ${body} correct "the reason"` };
  }
  const stage = state.stage;
  const fastTrackNow = body === 'Panel' && (stage === S.converted || isFastTrack(ctx.path));
  // A stage only first seen in a document may hide the steps after it that the document did not mention.
  if (stage && normaliseStage(stage).known && !DECIDABLE.has(stage) && !fastTrackNow && !state.firstSeen) {
    return { message: `${ctx.ref} is in ${stage} on ${formatDate(step.on)}: a decision comes after the Report Phase.`, hint: `advance ${ctx.ref} "Report Phase" first` };
  }
  const mrc = openReportConsultation(ctx, step.on);
  if (mrc) return { message: `The Modification Report Consultation on ${ctx.ref} closes on ${formatDate(mrc)}: a decision dated ${formatDate(step.on)} comes before it closed.`, hint: `Give the decision's date, after ${formatDate(mrc)}: decide ${ctx.ref} ${word} by ${body} on DATE` };
  return undefined;
}

/** On an Authority path (1, 2, Urgent) the Change Board's vote is a recommendation: the Authority then decides. */
function isRecommendation(state: RecordState, step: DecisionStep, ctx: ReplayContext): boolean {
  return !state.appealed && findCommittee(step.entry.body) === 'CB' && deciderForPath(ctx.path) === 'Authority';
}

function recommendation(state: RecordState, step: DecisionStep, ctx: ReplayContext): Problem | undefined {
  if (state.isDraft) return { message: `${dpRef(ctx)} is a Draft Proposal: the Change Board votes on Modification Proposals.`, hint: `convert ${dpRef(ctx)} first` };
  if (state.ended || state.standing) return { message: `${ctx.ref} was already ${state.ended ? state.ended : `${state.standing!.outcome.toLowerCase()} by the ${state.standing!.body ?? 'Authority'}`}: a Change Board recommendation comes before the Authority's decision.`, hint: `See its record: history ${ctx.ref}` };
  const stage = state.stage;
  if (stage && normaliseStage(stage).known && !DECIDABLE.has(stage) && !state.firstSeen) return { message: `${ctx.ref} is in ${stage} on ${formatDate(step.on)}: the Change Board votes after the Report Phase.`, hint: `advance ${ctx.ref} "Report Phase" first` };
  const mrc = openReportConsultation(ctx, step.on);
  if (mrc) return { message: `The Modification Report Consultation on ${ctx.ref} closes on ${formatDate(mrc)}: the Change Board's vote dated ${formatDate(step.on)} comes before it closed.`, hint: `Give the vote's date, after ${formatDate(mrc)}` };
  state.lastDecision = step.entry;
  state.stage = S.authority;
  state.since = step.on;
  state.firstSeen = undefined;
  state.sinceStep = step;
  return undefined;
}

/** A Self-Governance decision by the Change Board, appealed to the Authority: the Authority determines it again. */
function appeal(state: RecordState, step: DecisionStep, ctx: ReplayContext): Problem | undefined {
  if (!isSelfGovernance(ctx.path) && ctx.path) return { message: `${ctx.ref} is ${ctx.path}: only a Self-Governance decision is appealed to the Authority.`, hint: `See its record: history ${ctx.ref}` };
  if (!state.standing || findCommittee(state.standing.body ?? '') !== 'CB') {
    return { message: `${ctx.ref} has no Change Board decision to appeal.`, hint: `Record the decision first: decide ${ctx.ref} approved by Change Board` };
  }
  if (!step.entry.reason?.trim() && !step.entry.text?.trim()) return { message: 'An appeal is recorded with its grounds.', hint: `appeal ${ctx.ref} reason "the grounds of the appeal"` };
  state.appealed = { on: step.on };
  state.standing = undefined;
  state.ended = undefined;
  state.lastDecision = step.entry;
  state.stage = S.authority;
  state.since = step.on;
  state.firstSeen = undefined;
  state.sinceStep = step;
  return undefined;
}
