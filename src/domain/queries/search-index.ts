import type { Proposal } from '../../../storage/schema';
import { indexPerArray } from './store-index';

export interface IndexedProposal {
  proposal: Proposal;
  title: string;
  summary: string;
  titleWords: string[];
  summaryWords: string[];
}

export interface SearchIndex {
  entries: IndexedProposal[];
  /** Every distinct word of the titles (with references) and summaries, sorted, so a prefix is one run. */
  vocabulary: string[];
  /** Word → positions of the entries whose title words (or summary words) include it. */
  inTitle: Map<string, number[]>;
  inSummary: Map<string, number[]>;
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'for', 'on', 'or', 'with', 'by', 'is', 'at']);

export function searchWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w));
}

const cached = indexPerArray(buildIndex);

/** Built once per frozen proposals array (the store replaces the array on every write). */
export function searchIndex(proposals: readonly Proposal[]): SearchIndex {
  return cached(proposals) ?? buildIndex(proposals);
}

function buildIndex(proposals: readonly Proposal[]): SearchIndex {
  // One string per distinct word: summaries repeat their words thousands of times (a fifth of the index, 1 MB, on 2,000 proposals).
  const pool = new Map<string, string>();
  const shared = (words: string[]) => words.map((word) => pool.get(word) ?? (pool.set(word, word), word));
  const entries = proposals.map((proposal) => ({
    proposal,
    title: collapseSpaces(proposal.title.toLowerCase()),
    summary: collapseSpaces((proposal.summary ?? '').toLowerCase()),
    titleWords: shared(searchWords(`${proposal.ref} ${proposal.draftRef ?? ''} ${proposal.title}`)),
    summaryWords: shared(searchWords(proposal.summary ?? '')),
  }));
  const inTitle = postings(entries.map((e) => e.titleWords));
  const inSummary = postings(entries.map((e) => e.summaryWords));
  const vocabulary = [...new Set([...inTitle.keys(), ...inSummary.keys()])].sort();
  return { entries, vocabulary, inTitle, inSummary };
}

/**
 * Runs of whitespace as one space. Not `replace(/\s+/g, ' ')`: V8 returns that as a rope of pieces, which
 * the index would keep for good at about three times the size of the text (2.7 MB for 2,000 summaries).
 */
function collapseSpaces(text: string): string {
  return text.split(/\s+/).join(' ');
}

function postings(wordLists: readonly string[][]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  wordLists.forEach((words, i) => {
    for (const word of new Set(words)) {
      const list = map.get(word);
      if (list) list.push(i);
      else map.set(word, [i]);
    }
  });
  return map;
}

export interface WordMatches {
  /** Positions of the entries where some query word starts a word, in store order. */
  candidates: number[];
  /** Per entry position: how many query words start a title word, a summary word, either. */
  inTitle: Int32Array;
  inSummary: Int32Array;
  inEither: Int32Array;
}

/** For each query word, the entries with a word it starts (title and summary apart), counted per entry. */
export function matchWords(index: SearchIndex, words: readonly string[]): WordMatches {
  const n = index.entries.length;
  const found: WordMatches = { candidates: [], inTitle: new Int32Array(n), inSummary: new Int32Array(n), inEither: new Int32Array(n) };
  const seen = { title: new Int32Array(n), summary: new Int32Array(n), either: new Int32Array(n) };
  words.forEach((word, i) => {
    const stamp = i + 1;
    const count = (at: number, counts: Int32Array, marks: Int32Array): void => {
      if (marks[at] === stamp) return;
      marks[at] = stamp;
      counts[at]!++;
      if (seen.either[at] === stamp) return;
      seen.either[at] = stamp;
      if (found.inEither[at]!++ === 0) found.candidates.push(at);
    };
    for (const term of wordsStartingWith(index.vocabulary, word)) {
      for (const at of index.inTitle.get(term) ?? []) count(at, found.inTitle, seen.title);
      for (const at of index.inSummary.get(term) ?? []) count(at, found.inSummary, seen.summary);
    }
  });
  found.candidates.sort((a, b) => a - b);
  return found;
}

function* wordsStartingWith(vocabulary: readonly string[], prefix: string): Generator<string> {
  for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) yield vocabulary[i]!;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
