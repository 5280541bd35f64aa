import { compact, type OperationMeta } from './meta';
import { parseProposalRef } from '../references';
import { proposalWithRef } from '../queries/proposal-index';
import type { Proposal, StoreData } from '../../../storage/schema';

/*
 * For documents that describe proposals already under way: recording an MP or SECMP the store has never
 * seen (raiseProposal is for new Draft Proposals and announces them), filling fields the store lacks, and
 * linking a split proposal (MP167B) to the one it was split from (MP167).
 */

export interface RegisterInput {
  ref: string;
  title: string;
  /** The first stage a document dates; absent when the document does not state one ("stage not stated"). */
  stage?: string;
  on?: string;
  /** The stage's date is only when the document (dated `on`) showed it. */
  firstSeen?: boolean;
  /** The sentence the stage came from. */
  note?: string;
  fields: Partial<Pick<Proposal, 'summary' | 'proposer' | 'leadAnalyst' | 'path' | 'targetRelease' | 'raisedOn'>>;
}

/**
 * A proposal a document describes, recorded with the first stage the document dates, or with no stage at
 * all when the document states none (never a default stage, never today's date); no "new DP" announcement.
 */
export function registerProposal(draft: StoreData, input: RegisterInput, meta: OperationMeta): Proposal {
  const parsed = parseProposalRef(input.ref)!;
  const draftRef = parsed.kind === 'MP' && !parsed.suffix ? `DP${input.ref.slice(2)}` : undefined;
  const proposal: Proposal = compact({
    ref: input.ref, draftRef, title: input.title, ...compact(input.fields),
    stageHistory: [], committees: [], decisions: [], children: [], source: meta.source, updatedAt: meta.at,
  });
  draft.proposals.push(proposal);
  if (input.stage && input.on) startStageHistory(proposal, { stage: input.stage, on: input.on, note: input.note, firstSeen: input.firstSeen }, meta);
  return proposal;
}

/**
 * The first stage of a proposal recorded with none: the one place a stage-less proposal gets its stage.
 * The stage is set here only so the rest of the same import sees it; the replay derives it again on save.
 */
export function startStageHistory(proposal: Proposal, entry: { stage: string; on: string; note?: string; firstSeen?: boolean }, meta: OperationMeta): void {
  proposal.stageHistory.push(compact({ stage: entry.stage, on: entry.on, source: meta.source, note: entry.note?.trim() || undefined, firstSeen: entry.firstSeen || undefined }));
  proposal.stage = entry.stage;
  proposal.updatedAt = meta.at;
}

/** Set fields the store does not have yet; never overwrites one. */
export function fillProposal(proposal: Proposal, fields: RegisterInput['fields'] & { parent?: string }, meta: OperationMeta): void {
  Object.assign(proposal, compact(fields));
  proposal.updatedAt = meta.at;
}

/** Link a split proposal to the one it was split from (MP167B → MP167) when that one is in the store. */
export function linkParent(draft: StoreData, child: Proposal, parentRef: string, meta: OperationMeta): boolean {
  const parent = proposalWithRef(draft, parentRef);
  if (!parent) return false;
  child.parent = parent.ref;
  if (!parent.children.includes(child.ref)) parent.children.push(child.ref);
  parent.updatedAt = meta.at;
  child.updatedAt = meta.at;
  return true;
}
