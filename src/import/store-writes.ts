import { committeeName, findCommittee } from '../domain/committees';
import { compact, emitEvent, type OperationMeta } from '../domain/operations/meta';
import { parseProposalRef } from '../domain/references';
import type { Meeting, Proposal, Release, StoreData } from '../../storage/schema';

/*
 * The few writes no domain operation covers yet: registering a Modification Proposal that the store
 * has never seen (raiseProposal only creates Draft Proposals and announces them as new), filling
 * empty proposal fields, committee decisions other than approved/rejected, meetings and release dates.
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

/** Link an alternative solution to its parent (MP167B → MP167) when the parent is in the store. */
export function linkParent(draft: StoreData, child: Proposal, parentRef: string, meta: OperationMeta): boolean {
  const parent = draft.proposals.find((p) => p.ref === parentRef);
  if (!parent) return false;
  child.parent = parent.ref;
  if (!parent.children.includes(child.ref)) parent.children.push(child.ref);
  parent.updatedAt = meta.at;
  child.updatedAt = meta.at;
  return true;
}

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
  emitEvent(draft, meta, 'decision.recorded', proposal.ref, {
    ref: proposal.ref, title: proposal.title, body, outcome: input.outcome, on: input.on, committees: proposal.committees,
  });
}

export function recordMeeting(draft: StoreData, meeting: Omit<Meeting, 'source'>, meta: OperationMeta): void {
  draft.meetings.push(compact({ ...meeting, source: meta.source }));
}

export function recordRelease(draft: StoreData, release: Omit<Release, 'source'>, meta: OperationMeta): void {
  draft.releases.push({ ...release, source: meta.source });
}
