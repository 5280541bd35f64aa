import { UserError } from './errors';

const OPEN_QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '”': '”' };

/**
 * Split a command line into words. Straight and typographic quotes group words ("Title with spaces",
 * “like this”); an apostrophe inside a word (Alt HAN's) is kept. Chat platforms send both kinds.
 */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  const text = line.replace(/\u00a0/g, ' ');
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const close = OPEN_QUOTES[ch];
    if (close) {
      const end = text.indexOf(close, i + 1);
      const alt = close === '”' ? text.indexOf('"', i + 1) : -1;
      const stop = end === -1 ? alt : alt === -1 ? end : Math.min(end, alt);
      if (stop === -1) {
        throw new UserError(`A quote is not closed: ${text.slice(i, i + 40)}`, 'Put the title in matching quotes, e.g. raise DP120 "Title of the proposal".');
      }
      words.push(text.slice(i + 1, stop));
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/.test(text[j]!)) j++;
    words.push(text.slice(i, j));
    i = j;
  }
  return words;
}
