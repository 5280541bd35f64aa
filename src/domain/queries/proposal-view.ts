import type { Calendar } from '../../core/ports';
import type { Action, Decision, Proposal, StoreData } from '../../../storage/schema';
import { daysBetween } from '../dates';
import { nextStep } from '../next-step';
import { replayContext } from '../record/replay-context';
import { replayRecord, type Replay } from '../record/replay-record';
import { consultationsOf, sortByCloses, viewConsultation, type ConsultationView } from './consultations';
import { filterActions } from './filter-actions';
import { nextMilestone, type Milestone } from './next-milestone';
import { childRefsOf, proposalWithRef } from './proposal-index';
import { readyToConvert, type Readiness } from './readiness';
import { releaseFor, type ReleaseView } from './release-for';
import { stageOf } from './stage-of';
import { sourceDocument } from './stage-source';

export interface ProposalView {
  proposal: Proposal;
  /** The stage as SECAS names it, the date it was entered and whole days since (when known). */
  stage: { name: string; since?: string; days?: number; terminal: boolean; firstSeenIn?: string };
  release?: ReleaseView;
  consultations: ConsultationView[];
  openActions: readonly Action[];
  lastDecision?: Decision;
  parent?: Proposal;
  children: { ref: string; proposal?: Proposal }[];
  milestone?: Milestone;
  /** A Draft Proposal the CSC agreed is ready to convert. */
  readiness?: Readiness;
  /** The usual next stage, for an "Advance stage" button, when the process rules accept it. */
  nextStage?: string;
  /** The body whose decision is the next step, for "Approved by …" buttons. */
  nextDecider?: string;
  /** A record saved before the process rules were replayed that they cannot produce: what to fix. */
  recordProblem?: { message: string; hint: string };
}

/** Everything `status REF` shows, computed once; also used for Slack unfurls and Teams cards. */
export function proposalView(data: Readonly<StoreData>, proposal: Proposal, now: Date, calendar: Calendar): ProposalView {
  const today = calendar.londonDate(now);
  const refs = [proposal.ref, ...(proposal.draftRef ? [proposal.draftRef] : [])];
  const consultations = sortByCloses([...new Set(refs)].flatMap((ref) => consultationsOf(data, ref)));
  const replay = replayRecord(proposal, replayContext(data, proposal, today, calendar));
  const decision = replay.state.lastDecision;
  const parent = proposal.parent ? proposalWithRef(data, proposal.parent) : undefined;
  const release = releaseFor(data, proposal.targetRelease);
  const milestone = nextMilestone(data, proposal, now, calendar);
  const step = nextStep(proposal);
  const readiness = readyToConvert(proposal);
  return {
    proposal,
    stage: stageSince(replay, today),
    ...(release ? { release } : {}),
    consultations: consultations.map((c) => viewConsultation(c, now, calendar, today)),
    openActions: filterActions(data, { status: 'open', proposals: refs }, today),
    ...(decision ? { lastDecision: decision } : {}),
    ...(parent ? { parent } : {}),
    children: childrenOf(data, proposal),
    ...(milestone ? { milestone } : {}),
    ...(step?.kind === 'advance' ? { nextStage: step.stage } : {}),
    ...(step?.kind === 'decide' ? { nextDecider: step.body } : {}),
    ...(readiness ? { readiness } : {}),
    ...(replay.problem ? { recordProblem: { message: replay.problem.message, hint: replay.problem.hint } } : {}),
  };
}

/** The stage and since when, from the replay of the record: the same answer every change is checked against. */
function stageSince(replay: Replay, today: string): ProposalView['stage'] {
  const { state } = replay;
  const info = stageOf(state.stage);
  const since = state.since;
  const step = state.sinceStep;
  const firstSeen = state.firstSeen && step ? { firstSeenIn: sourceDocument(step.entry.source) } : {};
  return { name: info.name, terminal: info.terminal || !!state.ended, ...(since ? { since, days: Math.max(0, daysBetween(since, today)), ...firstSeen } : {}) };
}

function childrenOf(data: Readonly<StoreData>, proposal: Proposal): ProposalView['children'] {
  const refs = new Set([...proposal.children, ...childRefsOf(data, proposal.ref)]);
  return [...refs].sort().map((ref) => {
    const child = proposalWithRef(data, ref);
    return child ? { ref, proposal: child } : { ref };
  });
}
