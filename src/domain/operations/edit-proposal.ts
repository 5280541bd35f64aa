import type { Proposal, StoreData } from '../../../storage/schema';
import { changeOf, type FieldChange } from './field-change';
import { requireProposal } from './find';
import type { OperationMeta } from './meta';
import { PROPOSAL_FIELD_LABELS, proposalFieldValue, setProposalField, type ProposalField } from './proposal-field-values';

export interface EditProposalInput {
  ref: string;
  /** Field → the value as typed; "none" clears an optional field. */
  changes: Partial<Record<ProposalField, string>>;
}

export interface ProposalEdit {
  proposal: Proposal;
  changes: FieldChange[];
}

/**
 * Correct fields of a proposal that were recorded wrong (title, proposer, path, target release, …). Every
 * value is checked, and a value the field already has is refused, before anything is kept. A correction,
 * not news: no event is queued; the store's audit log keeps the before and after.
 */
export function editProposal(draft: StoreData, input: EditProposalInput, meta: OperationMeta): ProposalEdit {
  const proposal = requireProposal(draft, input.ref);
  const changes = (Object.entries(input.changes) as [ProposalField, string][]).map(([field, raw]) => {
    const before = proposalFieldValue(proposal, field);
    setProposalField(draft, proposal, field, raw);
    return changeOf(proposal.ref, PROPOSAL_FIELD_LABELS[field], before, proposalFieldValue(proposal, field));
  });
  proposal.updatedAt = meta.at;
  return { proposal, changes };
}
