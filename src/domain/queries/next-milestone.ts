import type { Calendar } from '../../core/ports';
import type { Meeting, Proposal, StoreData } from '../../../storage/schema';
import { normaliseStage } from '../lifecycle';
import { consultationName, consultationsOf, viewConsultation } from './consultations';
import { releaseFor } from './release-for';
import { groupBy, indexPerArray } from './store-index';
import { own } from '../../core/own';
import { byCodePoint } from '../code-point-order';

export interface Milestone {
  /** "Refinement Consultation closes", "Change Board meeting (CB 34_2709)", "February 2024 SEC Release". */
  label: string;
  /** London date YYYY-MM-DD. */
  on: string;
  /** The exact instant when known (consultations close at 5pm). */
  at?: string;
}

/** Which committee's next meeting matters at each stage. */
const DECIDING_COMMITTEE: Record<string, string> = {
  'Development Stage': 'CSC',
  'Refinement Process': 'WG',
  'Report Phase': 'CB',
  'Change Board': 'CB',
};

/** The earliest dated event ahead for a proposal: a consultation opening or closing, a deciding meeting, its release. */
export function nextMilestone(data: Readonly<StoreData>, proposal: Proposal, now: Date, calendar: Calendar): Milestone | undefined {
  // A proposal with no stated stage still has its consultations and release ahead of it.
  const stage = proposal.stage ? normaliseStage(proposal.stage) : { name: '', terminal: false };
  if (stage.terminal) return undefined;
  const today = calendar.londonDate(now);
  const candidates: Milestone[] = [...consultationMilestones(data, proposal, now, calendar), ...meetingMilestones(data, stage.name, today)];
  const release = releaseFor(data, proposal.targetRelease);
  if (release?.on && release.on >= today) candidates.push({ label: release.name, on: release.on });
  return candidates.sort((a, b) => byCodePoint(a.on, b.on) || byCodePoint(a.at ?? '', b.at ?? ''))[0];
}

function consultationMilestones(data: Readonly<StoreData>, proposal: Proposal, now: Date, calendar: Calendar): Milestone[] {
  return consultationsOf(data, proposal.ref)
    .map((c) => viewConsultation(c, now, calendar))
    .flatMap((v): Milestone[] => {
      const name = consultationName(v.consultation.kind);
      if (v.state === 'upcoming') return [{ label: `${name} opens`, on: v.consultation.opens! }];
      if (v.state === 'open' && v.closesOn) return [{ label: `${name} closes`, on: v.closesOn, at: v.consultation.closes }];
      return [];
    });
}

function meetingMilestones(data: Readonly<StoreData>, stage: string, today: string): Milestone[] {
  const committee = own(DECIDING_COMMITTEE, stage);
  if (!committee) return [];
  let next: Meeting | undefined;
  for (const m of meetingsOf(data, committee)) if (m.on >= today && (!next || m.on < next.on)) next = m;
  return next ? [{ label: `${meetingName(committee)} meeting (${next.ref})`, on: next.on }] : [];
}

const byCommittee = indexPerArray((meetings: readonly Meeting[]) => groupBy(meetings, (m) => m.committee.toUpperCase()));

function meetingsOf(data: Readonly<StoreData>, committee: string): readonly Meeting[] {
  const index = byCommittee(data.meetings);
  return index ? (index.get(committee) ?? []) : data.meetings.filter((m) => m.committee.toUpperCase() === committee);
}

function meetingName(committee: string): string {
  return { CSC: 'Change Sub-Committee', WG: 'Working Group', CB: 'Change Board' }[committee] ?? committee;
}
