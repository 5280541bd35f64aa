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
  stage: string;
  on: string;
  fields: Partial<Pick<Proposal, 'summary' | 'proposer' | 'leadAnalyst' | 'path' | 'targetRelease' | 'raisedOn'>>;
}

/** An existing MP or SECMP, recorded with the first stage the document dates; no "new DP" announcement. */
export function registerProposal(draft: StoreData, input: RegisterInput, meta: OperationMeta): Proposal {
  const parsed = parseProposalRef(input.ref)!;
  const draftRef = parsed.kind === 'MP' && !parsed.suffix ? `DP${input.ref.slice(2)}` : undefined;
  const proposal: Proposal = compact({
    ref: input.ref, draftRef, title: input.title, ...compact(input.fields),
    stage: input.stage, stageHistory: [{ stage: input.stage, on: input.on, source: meta.source }],
    committees: [], decisions: [], children: [], updatedAt: meta.at,
  });
  draft.proposals.push(proposal);
  return proposal;
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
