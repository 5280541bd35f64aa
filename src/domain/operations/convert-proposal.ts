import { UserError } from '../../core/errors';
import type { Proposal, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';
import { proposalWithDraftRef, proposalWithRef } from '../queries/proposal-index';
import { normaliseStage } from '../lifecycle';
import { normaliseProposalRef, parseProposalRef, toModificationRef } from '../references';
import { requireFactDate } from '../fact-dates';
import { CONVERTED_STAGE, moveToStage, stageEventData } from './advance-stage';
import { emitNews, type OperationMeta } from './meta';
import { requireNotBeforeCurrent } from './stage-history';
import { requireIsoDate } from './validate';

export interface ConvertProposalInput {
  /** The Draft Proposal: "DP096". */
  ref: string;
  /** Default: meta.today. */
  on?: string;
  note?: string;
  /** Why it converts although the CSC has not agreed it is ready (the replay asks for one then). */
  reason?: string;
}

export interface Conversion {
  proposal: Proposal;
  draftRef: string;
  from: string | undefined;
  /** How many actions and consultations now point at the MP. */
  repointed: { actions: number; consultations: number };
  warnings: string[];
  /** False when recorded quietly (dated too far back to be news). */
  announced: boolean;
}

/**
 * DP096 → MP096: the same record takes the MP reference and keeps `draftRef`, its history and
 * decisions. Actions, consultations and parent/child links that named the DP are re-pointed to the
 * MP, so every list shows one reference; lookups by the old DP reference still work through draftRef.
 */
export function convertProposal(draft: StoreData, input: ConvertProposalInput, meta: OperationMeta): Conversion {
  const proposal = requireDraft(draft, input.ref);
  const draftRef = proposal.ref;
  const ref = toModificationRef(draftRef);
  const on = requireIsoDate(input.on ?? meta.today, 'The date');
  requireFactDate(proposal, on, meta.today, 'The conversion date');
  const warnings = requireNotBeforeCurrent(proposal, on, meta, `convert ${draftRef} on a later date`);
  const from = proposal.stage;
  proposal.ref = ref;
  proposal.draftRef = draftRef;
  moveToStage(proposal, normaliseStage(CONVERTED_STAGE).name, on, meta, input.note, input.reason);
  const repointed = repoint(draft, draftRef, ref);
  const event = emitNews(draft, meta, on, 'stage.changed', ref, { ...stageEventData(proposal, from, on, input.note), convertedFrom: draftRef });
  return { proposal, draftRef, from, repointed, warnings, announced: !!event };
}

function requireDraft(draft: StoreData, input: string): Proposal {
  const ref = normaliseProposalRef(input);
  if (parseProposalRef(ref)?.kind !== 'DP') {
    throw new UserError(`${ref} is not a Draft Proposal: only DPs are converted.`, 'For example: convert DP096.');
  }
  const converted = proposalWithDraftRef(draft, ref);
  if (converted) {
    const entry = [...converted.stageHistory].reverse().find((s) => s.stage.toLowerCase() === CONVERTED_STAGE.toLowerCase());
    throw new UserError(`${ref} was already converted to ${converted.ref}${entry ? ` on ${formatDate(entry.on)}` : ''}.`, `See it with: status ${converted.ref}.`);
  }
  const proposal = proposalWithRef(draft, ref);
  if (!proposal) throw new UserError(`No proposal ${ref}.`, 'Register it first: raise DP120 "Title", or check with "list all".');
  if (normaliseStage(proposal.stage ?? '').terminal) {
    throw new UserError(`${ref} is ${proposal.stage}, so it cannot be converted.`, `If it is back in play, first: advance ${ref} "Development Stage" reason "why it was reopened"`);
  }
  const clash = toModificationRef(ref);
  if (draft.proposals.some((p) => p.ref === clash)) {
    throw new UserError(`${clash} already exists, so ${ref} cannot take its number.`, `Check both with: status ${clash}.`);
  }
  return proposal;
}

function repoint(draft: StoreData, from: string, to: string): Conversion['repointed'] {
  let actions = 0;
  for (const action of draft.actions) {
    if (!action.proposals.includes(from)) continue;
    action.proposals = [...new Set(action.proposals.map((p) => (p === from ? to : p)))];
    actions++;
  }
  let consultations = 0;
  for (const consultation of draft.consultations) {
    if (consultation.proposal !== from) continue;
    consultation.proposal = to;
    consultations++;
  }
  for (const proposal of draft.proposals) {
    if (proposal.parent === from) proposal.parent = to;
    if (proposal.children.includes(from)) proposal.children = proposal.children.map((c) => (c === from ? to : c));
  }
  return { actions, consultations };
}
