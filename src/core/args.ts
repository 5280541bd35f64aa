import { z } from 'zod';
import { UserError } from './errors';

/**
 * Small helpers for command grammars like `actions open committee CSC owner DCC`. Values are checked
 * with zod; every failure is a UserError naming the word, what was expected, and the command's usage.
 */
export class ArgReader {
  private readonly words: string[];
  constructor(
    words: readonly string[],
    private readonly usage: string,
  ) {
    this.words = [...words];
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
    if (word === undefined || word === '') throw new UserError(`Missing ${what}.`, `Usage: ${this.usage}`);
    return word;
  }

  optional(): string | undefined {
    return this.words.shift();
  }

  /** Remove a keyword (case-insensitive) wherever it is; true if it was there. */
  flag(...names: string[]): boolean {
    const index = this.words.findIndex((w) => names.includes(w.toLowerCase()));
    if (index === -1) return false;
    this.words.splice(index, 1);
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
        this.words.splice(i, 2);
        return value;
      }
      if (word.startsWith(`${lower}=`) || word.startsWith(`--${lower}=`)) {
        const value = this.words[i]!.slice(this.words[i]!.indexOf('=') + 1);
        this.words.splice(i, 1);
        return value;
      }
    }
    return undefined;
  }

  /** All remaining words joined, e.g. a note. */
  rest(): string {
    return this.words.splice(0).join(' ').trim();
  }

  /** Fail if anything was left over, so typos are never silently ignored. */
  done(): void {
    if (this.words.length) {
      throw new UserError(`I didn't understand "${this.words.join(' ').slice(0, 60)}".`, `Usage: ${this.usage}`);
    }
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
