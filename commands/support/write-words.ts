import { UserError } from '../../src/core/errors';
import { monthNumber } from '../../src/domain/dates';
import { normaliseActionRef, parseActionRef } from '../../src/domain/references';

/**
 * Word readers for the write commands. They take words off the front of `words` (mutating it), so
 * a grammar reads like the usage line. Values typed as several words are accepted unquoted:
 * `CSC 12/01`, `SMKI PMA 3/01`, `28 Jun 2023`.
 */

/** An action reference of one to four words ("CSC12/01", CSC 12/01, ACTION CSC 10/01) → canonical. */
export function takeActionRef(words: string[], example: string): string {
  if (!words.length) throw new UserError('Missing the action reference.', `For example: ${example}`);
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const ref = parseActionRef(words.slice(0, n).join(' '));
    if (ref) {
      words.splice(0, n);
      return ref;
    }
  }
  const upToSlash = words.findIndex((w) => w.includes('/'));
  return normaliseActionRef(words.slice(0, upToSlash >= 0 && upToSlash < 4 ? upToSlash + 1 : 1).join(' '));
}

/**
 * How many words from `start` make one date: 3 for "28 Jun 2023" or "Jun 28, 2023", 2 for a day and month
 * typed without the year ("28 Jun", taken whole so the date parser can ask which year), else 1.
 */
export function dateWordCount(words: readonly string[], start: number): number {
  const [first, second, year, after] = words.slice(start, start + 4);
  if (!first || !second) return 1;
  const isDay = (word: string) => /^\d{1,2}(st|nd|rd|th)?,?$/i.test(word);
  const isMonth = (word: string) => monthNumber(word.replace(/[.,]$/, '')) !== undefined;
  const dayMonth = isDay(first) && isMonth(second);
  const monthDay = isMonth(first) && isDay(second);
  const fullYear = !!year && /^\d{4}$/.test(year);
  // "4 Jan 25 Jan": a two-digit number followed by a month is the next date's day, not a year.
  const shortYear = !!year && /^\d{2}$/.test(year) && !(after && isMonth(after));
  if ((dayMonth && (fullYear || shortYear)) || (monthDay && fullYear)) return 3;
  return dayMonth || monthDay ? 2 : 1;
}

/** Take one date (one word, or three as in 28 Jun 2023) as typed; parse it later against today. */
export function takeDate(words: string[], what: string, example: string): string {
  if (!words.length) throw new UserError(`Missing ${what}.`, `For example: ${example}`);
  return words.splice(0, dateWordCount(words, 0)).join(' ');
}

/**
 * A date given by its place, not after a keyword (`consultation add REF KIND FROM TO`): a word there that
 * cannot begin any date ("closes 7 Sep") means the words are out of order, so say what belongs there.
 */
export function takeDateInPlace(words: string[], what: string, example: string): string {
  if (words.length && !looksLikeDate(words[0]) && !DATE_START_WORD.test(words[0]!)) throw new UserError(`Expected ${what} where "${words[0]}" is.`, `For example: ${example}`);
  return takeDate(words, what, example);
}

/** Month or weekday names, which can also start a date ("Aug 16 2023", "Wednesday 16 August"). */
const DATE_START_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** True when the word could start a date: a digit, or today/tomorrow/yesterday. */
export function looksLikeDate(word: string | undefined): boolean {
  return word !== undefined && (/^\d/.test(word) || ['today', 'tomorrow', 'yesterday'].includes(word.toLowerCase()));
}

/** Index of the first of the keywords (case-insensitive) at or after `from`, or -1. */
export function indexOfKeyword(words: readonly string[], keywords: readonly string[], from = 0): number {
  for (let i = from; i < words.length; i++) if (keywords.includes(words[i]!.toLowerCase())) return i;
  return -1;
}

/** A comma-separated list at the front of `tail` (`"SMKI PMA", SSC` may be several words), taken off. */
export function takeListValue(tail: string[], key: string): string[] {
  let end = 0;
  let text = tail[0] ?? '';
  while (end + 1 < tail.length && (text.endsWith(',') || tail[end + 1]!.startsWith(','))) text += tail[++end];
  tail.splice(0, end + 1);
  const items = text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UserError(`"${key}" needs a list of committees.`, 'For example: committees OPSG,TABASC');
  return items;
}

/** Fail on words nobody read, so a typo is never silently ignored. */
export function rejectLeftovers(words: readonly string[], example: string): void {
  if (words.length) throw new UserError(`I didn't understand "${words.join(' ').slice(0, 60)}".`, `For example: ${example}`);
}

/** The first word, or a UserError naming what is missing. */
export function takeWord(words: string[], what: string, example: string): string {
  const word = words.shift();
  if (word === undefined || word.trim() === '') throw new UserError(`Missing ${what}.`, `For example: ${example}`);
  return word;
}

/** `KEYWORD DATE` at the front (e.g. `on 28 Jun 2023`), taken off; undefined when the keyword is not next. */
export function takeKeywordDate(words: string[], keyword: string, example: string): string | undefined {
  if (words[0]?.toLowerCase() !== keyword) return undefined;
  words.shift();
  return takeDate(words, `the date after "${keyword}"`, example);
}

/** A proposal reference of one word (DP096, mp-167b) or two (DP 096): returned as typed, checked later. */
export function takeProposalRef(words: string[], what: string, example: string): string {
  if (/^(dp|mp|secmp)$/i.test(words[0] ?? '') && /^\d{1,4}[a-z]?$/i.test(words[1] ?? '')) return words.splice(0, 2).join(' ');
  return takeWord(words, what, example);
}

/** `reason "the text"`: drops the keyword at words[0] and takes the words up to the next of `stops`. */
export function takeText(words: string[], stops: readonly string[], example: string): string {
  const keyword = words.shift()!;
  const end = indexOfKeyword(words, stops);
  const text = words.splice(0, end === -1 ? words.length : end).join(' ').trim();
  if (!text) throw new UserError(`"${keyword}" needs some text after it.`, `For example: ${example}`);
  return text;
}
