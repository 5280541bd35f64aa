import { UserError } from './errors';

/** One word of a command line: its text, whether it was in quotes, and how it was typed (quotes included). */
export interface TypedWord {
  text: string;
  quoted: boolean;
  raw: string;
}

const DOUBLE_QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '”' };
const SINGLE_QUOTES: Record<string, string> = { "'": "'", '‘': '’' };
/** A single quote closes only before a space, the end or punctuation, so "DCC's" inside quotes survives. */
const AFTER_SINGLE_CLOSE = /[\s,.;:!?)]/;

/**
 * Split a command line into words. Straight and typographic quotes group words ("Title with spaces",
 * “like this”, 'like this'); an apostrophe inside a word (Alt HAN's) or a single quote that is never
 * closed is kept as typed. Chat platforms send both kinds.
 */
export function tokenize(line: string): string[] {
  return tokenizeWords(line).map((w) => w.text);
}

export function tokenizeWords(line: string): TypedWord[] {
  const words: TypedWord[] = [];
  let i = 0;
  const text = line.replace(/\u00a0/g, ' ');
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const stop = closingQuote(text, i);
    if (stop !== -1) {
      words.push({ text: text.slice(i + 1, stop), quoted: true, raw: text.slice(i, stop + 1) });
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/.test(text[j]!)) j++;
    words.push({ text: text.slice(i, j), quoted: false, raw: text.slice(i, j) });
    i = j;
  }
  return words;
}

/** Index of the quote closing the one at `i`, or -1 when `text[i]` opens no quote (or an unclosed single one). */
function closingQuote(text: string, i: number): number {
  const ch = text[i]!;
  const double = DOUBLE_QUOTES[ch];
  if (double) {
    const end = text.indexOf(double, i + 1);
    const alt = double === '”' ? text.indexOf('"', i + 1) : -1;
    const stop = end === -1 ? alt : alt === -1 ? end : Math.min(end, alt);
    if (stop === -1) {
      throw new UserError(`A quote is not closed: ${text.slice(i, i + 40)}`, 'Put the title in matching quotes, e.g. raise DP120 "Title of the proposal".');
    }
    return stop;
  }
  const single = SINGLE_QUOTES[ch];
  if (!single) return -1;
  for (let at = text.indexOf(single, i + 1); at !== -1; at = text.indexOf(single, at + 1)) {
    if (at > i + 1 && (at + 1 === text.length || AFTER_SINGLE_CLOSE.test(text[at + 1]!))) return at;
  }
  return -1;
}

/** A value as one word of a command line, quoted when it has spaces or quotes, so tokenize gives it back whole. */
export function quoteWord(value: string): string {
  if (value !== '' && !/[\s"“”'‘]/.test(value)) return value;
  if (!value.includes('"') && !value.includes('”')) return `"${value}"`;
  return `'${value}'`;
}
