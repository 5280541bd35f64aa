import { committeeName, findCommittee } from '../committees';
import { emitNews, type OperationMeta } from './meta';
import type { Proposal, StoreData } from '../../../storage/schema';

/** The name recordDecision would store for a body: "CSC" → "Change Sub-Committee". */
export function bodyName(body: string): string {
  const id = findCommittee(body);
  return id ? committeeName(id) : body;
}

/** A committee's view recorded as a decision ("Ready to convert", "Recommended route: Report Phase"). */
export function addCommitteeDecision(draft: StoreData, proposal: Proposal, input: { body: string; outcome: string; on: string; text: string }, meta: OperationMeta): void {
  const body = bodyName(input.body);
  proposal.decisions.push({ body, outcome: input.outcome, on: input.on, text: input.text, source: meta.source });
  proposal.updatedAt = meta.at;
  emitNews(draft, meta, input.on, 'decision.recorded', proposal.ref, {
    ref: proposal.ref, title: proposal.title, body, outcome: input.outcome, on: input.on, committees: proposal.committees,
  });
}
