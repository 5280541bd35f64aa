/**
 * How timeline and timetable rows map onto the store, in SECAS's words. Rows that match none of
 * these (a Working Group meeting, legal text drafted) are listed as events and not recorded.
 */
export interface StageEvent {
  pattern: RegExp;
  stage: string;
}

export interface DecisionEvent {
  pattern: RegExp;
  body(label: string): string;
  outcome(label: string): string;
  /** A stage the decision starts, when the decision itself does not move it. */
  stage?: string;
}

export const STAGE_EVENTS: readonly StageEvent[] = [
  { pattern: /\b(draft proposal|DP) (was )?raised\b|^raised$/i, stage: 'Development Stage' },
  { pattern: /\bconver(ted|sion) (in)?to (a )?modification proposal\b|^converted to MP\b/i, stage: 'Converted to Modification Proposal' },
  { pattern: /\b(enter(ed|s)?|start(ed|s)?|mov(ed|es) (in)?to|proceed(ed|s)? to) (the )?refinement process\b|^refinement process$/i, stage: 'Refinement Process' },
  { pattern: /\b(enter(ed|s)?|mov(ed|es) (in)?to|proceed(ed|s)? to|sent to) (the )?report phase\b|^report phase$/i, stage: 'Report Phase' },
  { pattern: /\bchange board (vote|meeting)\b|\bpresent(ed)? to (the )?change board\b|^change board$/i, stage: 'Change Board' },
  { pattern: /\b(sent|submitted) to (the )?authority\b|^authority determination$/i, stage: 'Authority Determination' },
  { pattern: /^pending implementation$/i, stage: 'Pending Implementation' },
  { pattern: /^(modification )?implemented\b|\bwas implemented\b|^implementation( date)?$/i, stage: 'Implemented' },
  { pattern: /\bwithdrawn\b/i, stage: 'Withdrawn' },
];

const outcomeWord = (label: string): string => (/reject/i.test(label) ? 'Rejected' : 'Approved');

export const DECISION_EVENTS: readonly DecisionEvent[] = [
  {
    pattern: /\bmodification report approved by (the )?(CSC|change sub-committee|panel)\b/i,
    body: (label) => (/panel/i.test(label) ? 'SEC Panel' : 'Change Sub-Committee'),
    outcome: () => 'Modification Report approved',
    stage: 'Report Phase',
  },
  {
    pattern: /\bchange board (voted to )?(approved?|reject(ed)?)\b|\b(approved|rejected) by (the )?change board\b/i,
    body: () => 'Change Board',
    outcome: outcomeWord,
  },
  {
    pattern: /\b(authority|ofgem) (approved|rejected|decision to (approve|reject))\b|\b(approved|rejected) by (the )?(authority|ofgem)\b/i,
    body: () => 'Authority',
    outcome: outcomeWord,
  },
];

export const CONSULTATION_EVENTS: readonly { pattern: RegExp; kind: 'refinement' | 'report' | 'other' }[] = [
  { pattern: /\brefinement consultation\b/i, kind: 'refinement' },
  { pattern: /\b(modification report consultation|MRC|report phase consultation)\b/i, kind: 'report' },
  { pattern: /\bconsultation\b/i, kind: 'other' },
];
