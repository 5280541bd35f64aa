/**
 * Every secbot command the README shows, found by one rule so that a new example cannot slip past the test:
 * - every inline code span outside fenced blocks (a span may run over a line break), with `\|` read as `|`;
 * - in fenced blocks, every `secbot> ` prompt line, and every `npx secbot …` up to a comment (` #`), a
 *   redirect or pipe, or a gap of two spaces (the usage block's description column).
 * After `/sec `, `@secbot `, `secbot> ` or `npx secbot ` is taken off, a span is a candidate when its first
 * word (in lower case, as commands are written) starts a command (a chat command's first word, or a CLI-only
 * one); `npx secbot` lines always are.
 * In prose, "after `A`, `B`" makes A a step run before B on the same store.
 */
export interface ReadmeExample {
  /** As written, for messages. */
  written: string;
  /** What to run: a chat line, or the shell words of an `npx secbot` line. */
  line: string;
  form: 'chat' | 'shell';
  /** 1-based README line where it starts. */
  at: number;
  /** Lines written before it as "after `A`, `B`": run first, on the same store. */
  after: string[];
}

const SHELL_PREFIX = /^npx secbot\b\s*/;
const CHAT_PREFIX = /^(\/sec\s+|@secbot\s+|secbot>\s*)/;
/** Commands only the command line has: they are run as shell words even when written in prose. */
export const CLI_ONLY = new Set(['init', 'import', 'directory', 'restore']);

export function readmeExamples(markdown: string, firstWords: ReadonlySet<string>): ReadmeExample[] {
  const found: Array<ReadmeExample & { step: boolean }> = [];
  const add = (raw: string, at: number, before: string) => {
    const example = toExample(raw.replace(/\s+/g, ' ').trim(), at, firstWords);
    if (!example) return;
    const previous = found[found.length - 1];
    if (previous?.step && at - previous.at <= 1) {
      found.pop();
      example.after = [...previous.after, previous.line];
    }
    found.push({ ...example, step: /\bafter\s*$/i.test(before) });
  };
  let fenced = false;
  let paragraph: Array<{ text: string; at: number }> = [];
  const flush = () => {
    spansOf(paragraph).forEach(({ span, at, before }) => add(span, at, before));
    paragraph = [];
  };
  markdown.split('\n').forEach((text, index) => {
    const at = index + 1;
    if (/^\s*```/.test(text)) {
      flush();
      fenced = !fenced;
    } else if (fenced) {
      if (/^secbot>\s/.test(text)) add(text, at, '');
      const code = text.replace(/\s#.*$/, '');
      for (const m of code.matchAll(/npx secbot\b.*?(?=\s[>|]|\s{2,}|$)/g)) add(m[0], at, '');
    } else if (!text.trim() || /^\s*\|/.test(text)) {
      flush();
      if (text.trim()) paragraph.push({ text, at }), flush();
    } else paragraph.push({ text, at });
  });
  flush();
  return found.map(({ step: _step, ...e }) => e);
}

/** The code spans of a paragraph (lines joined), each with its line and the prose since the previous span. */
function spansOf(lines: ReadonlyArray<{ text: string; at: number }>): Array<{ span: string; at: number; before: string }> {
  const starts: number[] = [];
  const joined = lines.map((l) => (starts.push(0), l.text)).join('\n');
  let offset = 0;
  lines.forEach((l, i) => void ((starts[i] = offset), (offset += l.text.length + 1)));
  const lineAt = (pos: number) => lines[starts.filter((s) => s <= pos).length - 1]!.at;
  const spans: Array<{ span: string; at: number; before: string }> = [];
  let last = 0;
  for (const m of joined.matchAll(/`([^`]+)`/g)) {
    spans.push({ span: m[1]!.replace(/\\\|/g, '|'), at: lineAt(m.index!), before: joined.slice(last, m.index) });
    last = m.index! + m[0].length;
  }
  return spans;
}

function toExample(raw: string, at: number, firstWords: ReadonlySet<string>): ReadmeExample | undefined {
  if (SHELL_PREFIX.test(raw)) {
    const line = raw.replace(SHELL_PREFIX, '').trim();
    return line ? { written: raw, line, form: 'shell', at, after: [] } : undefined;
  }
  const line = raw.replace(CHAT_PREFIX, '').trim();
  // Case matters: commands are written in lower case, references in upper case (`CSC 12/01`, `ACTION CSC 10/01`).
  const first = line.split(' ')[0]!;
  if (CLI_ONLY.has(first)) return { written: raw, line, form: 'shell', at, after: [] };
  return firstWords.has(first) ? { written: raw, line, form: 'chat', at, after: [] } : undefined;
}

/**
 * Code spans that look like a command (they start with a lowercase word and have more words) yet are no
 * candidate: a typo or a new command word the test would otherwise miss.
 */
export function unclassifiedSpans(markdown: string, firstWords: ReadonlySet<string>): string[] {
  const spans = [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
  return spans.filter((s) => /^[a-z][a-z-]*\s+\S/.test(s) && !NOT_COMMANDS.test(s) && !toExample(s.replace(/\\\|/g, '|'), 0, firstWords));
}
/** Other tools' command lines in the README. */
const NOT_COMMANDS = /^(npm|npx tsc|tsc|printf|secbot <)\b|^npx secbot$/;
