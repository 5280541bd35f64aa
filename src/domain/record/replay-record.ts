import type { Proposal } from '../../../storage/schema';
import { formatDate } from '../dates';
import { consultationProblem } from './consultation-rules';
import { applyDecisionStep } from './decision-step';
import { initialState, type Problem, type RecordState, type ReplayContext } from './record-state';
import { describeStep, recordTimeline, type RecordStep } from './record-timeline';
import { applyStageStep } from './stage-step';

export interface Replay {
  /** The record's state after its last step: stage, since, last decision, … */
  state: RecordState;
  steps: RecordStep[];
  /** The first step the process cannot produce, and why; undefined for a valid record. */
  problem?: Problem & { step?: RecordStep };
  /** Unusual but allowed steps, said out loud. */
  warnings: string[];
}

/**
 * Replay a proposal's whole record through the SEC process rules: stage entries and decisions in date
 * order, then each consultation against the stage it falls in. Every write is accepted only if this finds
 * no problem; status, lists and buttons read their stage from the same replay.
 */
export function replayRecord(p: Pick<Proposal, 'stageHistory' | 'decisions'>, ctx: ReplayContext): Replay {
  const steps = recordTimeline(p);
  const state = initialState(ctx);
  const warnings: string[] = [];
  const after: { on: string; state: RecordState }[] = [];
  const warn = (w: string) => warnings.push(w);
  for (const step of steps) {
    const problem = datingProblem(step, ctx) ?? (step.kind === 'stage' ? applyStageStep(state, step, ctx, warn) : applyDecisionStep(state, step, ctx, warn));
    if (problem) return { state, steps, problem: { ...problem, step }, warnings };
    after.push({ on: step.on, state: { ...state } });
  }
  const at = (date: string): RecordState => after.filter((a) => a.on <= date).at(-1)?.state ?? initialState(ctx);
  for (const c of ctx.consultations) {
    const problem = consultationProblem(c, ctx, at, state, steps.at(-1)?.on);
    if (problem) return { state, steps, problem, warnings };
  }
  return { state, steps, warnings };
}

function datingProblem(step: RecordStep, ctx: ReplayContext): Problem | undefined {
  const what = describeStep(step, formatDate);
  if (step.on > ctx.today) return { message: `${ctx.ref}: ${what} is in the future; only what has happened is recorded.`, hint: `Give the day it happened (today is ${formatDate(ctx.today)})` };
  if (ctx.raisedOn && step.on < ctx.raisedOn) return { message: `${ctx.ref}: ${what} is before it was raised (${formatDate(ctx.raisedOn)}).`, hint: `Check the date, or the date it was raised` };
  if (ctx.partOf && step.on < ctx.partOf.on) {
    return { message: `${ctx.ref} is a part of ${ctx.partOf.ref}, split on ${formatDate(ctx.partOf.on)}: its own record starts then, so ${what} cannot be recorded on it.`, hint: `Record it on ${ctx.partOf.ref}, or check the date (see: history ${ctx.ref})` };
  }
  if (ctx.splitOn && step.on > ctx.splitOn) {
    return { message: `${ctx.ref} was split into ${ctx.splitInto?.join(' and ') ?? 'parts'} on ${formatDate(ctx.splitOn)}: it has ended, so ${what} cannot be recorded on it.`, hint: `Record it on the parts instead, e.g. status ${ctx.splitInto?.[0] ?? ctx.ref}` };
  }
  return undefined;
}
