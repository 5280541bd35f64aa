import type { Proposal, StoreData } from '../../../storage/schema';
import { matchWords, searchIndex, searchWords, type IndexedProposal } from './search-index';
import { byCodePoint } from '../code-point-order';

export { searchWords } from './search-index';

export interface SearchHit {
  proposal: Proposal;
  score: number;
}

/**
 * Titles and summaries, ranked: the exact phrase beats all the words, which beat some of them; the title
 * weighs more than the summary. A word matches the start of a word ("meter" finds "metering").
 * Only proposals sharing a word prefix with the query are scored (from the index), in store order.
 */
export function searchProposals(data: Readonly<StoreData>, text: string, limit = 10): SearchHit[] {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const words = [...new Set(searchWords(text))];
  if (!words.length) return [];
  const index = searchIndex(data.proposals);
  const found = matchWords(index, words);
  const hits: SearchHit[] = [];
  for (const at of found.candidates) {
    const entry = index.entries[at]!;
    const counts = { inTitle: found.inTitle[at]!, inSummary: found.inSummary[at]!, inEither: found.inEither[at]! };
    const score = scoreEntry(entry, phrase, words.length, counts);
    if (score > 0) hits.push({ proposal: entry.proposal, score });
  }
  return best(hits, limit);
}

interface WordCounts {
  inTitle: number;
  inSummary: number;
  inEither: number;
}

function scoreEntry(entry: IndexedProposal, phrase: string, wordCount: number, counts: WordCounts): number {
  const { inTitle, inSummary, inEither } = counts;
  if (inEither === 0) return 0;
  let score = 0;
  if (phrase.length > 2 && entry.title.includes(phrase)) score += 1000;
  else if (phrase.length > 2 && entry.summary.includes(phrase)) score += 600;
  if (inTitle === wordCount) score += 300;
  else if (inEither === wordCount) score += 200;
  return score + 20 * inTitle + 10 * inSummary;
}

const byRank = (a: SearchHit, b: SearchHit): number => b.score - a.score || byCodePoint(a.proposal.ref, b.proposal.ref);

/** The first `limit` hits of a stable sort by rank, without sorting them all (a one-letter search hits nearly everything). */
function best(hits: readonly SearchHit[], limit: number): SearchHit[] {
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) return [...hits].sort(byRank).slice(0, limit);
  const top: SearchHit[] = [];
  for (const hit of hits) {
    if (top.length === limit && byRank(hit, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byRank(hit, top[at - 1]!) < 0) at--;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}
