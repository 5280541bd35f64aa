import { UserError } from './errors';
import { quoteWord } from './tokenize';

/**
 * The one rule for values typed as several words beside option words (`person add Jane Smith org British Gas`):
 * never split or joined silently, but refused with the command line quoted each way it could be read, to copy.
 * Without option words a trailing free text may stay unquoted (`person add Jane Smith`, `raise DP120 Title`).
 */

/** One part of a reading: an option word or words as typed (`raw`, quotes kept), or a value's words. */
export type ReadingPart = { key: string } | { raw: readonly string[] } | { words: readonly string[]; quote?: boolean };

/** `person add` + [Jane, Smith] org [British, Gas] → `person add "Jane Smith" org "British Gas"`. */
export function readingOf(prefix: string, parts: readonly ReadingPart[]): string {
  const shown = parts.map((part) => {
    if ('key' in part) return part.key;
    if ('raw' in part) return part.raw.join(' ');
    if (part.words.length === 1 || part.quote === false) return part.words.map((w) => quoteWord(w)).join(' ');
    return quoteWord(part.words.join(' '));
  });
  return [prefix, ...shown.filter(Boolean)].join(' ');
}

/**
 * The refusal: `I can't tell where the name ends: "Jane Smith" is 2 words without quotes beside option words.
 * Nothing was saved.` with the first reading to copy, and the others after "or".
 */
export function unquotedValueError(what: string, run: readonly string[], readings: readonly { line: string; when?: string }[]): UserError {
  const value = run.join(' ').slice(0, 60);
  const message = `I can't tell where the ${what} ends: "${value}" is ${run.length} words without quotes. Nothing was saved.`;
  const [first, ...others] = readings;
  const hint = [`Quote each value: ${first!.line}`, ...others.map((r) => `or, ${r.when ?? 'read the other way'}: ${r.line}`)].join(' — ');
  return new UserError(message, hint);
}

/** The command words at the front of a usage line: `person add "Name" [org …]` → `person add`. */
export function commandPrefix(usage: string): string {
  const words: string[] = [];
  for (const word of usage.split(' ')) {
    if (!/^[a-z][a-z-]*$/.test(word)) break;
    words.push(word);
  }
  return words.join(' ');
}
