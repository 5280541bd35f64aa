import { z } from 'zod';
import { UserError } from './errors';
import { commandPrefix, readingOf, unquotedValueError, type ReadingPart } from './unquoted-words';

/**
 * Small helpers for command grammars like `actions open committee CSC owner DCC`. Values are checked
 * with zod; every failure is a UserError naming the word, what was expected, and the command's usage.
 * A value typed as several words without quotes beside option words is refused with the quoted reading
 * (src/core/unquoted-words), never split.
 */
export class ArgReader {
  private readonly words: string[];
  /** Where each remaining word was typed, to rebuild the line quoted. */
  private readonly at: number[];
  private readonly original: readonly string[];
  /** Typed positions of option keys, of their values and of flags taken so far. */
  private readonly keys = new Set<number>();
  private readonly values = new Set<number>();
  private readonly flags = new Set<number>();
  /** Typed positions of words read by their place (a reference, a kind, a date): shown unquoted in readings. */
  private readonly placed = new Set<number>();
  constructor(
    words: readonly string[],
    private readonly usage: string,
    private readonly prefix = commandPrefix(usage),
  ) {
    this.words = [...words];
    this.original = [...words];
    this.at = words.map((_, i) => i);
  }

  get remaining(): readonly string[] {
    return this.words;
  }

  isEmpty(): boolean {
    return this.words.length === 0;
  }

  /** Take the next word, or fail with what was missing. */
  required(what: string): string {
    const word = this.words.shift();
    this.placed.add(this.at.shift()!);
    if (word === undefined || word === '') throw new UserError(`Missing ${what}.`, `Usage: ${this.usage}`);
    return word;
  }

  optional(): string | undefined {
    this.placed.add(this.at.shift()!);
    return this.words.shift();
  }

  /** Remove a keyword (case-insensitive) wherever it is; true if it was there. */
  flag(...names: string[]): boolean {
    const index = this.words.findIndex((w) => names.includes(w.toLowerCase()));
    if (index === -1) return false;
    this.flags.add(this.at[index]!);
    this.take(index, 1);
    return true;
  }

  /** Remove `key VALUE` (or `--key VALUE`, `key=VALUE`) wherever it is. */
  option(key: string): string | undefined {
    const lower = key.toLowerCase();
    for (let i = 0; i < this.words.length; i++) {
      const word = this.words[i]!.toLowerCase();
      if (word === lower || word === `--${lower}`) {
        const value = this.words[i + 1];
        if (value === undefined) throw new UserError(`"${key}" needs a value.`, `Usage: ${this.usage}`);
        this.keys.add(this.at[i]!);
        this.values.add(this.at[i + 1]!);
        this.take(i, 2);
        return value;
      }
      if (word.startsWith(`${lower}=`) || word.startsWith(`--${lower}=`)) {
        const value = this.words[i]!.slice(this.words[i]!.indexOf('=') + 1);
        this.values.add(this.at[i]!);
        this.take(i, 1);
        return value;
      }
    }
    return undefined;
  }

  /**
   * Remove `key A,B` wherever it is and return the items. Chat tokenising splits `"Mari Toda","Tom Rothery"`
   * into `Mari Toda`, `,"Tom`, `Rothery"`: words that continue a comma list are joined back first.
   */
  list(...keys: string[]): string[] | undefined {
    const i = this.words.findIndex((w) => keys.includes(w.toLowerCase()));
    if (i === -1) return undefined;
    let end = i + 2;
    let text = this.words[i + 1] ?? '';
    while (end < this.words.length && (this.words[end]!.startsWith(',') || text.endsWith(',') || (text.match(/"/g)?.length ?? 0) % 2 === 1)) {
      text += `${this.words[end]!.startsWith(',') || text.endsWith(',') ? '' : ' '}${this.words[end]}`;
      end++;
    }
    if (!text) throw new UserError(`"${keys[0]}" needs a value.`, `Usage: ${this.usage}`);
    this.keys.add(this.at[i]!);
    // A list's words stay as typed in readings: `aliases JS, Janey`.
    for (let n = i + 1; n < end; n++) this.values.add(this.at[n]!), this.placed.add(this.at[n]!);
    this.take(i, end - i);
    return text.replace(/"/g, '').split(',').map((item) => item.trim()).filter(Boolean);
  }

  /** All remaining words joined, e.g. a note. */
  rest(): string {
    this.at.splice(0);
    return this.words.splice(0).join(' ').trim();
  }

  /**
   * The remaining words as one value (a name): several words are fine alone (`person add Jane Smith`) but
   * refused beside option words (`person add Jane Smith org DCC`), with the quoted reading to copy.
   */
  value(what: string): string {
    if (this.words.length > 1 && this.keys.size) throw this.unquoted(what, this.words);
    return this.rest();
  }

  /** After `remaining` was read by place elsewhere: fail, as done() does, on the last `unread` words nobody read. */
  finish(unread: readonly string[], example?: string): void {
    const read = this.words.length - unread.length;
    for (const p of this.at.slice(0, read)) this.placed.add(p);
    this.take(0, read);
    this.done(example);
  }

  /** Fail if anything was left over, so typos are never silently ignored. */
  done(example?: string): void {
    if (!this.words.length) return;
    const follows = this.at.find((p) => this.values.has(p - 1));
    if (follows !== undefined) {
      const start = follows - 1;
      const run = [this.original[start]!];
      for (let p = follows; p < this.original.length && !this.keys.has(p) && !this.flags.has(p); p++) run.push(this.original[p]!);
      const key = this.keys.has(start - 1) ? this.original[start - 1] : undefined;
      throw this.unquoted(key ? `value of "${key}"` : 'value', run);
    }
    throw new UserError(`I didn't understand "${this.words.join(' ').slice(0, 60)}".`, example ? `For example: ${example}` : `Usage: ${this.usage}`);
  }

  private take(index: number, count: number): void {
    this.words.splice(index, count);
    this.at.splice(index, count);
  }

  /**
   * The refusal with the line rebuilt: option words as typed, words read by place as they were, each run of
   * other words as one quoted value. It names the first run of several words (`what` when it is not an option's).
   */
  private unquoted(what: string, run: readonly string[]): UserError {
    const parts: ReadingPart[] = [];
    let words: string[] = [];
    let first: { key?: string; words: string[] } | undefined;
    let key: string | undefined;
    const flush = () => {
      if (words.length) parts.push({ words });
      if (words.length > 1 && !first) first = { ...(key ? { key } : {}), words };
      words = [];
    };
    this.original.forEach((word, p) => {
      if (this.keys.has(p) || this.flags.has(p) || this.placed.has(p)) {
        flush();
        key = this.keys.has(p) ? word : undefined;
        parts.push(this.placed.has(p) ? { words: [word] } : { key: word });
      } else words.push(word);
    });
    flush();
    const named = first?.key ? `value of "${first.key}"` : what;
    return unquotedValueError(named, first?.words ?? run, [{ line: readingOf(this.prefix, parts) }]);
  }
}

/** Validate one value with zod; the zod message becomes a user-facing one. */
export function check<T>(schema: z.ZodType<T>, value: unknown, what: string, usage: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]?.message ?? 'invalid';
  throw new UserError(`${what}: ${issue}.`, `Usage: ${usage}`);
}

/** One of a fixed set of words, with the valid ones listed on error. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const lower = value.toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === lower);
  if (!found) throw new UserError(`"${value}" is not a valid ${what}.`, `Use one of: ${allowed.join(', ')}.`);
  return found;
}
