import { UserError } from '../../core/errors';
import { partyCategorySchema, type Proposal, type Proposer, type StoreData } from '../../../storage/schema';
import { normaliseCommittee, SUB_COMMITTEES } from '../committees';
import { parseProposalRef, toModificationRef } from '../references';
import { normaliseStage } from '../lifecycle';
import { compact, emitNews, type OperationMeta } from './meta';
import { TEXT_LIMITS } from '../text-limits';
import { limitText, requireIsoDate, requireText } from './validate';

type PartyCategory = NonNullable<Proposer['category']>;

export interface RaiseProposalInput {
  /** A Draft Proposal reference as typed: "DP120", "dp 120". */
  ref: string;
  title: string;
  summary?: string;
  /** Category: one of the SEC party categories ("Large Supplier", "DCC", ...), any case. */
  proposer?: { name?: string; organisation?: string; category?: string };
  leadAnalyst?: string;
  /** Committee names or ids; default: every sub-committee (CSC, OPSG, TABASC, SSC, SMKI PMA). */
  committees?: readonly string[];
  /** Default: meta.today. */
  raisedOn?: string;
}

export const DEVELOPMENT_STAGE = 'Development Stage';

/** Register a new Draft Proposal in the Development Stage; `dp.raised` is recorded for the notifier when it is news. */
export function raiseProposal(draft: StoreData, input: RaiseProposalInput, meta: OperationMeta): Proposal {
  const ref = requireNewDraftRef(draft, input.ref);
  const committees = normaliseCommittees(input.committees, ref);
  const raisedOn = requireIsoDate(input.raisedOn ?? meta.today, 'The raised date');
  if (raisedOn > meta.today && !meta.asStated) throw new UserError(`The raised date ${raisedOn} is in the future.`, 'Leave it out to raise the DP today.');
  const stage = normaliseStage(DEVELOPMENT_STAGE).name;
  const proposal: Proposal = compact({
    ref,
    title: requireText(input.title, 'The title', `raise ${ref} "Title of the proposal"`, TEXT_LIMITS.title),
    summary: input.summary?.trim() ? limitText(input.summary.trim(), 'The problem statement (summary)', TEXT_LIMITS.summary) : undefined,
    stage,
    stageHistory: [{ stage, on: raisedOn, source: meta.source }],
    raisedOn,
    proposer: toProposer(input.proposer),
    leadAnalyst: input.leadAnalyst?.trim() || undefined,
    committees,
    decisions: [],
    children: [],
    updatedAt: meta.at,
  });
  draft.proposals.push(proposal);
  const { title, summary, proposer, leadAnalyst } = proposal;
  emitNews(draft, meta, raisedOn, 'dp.raised', ref, { ref, title, summary, proposer, leadAnalyst, committees, raisedOn });
  return proposal;
}

function requireNewDraftRef(draft: StoreData, input: string): string {
  const parsed = parseProposalRef(input);
  if (!parsed || parsed.kind !== 'DP') {
    throw new UserError(`"${input}" is not a Draft Proposal reference.`, 'New proposals are raised as DPs, e.g. raise DP120 "Title of the proposal".');
  }
  const ref = parsed.ref;
  if (draft.proposals.some((p) => p.ref === ref)) {
    throw new UserError(`${ref} already exists.`, `See it with: status ${ref}. Raise a new one with the next free number.`);
  }
  const modRef = toModificationRef(ref);
  if (draft.proposals.some((p) => p.ref === modRef || p.draftRef === ref)) {
    throw new UserError(`${ref} was already converted to ${modRef}.`, `See it with: status ${modRef}.`);
  }
  return ref;
}

function toProposer(input: RaiseProposalInput['proposer']): Proposer | undefined {
  if (!input) return undefined;
  const category = input.category === undefined ? undefined : requireCategory(input.category);
  const proposer = compact({ name: input.name?.trim() || undefined, organisation: input.organisation?.trim() || undefined, category });
  return Object.keys(proposer).length ? proposer : undefined;
}

function requireCategory(value: string): PartyCategory {
  const found = partyCategorySchema.options.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new UserError(`"${value}" is not a party category.`, `Use one of: ${partyCategorySchema.options.join(', ')}.`);
  return found;
}

function normaliseCommittees(input: readonly string[] | undefined, ref: string): string[] {
  const given = (input ?? []).map((c) => c.trim()).filter(Boolean);
  if (!given.length) return [...SUB_COMMITTEES];
  try {
    return [...new Set(given.map((c) => normaliseCommittee(c)))];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(error.message, `For example: raise ${ref} "Title" committees OPSG,TABASC (leave it out for all sub-committees).`);
  }
}
