import type { Proposal, StoreData } from '../../../../storage/schema';
import { findProposal, recentDrafts, searchProposals } from '../../../domain/queries';
import { findProposalRefs } from '../../../domain/references';

const MAX_RESULTS = 10;
export const SECAS_HOST = 'smartenergycodecompany.co.uk';

/** What the compose box search finds: the references typed (DP096), else the best matches for the words, else recent DPs. */
export function findForQuery(data: Readonly<StoreData>, text: string): Proposal[] {
  const byRef = findProposalRefs(text).flatMap((ref) => findProposal(data, ref)?.proposal ?? []);
  if (byRef.length) return unique(byRef).slice(0, MAX_RESULTS);
  if (!text.trim()) return recentlyActive(data);
  return searchProposals(data, text, MAX_RESULTS).map((hit) => hit.proposal);
}

/** A SECAS modification or draft proposal page → the proposal it is about, if secbot knows it. */
export function findForLink(data: Readonly<StoreData>, url: string): Proposal | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  if (host !== SECAS_HOST && !host.endsWith(`.${SECAS_HOST}`)) return undefined;
  const ref = findProposalRefs(decodeURIComponent(parsed.pathname))[0];
  return ref ? findProposal(data, ref)?.proposal : undefined;
}

/** Before anything is typed: the newest Draft Proposals, then the most recently changed proposals. */
function recentlyActive(data: Readonly<StoreData>): Proposal[] {
  const drafts = recentDrafts(data, MAX_RESULTS);
  if (drafts.length >= MAX_RESULTS) return drafts;
  const changed = [...data.proposals].filter((p) => !drafts.includes(p)).sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || a.ref.localeCompare(b.ref));
  return [...drafts, ...changed].slice(0, MAX_RESULTS);
}

function unique(proposals: Proposal[]): Proposal[] {
  return [...new Map(proposals.map((p) => [p.ref, p])).values()];
}
