import { UserError } from '../../core/errors';
import { nearestReferences } from '../../core/suggest';
import type { Proposal, StoreData } from '../../../storage/schema';
import { parseProposalRef, toModificationRef } from '../references';
import { proposalWithDraftRef, proposalWithRef } from './proposal-index';
import { searchProposals } from './search-proposals';

export interface FoundProposal {
  proposal: Proposal;
  /** Set when the user asked for a Draft Proposal that has since been converted: "DP118". */
  convertedFrom?: string;
}

/** `dp96`, `DP 096`, `mp-167b`, `SECMP0049`; a converted DP answers with its MP. */
export function findProposal(data: Readonly<StoreData>, input: string): FoundProposal | undefined {
  const parsed = parseProposalRef(input.trim());
  if (!parsed) return undefined;
  const direct = proposalWithRef(data, parsed.ref);
  if (direct) return { proposal: direct };
  if (parsed.kind !== 'DP') return undefined;
  const converted = proposalWithDraftRef(data, parsed.ref) ?? proposalWithRef(data, toModificationRef(parsed.ref));
  return converted ? { proposal: converted, convertedFrom: parsed.ref } : undefined;
}

/** Like findProposal, but an unknown reference is a UserError with the nearest references and title matches. */
export function requireProposal(data: Readonly<StoreData>, input: string): FoundProposal {
  const found = findProposal(data, input);
  if (found) return found;
  const parsed = parseProposalRef(input.trim());
  const titleHint = titleMatches(data, input);
  if (!parsed) {
    if (titleHint) throw new UserError(`"${clip(input)}" is not a proposal reference.`, titleHint);
    throw new UserError(`"${clip(input)}" is not a proposal reference.`, 'Try DP096, MP167B or SECMP0049.');
  }
  const refs = data.proposals.map((p) => p.ref);
  const near = nearestReferences(parsed.ref, refs, 3, (a, b) => /^(DP|MP)$/.test(a) && /^(DP|MP)$/.test(b));
  const guess = near.length ? ` Did you mean ${orList(near)}?` : '';
  throw new UserError(`No proposal ${parsed.ref}.${guess}`, 'Find one with `search WORDS` or `list all`.');
}

/** "Proposals matching "alerts": DP090 Incorporation of …" when the input looks like words. */
function titleMatches(data: Readonly<StoreData>, input: string): string | undefined {
  if (!/[a-z]{3,}/i.test(input)) return undefined;
  const hits = searchProposals(data, input, 3);
  if (!hits.length) return undefined;
  return `Proposals matching "${clip(input)}": ${hits.map((h) => `${h.proposal.ref} ${h.proposal.title}`).join('; ')}.`;
}

export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
