import type { Proposal, StoreData } from '../../../storage/schema';

export interface SearchHit {
  proposal: Proposal;
  score: number;
}

interface IndexedProposal {
  proposal: Proposal;
  title: string;
  summary: string;
  titleWords: string[];
  summaryWords: string[];
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'for', 'on', 'or', 'with', 'by', 'is', 'at']);
/** Built once per proposals array: the store replaces the array on every write. */
const indexes = new WeakMap<readonly Proposal[], IndexedProposal[]>();

export function searchWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w));
}

/**
 * Titles and summaries, ranked: the exact phrase beats all the words, which beat some of them; the title
 * weighs more than the summary. A word matches the start of a word ("meter" finds "metering").
 */
export function searchProposals(data: Readonly<StoreData>, text: string, limit = 10): SearchHit[] {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const words = [...new Set(searchWords(text))];
  if (!words.length) return [];
  const hits: SearchHit[] = [];
  for (const entry of indexFor(data.proposals)) {
    const score = scoreEntry(entry, phrase, words);
    if (score > 0) hits.push({ proposal: entry.proposal, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.proposal.ref.localeCompare(b.proposal.ref)).slice(0, limit);
}

function scoreEntry(entry: IndexedProposal, phrase: string, words: string[]): number {
  let inTitle = 0;
  let inSummary = 0;
  let inEither = 0;
  for (const w of words) {
    const title = entry.titleWords.some((t) => t.startsWith(w));
    const summary = entry.summaryWords.some((t) => t.startsWith(w));
    inTitle += title ? 1 : 0;
    inSummary += summary ? 1 : 0;
    inEither += title || summary ? 1 : 0;
  }
  if (inEither === 0) return 0;
  let score = 0;
  if (phrase.length > 2 && entry.title.includes(phrase)) score += 1000;
  else if (phrase.length > 2 && entry.summary.includes(phrase)) score += 600;
  if (inTitle === words.length) score += 300;
  else if (inEither === words.length) score += 200;
  return score + 20 * inTitle + 10 * inSummary;
}

function indexFor(proposals: readonly Proposal[]): IndexedProposal[] {
  let index = indexes.get(proposals);
  if (!index) {
    index = proposals.map((proposal) => ({
      proposal,
      title: proposal.title.toLowerCase().replace(/\s+/g, ' '),
      summary: (proposal.summary ?? '').toLowerCase().replace(/\s+/g, ' '),
      titleWords: searchWords(`${proposal.ref} ${proposal.draftRef ?? ''} ${proposal.title}`),
      summaryWords: searchWords(proposal.summary ?? ''),
    }));
    indexes.set(proposals, index);
  }
  return index;
}
