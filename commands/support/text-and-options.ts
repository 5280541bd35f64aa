import { UserError } from '../../src/core/errors';
import { quoteWord, type TypedWord } from '../../src/core/tokenize';

/** An option word of a grammar that also takes free text, e.g. `org "UK Power Networks"` beside a title. */
export interface TextOption {
  /** The words that start it, lower case; the first is shown in suggestions. */
  keys: readonly string[];
  /** Whether the next word can be its value (a date after "due"); otherwise the key is plain text. */
  accepts?: (next: string) => boolean;
  /** Take the value's words off the front of `tail`; default one word. */
  take?: (tail: string[]) => unknown;
  /** False for values whose words are not quoted in suggestions (dates, lists, references). */
  quote?: boolean;
}

export interface TextGrammar {
  /** What the free text is, for messages: "title", "text of the action". */
  what: string;
  /** The command as typed up to the free text (`raise DP129`), for the forms to copy. */
  prefix: string;
  usage: string;
  options: Readonly<Record<string, TextOption>>;
}

interface Taken {
  name: string;
  at: number;
  end: number;
}

/**
 * Split free text from option words. When no option is used, every word is text, quotes inside it kept
 * (Appendix R 'Common Testing Scenarios Document'). When options are used, the text must be one quoted
 * value (or one word before them): an unquoted title that contains or runs into an option word is
 * refused with the quoted forms to copy, never saved half-parsed.
 */
export function readTextAndOptions(typed: readonly TypedWord[], grammar: TextGrammar): { text: string; values: Record<string, unknown> } {
  const words = typed.flatMap(splitKeyEquals(grammar));
  const values: Record<string, unknown> = {};
  const taken: Taken[] = [];
  const pool: number[] = [];
  for (let i = 0; i < words.length; ) {
    const name = words[i]!.quoted ? undefined : optionNamed(grammar, words[i]!.text);
    const option = name ? grammar.options[name]! : undefined;
    const next = words[i + 1]?.text;
    // A key whose next word cannot be its value ("due to a meeting") is plain text.
    const usable = option && (next === undefined ? !option.accepts : (option.accepts?.(next) ?? true));
    if (!name || !usable) {
      pool.push(i++);
      continue;
    }
    if (next === undefined) throw needsValue(words, i, grammar);
    if (name in values) throw new UserError(`"${words[i]!.text}" is given twice.`, `Usage: ${grammar.usage}`);
    const tail = words.slice(i + 1).map((w) => w.text);
    const before = tail.length;
    try {
      values[name] = option.take ? option.take(tail) : tail.shift();
    } catch (error) {
      // Inside unquoted text, a key without a valid value ("check the ref list") is just a word.
      if (!pool.length || words[pool[0]!]!.quoted) throw error;
      pool.push(i++);
      continue;
    }
    const end = i + 1 + (before - tail.length);
    taken.push({ name, at: i, end });
    i = end;
  }
  return { text: textOf(words, pool, taken, grammar), values };
}

function textOf(words: TypedWord[], pool: number[], taken: Taken[], grammar: TextGrammar): string {
  const first = words[pool[0]!];
  if (pool.length === 0) return '';
  if (pool.length === 1 && (first!.quoted || !taken.length || pool[0]! < taken[0]!.at)) return first!.text;
  if (!taken.length && !first!.quoted) return pool.map((i) => words[i]!.raw).join(' ');
  throw unclear(words, taken, grammar);
}

function unclear(words: TypedWord[], taken: Taken[], grammar: TextGrammar): UserError {
  if (!taken.length) {
    return new UserError(`I can't tell where the ${grammar.what} ends.`, `Put it all in quotes: ${grammar.prefix} ${quoteWord(words.map((w) => w.raw).join(' '))}`);
  }
  const keys = [...new Set(taken.map((t) => words[t.at]!.text))];
  const split = `${grammar.prefix} ${splitReading(words, taken, grammar)}`;
  const named = keys.map((k) => `"${k}"`).join(' and ');
  const message = `I can't tell where the ${grammar.what} ends: ${named} ${keys.length > 1 ? 'are option words' : 'is an option word'} here. Nothing was saved.`;
  if (words[0]!.quoted) return new UserError(message, `Quote each value: ${split}`);
  const all = `${grammar.prefix} ${quoteWord(words.map((w) => w.raw).join(' '))}`;
  return new UserError(message, `If it is all the ${grammar.what}, quote it: ${all} — or, if ${named} starts an option: ${split}`);
}

/** The reading where every option word starts an option that runs to the next one. */
function splitReading(words: TypedWord[], taken: Taken[], grammar: TextGrammar): string {
  const starts = taken.map((t) => t.at);
  const parts: string[] = [];
  const group = (from: number, to: number, quote: boolean) => {
    const slice = words.slice(from, to);
    if (!slice.length) return;
    if (slice.length === 1) parts.push(slice[0]!.quoted ? slice[0]!.raw : quoteWord(slice[0]!.text));
    else parts.push(quote ? quoteWord(slice.map((w) => w.raw).join(' ')) : slice.map((w) => w.raw).join(' '));
  };
  group(0, starts[0] ?? words.length, true);
  taken.forEach((t, n) => {
    parts.push(words[t.at]!.text);
    group(t.at + 1, starts[n + 1] ?? words.length, grammar.options[t.name]!.quote !== false);
  });
  return parts.join(' ');
}

function needsValue(words: TypedWord[], at: number, grammar: TextGrammar): UserError {
  const key = words[at]!.text;
  const all = `${grammar.prefix} ${quoteWord(words.map((w) => w.raw).join(' '))}`;
  return new UserError(`"${key}" needs a value.`, `Usage: ${grammar.usage}${at > 0 && !words[0]!.quoted ? `. If "${key}" is part of the ${grammar.what}, quote it: ${all}` : ''}`);
}

function optionNamed(grammar: TextGrammar, word: string): string | undefined {
  const lower = word.toLowerCase().replace(/^--/, '');
  return Object.keys(grammar.options).find((name) => grammar.options[name]!.keys.includes(lower));
}

/** `org=UKPN` (or `--org=UKPN`) → `org`, `UKPN`, as the option readers used to accept. */
function splitKeyEquals(grammar: TextGrammar) {
  return (w: TypedWord): TypedWord[] => {
    const match = w.quoted ? null : /^([^=]+)=(.+)$/.exec(w.text);
    if (!match || !optionNamed(grammar, match[1]!)) return [w];
    return [{ text: match[1]!, quoted: false, raw: match[1]! }, { text: match[2]!, quoted: false, raw: match[2]! }];
  };
}
