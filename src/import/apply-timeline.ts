import { formatDate } from '../domain/dates';
import { checkFactDate } from '../domain/fact-dates';
import { isBackwards, normaliseStage } from '../domain/lifecycle';
import { advanceStage, CONVERTED_STAGE, convertProposal, recordDecision } from '../domain/operations';
import { resolveProposal } from './resolve-proposal';
import { parseProposalRef } from '../domain/references';
import type { Proposal } from '../../storage/schema';
import { documentDateOf, metaFor, warnItem, type ApplyContext } from './apply-context';
import type { ImportedDecision, ImportedStage } from './change-set';
import { addCommitteeDecision, bodyName, markStageFirstSeen, startStageHistory } from '../domain/operations';
import { byCodePoint } from '../domain/code-point-order';

type Dated = { stage: ImportedStage } | { decision: ImportedDecision };

/** Stages and decisions in date order, so each one meets the proposal as it was on that day. */
export function applyTimeline(ctx: ApplyContext): void {
  const dated: Dated[] = [
    ...ctx.set.stages.filter((s) => !s.planned).map((stage) => ({ stage })),
    ...ctx.set.decisions.map((decision) => ({ decision })),
  ];
  const on = (d: Dated): string => ('stage' in d ? d.stage.on : d.decision.on);
  for (const item of dated.sort((a, b) => byCodePoint(on(a), on(b)))) {
    if ('stage' in item) applyStage(ctx, item.stage);
    else applyDecision(ctx, item.decision);
  }
  ctx.report.applied.stages.push(...ctx.set.stages.filter((s) => s.planned));
}

/** The proposal an item is about, or a warning (once per reference) when the store does not have it. */
export function proposalFor(ctx: ApplyContext, ref: string, source: ImportedStage['source']): Proposal | undefined {
  if (ctx.blocked.has(ref)) return undefined;
  const found = resolveProposal(ctx.draft, ref);
  if (found) return found;
  ctx.blocked.add(ref);
  warnItem(ctx, `No proposal ${ref} in the store and the document does not describe it, so what it says about ${ref} was not recorded.`, source);
  return undefined;
}

function applyStage(ctx: ApplyContext, item: ImportedStage): void {
  const proposal = proposalFor(ctx, item.ref, item.source);
  if (!proposal) return;
  const stage = normaliseStage(item.stage).name;
  const recorded = proposal.stageHistory.find((h) => h.stage.toLowerCase() === stage.toLowerCase());
  if (recorded) {
    if (recorded.on !== item.on) warnItem(ctx, `${proposal.ref}: the store has ${stage} from ${formatDate(recorded.on)}; ${item.source.file} says ${formatDate(item.on)}. Left as it is.`, item.source);
    ctx.report.unchanged++;
    return;
  }
  if (!datedSensibly(ctx, proposal, item.on, `${stage} on`, item.source)) return;
  // A conversion the document states is its own reason, whatever CSC minutes the store holds.
  const reason = stage === CONVERTED_STAGE ? `${item.source.file} states it: "${item.sentence}"` : undefined;
  if (stage === CONVERTED_STAGE && parseProposalRef(proposal.ref)?.kind === 'DP') {
    const { warnings } = convertProposal(ctx.draft, { ref: proposal.ref, on: item.on, note: item.sentence, reason }, metaFor(ctx, item.source));
    warnAll(ctx, proposal.ref, warnings, item.source);
  } else if (!proposal.stage) {
    startStageHistory(proposal, { stage, on: item.on, note: item.sentence }, metaFor(ctx, item.source));
  } else {
    if (!canMove(ctx, proposal, stage, item)) return;
    const { warnings } = advanceStage(ctx.draft, { ref: proposal.ref, stage, on: item.on, note: item.sentence, ...(reason ? { reason } : {}) }, metaFor(ctx, item.source));
    warnAll(ctx, proposal.ref, warnings, item.source);
  }
  ctx.report.applied.stages.push({ ...item, stage });
}

/** A document's date in the future, or before the proposal existed, is reported and not recorded. */
function datedSensibly(ctx: ApplyContext, proposal: Proposal, on: string, what: string, source: ImportedStage['source']): boolean {
  const problem = checkFactDate(proposal, on, ctx.options.today, `${proposal.ref}: ${what}`);
  if (problem) warnItem(ctx, `${problem.message} Not recorded.`, source);
  return !problem;
}

function warnAll(ctx: ApplyContext, ref: string, warnings: readonly string[], source: ImportedStage['source']): void {
  for (const warning of warnings) warnItem(ctx, warning.startsWith(ref) ? warning : `${ref}: ${warning}`, source);
}

/** Never backwards, never before the date of the stage the proposal is in: both are reported instead. */
function canMove(ctx: ApplyContext, proposal: Proposal, stage: string, item: ImportedStage): boolean {
  const since = proposal.stageHistory.at(-1)?.on;
  if (proposal.stage && isBackwards(proposal.stage, stage)) {
    warnItem(ctx, `${proposal.ref} is in ${proposal.stage}; ${item.source.file} says ${stage} on ${formatDate(item.on)}, which would move it backwards. Not applied.`, item.source);
    return false;
  }
  if (since && item.on < since) {
    warnItem(ctx, `${proposal.ref} has been in ${proposal.stage} since ${formatDate(since)}; ${stage} on ${formatDate(item.on)} is earlier, so it was not applied.`, item.source);
    return false;
  }
  return true;
}

function applyDecision(ctx: ApplyContext, item: ImportedDecision): void {
  const proposal = proposalFor(ctx, item.ref, item.source);
  if (!proposal) return;
  const body = bodyName(item.body);
  if (proposal.decisions.some((d) => d.body === body && d.outcome.toLowerCase() === item.outcome.toLowerCase() && d.on === item.on)) {
    ctx.report.unchanged++;
    return;
  }
  if (!datedSensibly(ctx, proposal, item.on, `a decision on`, item.source)) return;
  const meta = metaFor(ctx, item.source);
  const outcome = item.outcome.toLowerCase();
  // A proposal with no stated stage gets the decision only: the stage it implies is not stated.
  if (proposal.stage && (outcome === 'approved' || outcome === 'rejected') && ['Change Board', 'Authority'].includes(item.body) && movesForward(proposal, outcome, item.on)) {
    const { warnings } = recordDecision(ctx.draft, { ref: proposal.ref, outcome, by: item.body, on: item.on, text: item.sentence }, meta);
    warnAll(ctx, proposal.ref, warnings, item.source);
  } else {
    addCommitteeDecision(ctx.draft, proposal, { body: item.body, outcome: item.outcome, on: item.on, text: item.sentence }, meta);
  }
  ctx.report.applied.decisions.push({ ...item, body });
}

/** recordDecision moves the stage (Pending Implementation, Rejected): only when that is not going back. */
function movesForward(proposal: Proposal, outcome: string, on: string): boolean {
  const target = outcome === 'rejected' ? 'Rejected' : 'Pending Implementation';
  const since = proposal.stageHistory.at(-1)?.on ?? on;
  return !(proposal.stage && isBackwards(proposal.stage, target)) && since <= on;
}

/** A register page's "Stage" line with no dated event behind it: recorded as first seen on the page's date (or today), and said so. */
export function applyCurrentStage(ctx: ApplyContext, ref: string, stageText: string, source: ImportedStage['source']): void {
  const proposal = ctx.blocked.has(ref) ? undefined : resolveProposal(ctx.draft, ref);
  if (!proposal) return;
  const stage = normaliseStage(stageText).name;
  if (proposal.stage?.toLowerCase() === stage.toLowerCase()) {
    ctx.report.unchanged++;
    return;
  }
  if (ctx.set.stages.some((s) => s.ref === ref && normaliseStage(s.stage).name === stage)) return;
  const on = documentDateOf(ctx, source);
  if (!on) return warnItem(ctx, `${ref}: the page says the stage is ${stage} but gives no date for it and is not dated itself, so the stage was not recorded.`, source);
  const item: ImportedStage = { ref, stage, on, sentence: `Stage: ${stageText}`, source };
  if (proposal.stage && !canMove(ctx, proposal, stage, item)) return;
  warnItem(ctx, `${ref}: the page says the stage is ${stage} but gives no date for it; recorded as first seen ${formatDate(on)}, the date of ${source.file}.`, source);
  const meta = metaFor(ctx, source);
  if (!proposal.stage) startStageHistory(proposal, { stage, on, note: item.sentence, firstSeen: true }, meta);
  else {
    const { warnings } = advanceStage(ctx.draft, { ref: proposal.ref, stage, on, note: item.sentence, undated: true }, meta);
    markStageFirstSeen(ctx.draft.proposals.find((p) => p.ref === proposal.ref)!, meta);
    warnAll(ctx, proposal.ref, warnings, source);
  }
  ctx.report.applied.stages.push(item);
}
