import type { AnyCommand } from '../../../src/core/command';
import { CLI_ONLY } from './readme-examples';
import { CLI_USAGE, EQUIVALENT, NEEDS_SMTP, PREREQUISITES, REFUSED, SKIPPED, isUsage } from './example-rules';

/** One example as found, in help or the README. */
export interface FoundExample {
  source: 'help' | 'README';
  /** The command it documents (help) or its README line. */
  where: string;
  line: string;
  form: 'chat' | 'shell';
  /** Steps run first on the same store, as the README writes them ("after `A`, `B`"). */
  after: string[];
}

export interface Plan {
  /** Each step's process arguments after `bin/secbot.js`; the last one is the example. */
  steps: string[][];
  /** `demo`: a copy of the demo store in SECBOT_DATA; `empty`: no store yet (the steps create it). */
  mode: 'demo' | 'empty';
  /** Text a documented refusal must print (exit 1); undefined: the example must succeed. */
  refusal?: string;
  smtp: boolean;
  /** Same key, same run: help and README share many examples. */
  key: string;
}

export type Verdict = { kind: 'usage' } | { kind: 'mention' } | { kind: 'skip'; reason: string } | { kind: 'run'; plan: Plan };

/** What the test does with one example: run it (and how), or why not. */
export function planExample(example: FoundExample, commands: readonly AnyCommand[]): Verdict {
  const { line } = example;
  if (SKIPPED[line]) return { kind: 'skip', reason: SKIPPED[line]! };
  const equivalent = EQUIVALENT[line];
  if (!equivalent && isUsage(line)) return { kind: 'usage' };
  if (!equivalent && isMention(line, commands)) return { kind: 'mention' };
  const after = example.after.length ? example.after : (PREREQUISITES[line] ?? []);
  const lines = [...after, ...(equivalent?.run ?? [line])];
  const steps = lines.map((l, i) => argvOf(l, i === lines.length - 1 && !equivalent ? example.form : 'chat'));
  const mode = lines.some((l) => /^init\b/.test(l)) ? 'empty' : 'demo';
  const plan: Plan = { steps, mode, smtp: NEEDS_SMTP.has(line), key: JSON.stringify([mode, steps]) };
  if (REFUSED[line] !== undefined) plan.refusal = REFUSED[line];
  return { kind: 'run', plan };
}

/** A bare command name whose usage needs more words (`link`, `status`): the prose names the command. */
function isMention(line: string, commands: readonly AnyCommand[]): boolean {
  const name = line.toLowerCase();
  const usage = CLI_USAGE[name] ?? commands.find((c) => c.name === name || c.aliases?.includes(name))?.usage;
  if (!usage) return false;
  const next = usage.slice(usage.toLowerCase().indexOf(name) + name.length).trim().split(/\s+/)[0];
  return !!next && !next.startsWith('[');
}

/**
 * The process arguments for a line. A chat line is one argument, read whole as the README documents
 * (`npx secbot "status DP096"`); a shell line (and a command only the command line has) is split as a
 * shell would split it.
 */
function argvOf(line: string, form: 'chat' | 'shell'): string[] {
  const first = line.split(/\s+/)[0]!.toLowerCase();
  return form === 'shell' || CLI_ONLY.has(first) || SHELL_FIRST.has(first) ? shellWords(line) : [line];
}

/**
 * `remind` is also a command-line subcommand, which delivers through the configured channels; as one
 * argument (`npx secbot "remind run"`) it is the chat command, which has no channel to send through.
 */
const SHELL_FIRST = new Set(['remind']);

/** POSIX-style word splitting with '…' and "…" quotes (no escapes: the README uses none). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g)) words.push(m[0].replace(/'([^']*)'|"([^"]*)"/g, (_all, a, b) => a ?? b));
  return words;
}
