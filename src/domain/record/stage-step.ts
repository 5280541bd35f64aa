import { formatDate } from '../dates';
import { normaliseStage } from '../lifecycle';
import { deciderForPath, S } from '../transition-rules';
import { isFastTrack, isSelfGovernance, isUrgent } from './path-rules';
import type { Problem, RecordState, ReplayContext } from './record-state';
import type { RecordStep } from './record-timeline';

type StageStep = Extract<RecordStep, { kind: 'stage' }>;

const ENDING = new Set<string>([S.implemented, S.rejected, S.withdrawn]);
/** Stages from which a decision (stated, or implied by an approval or rejection stage) may come. */
export const DECIDABLE = new Set<string>([S.report, S.changeBoard, S.authority]);

/** The reference a proposal had while it was a Draft Proposal. */
export const dpRef = (ctx: ReplayContext): string => ctx.draftRef ?? ctx.ref;

/** Why an unusual step was taken: the reason recorded with it, or the note typed with the step. */
export const reasonOf = (step: StageStep): string | undefined => step.entry.reason?.trim() || step.entry.note?.trim() || undefined;

/**
 * Apply one stage entry to the state, or say why the process cannot produce it. `warn` collects what is
 * unusual but allowed (said out loud by the caller).
 */
export function applyStageStep(state: RecordState, step: StageStep, ctx: ReplayContext, warn: (w: string) => void): Problem | undefined {
  const target = step.stage;
  const reason = reasonOf(step);
  if (state.stage === undefined) return start(state, step, ctx);
  if (target === state.stage) return undefined; // restated: the stage goes on; "since" stays the first day
  if (state.ended) {
    if (!reason) return { message: `${ctx.ref} was ${state.ended} on ${formatDate(state.since!)}: its process has ended, so it cannot move to ${target} on ${formatDate(step.on)}.`, hint: `If it was reopened, say why: advance ${ctx.ref} "${target}" reason "why it was reopened"` };
    warn(`${ctx.ref} was ${state.ended}; it is reopened (${reason}).`);
    state.ended = undefined;
    state.standing = undefined;
  }
  const problem = state.isDraft ? draftStep(state, step, ctx, reason) : modificationStep(state, step, ctx, reason, warn);
  if (!problem) enter(state, step);
  return problem;
}

function start(state: RecordState, step: StageStep, ctx: ReplayContext): Problem | undefined {
  const target = step.stage;
  if (target === S.development && !state.isDraft) {
    if (!ctx.draftRef) return { message: `${dpRef(ctx)} is a Modification Proposal: the Development Stage belongs to Draft Proposals.`, hint: `Record the stage it is in, e.g. advance ${dpRef(ctx)} "Refinement Process"` };
    state.isDraft = true;
  }
  if (state.isDraft && ![S.development, S.converted, S.withdrawn, S.rejected].includes(target as never) && normaliseStage(target).known) {
    return { message: `${dpRef(ctx)} is a Draft Proposal: ${target} belongs to Modification Proposals.`, hint: `convert ${dpRef(ctx)} first` };
  }
  if (target === S.converted) {
    if (/^DP/.test(ctx.ref)) return notConvertedYet(ctx);
    state.isDraft = false;
  }
  enter(state, step);
  return undefined;
}

/** A record still under its DP reference was never converted: conversion renames it (DP096 → MP096). */
const notConvertedYet = (ctx: ReplayContext): Problem => ({ message: `${ctx.ref} has not been converted: a conversion gives it its MP reference.`, hint: `convert ${ctx.ref}` });

function enter(state: RecordState, step: StageStep): void {
  state.stage = step.stage;
  state.since = step.on;
  state.firstSeen = step.entry.firstSeen;
  state.sinceStep = step;
  if (ENDING.has(step.stage)) state.ended = step.stage;
}

function draftStep(state: RecordState, step: StageStep, ctx: ReplayContext, reason: string | undefined): Problem | undefined {
  const target = step.stage;
  if (target === S.withdrawn || target === S.rejected || target === S.development) return undefined;
  if (target === S.converted) {
    if (/^DP/.test(ctx.ref)) return notConvertedYet(ctx);
    state.isDraft = false;
    if (state.cscView?.ready || reason) return undefined;
    const view = state.cscView ? `the CSC's recorded view is "${state.cscView.outcome}" (${formatDate(state.cscView.on)})` : 'the CSC has not recorded that it is ready to convert';
    state.isDraft = true;
    return { message: `${dpRef(ctx)} cannot be converted without a reason: ${view}.`, hint: `If the CSC agreed or the Panel directed it, say so: convert ${dpRef(ctx)} reason "CSC agreed on 12 Mar 2024"` };
  }
  if (!normaliseStage(target).known) return undefined;
  return { message: `${dpRef(ctx)} is a Draft Proposal: ${target} belongs to Modification Proposals, so it is converted first.`, hint: `convert ${dpRef(ctx)}, then: advance ${ctx.ref.replace(/^DP/, 'MP')} "${target}"` };
}

function modificationStep(state: RecordState, step: StageStep, ctx: ReplayContext, reason: string | undefined, warn: (w: string) => void): Problem | undefined {
  const target = step.stage;
  const from = state.stage!;
  const info = normaliseStage(target);
  const fromInfo = normaliseStage(from);
  if (target === S.development) return { message: `${ctx.ref} is a Modification Proposal: it never returns to the Development Stage.`, hint: `To send it back for more work: advance ${ctx.ref} "Refinement Process" reason "why"; to end it: advance ${ctx.ref} Withdrawn` };
  if (target === S.converted) return { message: `${ctx.ref} was already converted to a Modification Proposal.`, hint: `Move it on: advance ${ctx.ref} "Refinement Process"` };
  if (step.entry.firstSeen) return observed(state, target);
  if (target === S.withdrawn) {
    if (state.standing?.outcome === 'Approved') return { message: `${ctx.ref} was approved on ${formatDate(state.standing.on)}: a proposer withdraws a proposal before the decision, not after.`, hint: `If the approval was recorded by mistake, take it back: retract ${ctx.ref} decision reason "why"` };
    return undefined;
  }
  if (target === S.rejected || target === S.pending) return impliedDecision(state, step, ctx);
  if (target === S.implemented) return implemented(state, step, ctx, reason, warn);
  if (!info.known) return undefined;
  if (from === S.pending) return { message: `${ctx.ref} was approved on ${formatDate(state.standing?.on ?? state.since!)}: moving it to ${target} would contradict that decision.`, hint: `If the approval is wrong, take it back: retract ${ctx.ref} decision reason "why"` };
  if (isFastTrack(ctx.path) && (target === S.refinement || target === S.report || target === S.changeBoard)) {
    return { message: `${ctx.ref} is Fast-Track: there is no ${target === S.changeBoard ? 'Change Board vote (the Panel decides)' : target === S.refinement ? 'Refinement Process' : 'Modification Report'} on that path.`, hint: `Record the Panel's decision: decide ${ctx.ref} approved by Panel` };
  }
  if (target === S.authority && isSelfGovernance(ctx.path) && !state.appealed) {
    return { message: `${ctx.ref} is Self-Governance: the Change Board decides, not the Authority.`, hint: `If its decision was appealed: appeal ${ctx.ref} reason "the grounds"` };
  }
  if (fromInfo.known && fromInfo.order !== undefined && info.order! < fromInfo.order && !isUrgent(ctx.path)) {
    if (!reason) return { message: `This moves ${ctx.ref} back from ${from} to ${target}: a send-back is recorded with its reason.`, hint: `advance ${ctx.ref} "${target}" reason "the Panel sent the report back"` };
    warn(`${ctx.ref} goes back from ${from} to ${target} (${reason}).`);
    return undefined;
  }
  if (isUrgent(ctx.path) || !fromInfo.known) return undefined;
  if (target === S.changeBoard && from !== S.report) return { message: `${ctx.ref} is in ${from}: the Change Board votes after the Report Phase.`, hint: `advance ${ctx.ref} "Report Phase" first` };
  if (target === S.authority && from !== S.report && from !== S.changeBoard) return { message: `${ctx.ref} is in ${from}: the Authority determines a proposal after the Report Phase.`, hint: `advance ${ctx.ref} "Report Phase" first` };
  return undefined;
}

/**
 * A stage a document showed without saying when it began ("first seen"): an observation, not a step, so
 * steps the document did not mention may lie before it. An approval or rejection it implies stands.
 */
function observed(state: RecordState, target: string): undefined {
  if (target === S.pending || target === S.implemented) state.standing ??= { outcome: 'Approved', on: state.since! };
  if (target === S.rejected) state.standing ??= { outcome: 'Rejected', on: state.since! };
  return undefined;
}

/** A stage that states a decision's outcome (Rejected, Pending Implementation) with no decision recorded. */
function impliedDecision(state: RecordState, step: StageStep, ctx: ReplayContext): Problem | undefined {
  const outcome = step.stage === S.rejected ? 'Rejected' : 'Approved';
  if (state.standing?.outcome === outcome) return undefined;
  if (state.standing) return { message: `${ctx.ref} was ${state.standing.outcome.toLowerCase()} on ${formatDate(state.standing.on)}: ${step.stage} contradicts that decision.`, hint: `If the decision was wrong, correct it: decide ${ctx.ref} ${outcome.toLowerCase()} correct "the reason"` };
  if (!DECIDABLE.has(state.stage!) && normaliseStage(state.stage!).known && !(state.stage === S.converted && isFastTrack(ctx.path))) {
    const body = deciderForPath(ctx.path) ?? 'Change Board';
    return { message: `${ctx.ref} is in ${state.stage}: a decision, and so ${step.stage}, comes after the Report Phase.`, hint: `advance ${ctx.ref} "Report Phase" first, then: decide ${ctx.ref} ${outcome.toLowerCase()} by ${body}` };
  }
  state.standing = { outcome, on: step.on };
  return undefined;
}

function implemented(state: RecordState, step: StageStep, ctx: ReplayContext, reason: string | undefined, warn: (w: string) => void): Problem | undefined {
  if (state.stage !== S.pending) {
    return { message: `${ctx.ref} is in ${state.stage}: Implemented follows an approval (Pending Implementation).`, hint: `First record the approval: decide ${ctx.ref} approved by ${deciderForPath(ctx.path) ?? 'Change Board'}` };
  }
  const release = ctx.release;
  if (release?.on && release.on !== step.on && !reason) {
    return { message: `${ctx.ref} targets the ${release.name}, which went live on ${formatDate(release.on)}; implementation on ${formatDate(step.on)} is off-cycle and needs its reason.`, hint: `advance ${ctx.ref} Implemented on ${formatDate(release.on)}, or: advance ${ctx.ref} Implemented on ${formatDate(step.on)} reason "off-cycle: ten Working Days after the decision"` };
  }
  if (!ctx.calendar.isWorkingDay(step.on)) warn(`${formatDate(step.on)} is not a Working Day: check the implementation date.`);
  return undefined;
}
