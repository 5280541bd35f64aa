import type { Calendar } from '../../core/ports';
import type { Consultation, Decision } from '../../../storage/schema';
import type { RecordStep } from './record-timeline';

/** What a proposal's record says at one point of its history: the result of replaying it up to there. */
export interface RecordState {
  /** Still a Draft Proposal (not converted) at this point. */
  isDraft: boolean;
  /** The stage, as SECAS names it; undefined while no step has stated one. */
  stage?: string;
  /** The day the stage began (or was first seen, when `firstSeen`). */
  since?: string;
  firstSeen?: boolean;
  /** The step that began the current stage. */
  sinceStep?: RecordStep;
  /** Set while the process has ended (Implemented, Rejected, Withdrawn). */
  ended?: string;
  /** The latest decision of any body, committee views included. */
  lastDecision?: Decision;
  /** The decision that stands: an approval or rejection by a deciding body (or implied by a stated stage). */
  standing?: { outcome: 'Approved' | 'Rejected'; body?: string; on: string };
  /** The CSC's latest view of a Draft Proposal: ready to convert, or further development required. */
  cscView?: { ready: boolean; on: string; outcome: string };
  /** A Self-Governance decision appealed to the Authority, not yet determined. */
  appealed?: { on: string };
}

/** The facts around the record that the rules look at. */
export interface ReplayContext {
  ref: string;
  draftRef?: string;
  path?: string;
  raisedOn?: string;
  /** Today, Europe/London: nothing that happened is dated after it. */
  today: string;
  calendar: Calendar;
  /** The target release and its date, when known: implementation falls on it unless a reason says otherwise. */
  release?: { name: string; on?: string };
  consultations: readonly Consultation[];
  /** A split parent's end: the first date one of its parts is recorded. */
  splitOn?: string;
  splitInto?: readonly string[];
  /** A part of a split proposal: its parent and the day it was split (the part has no history before it). */
  partOf?: { ref: string; on: string };
}

/** A history the SEC process cannot produce: what is wrong, and the command that would work. */
export interface Problem {
  message: string;
  hint: string;
}

export const initialState = (ctx: ReplayContext): RecordState => ({ isDraft: /^DP/.test(ctx.ref) });
