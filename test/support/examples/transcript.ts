/**
 * The README's console transcript (the ```text block of `secbot> ` lines): the commands to type, and the
 * lines the console must print for them. A line of just `…` stands for any lines; day counts ("2,477 days")
 * change daily and are compared as "N days".
 */
export interface Transcript {
  commands: string[];
  expected: string[];
}

export function readmeTranscript(markdown: string): Transcript {
  const block = /```text\n(secbot> [\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) throw new Error('README has no ```text block starting with "secbot> "');
  const expected = block.trimEnd().split('\n');
  return { commands: expected.filter((l) => l.startsWith('secbot> ')).map((l) => l.slice('secbot> '.length)), expected };
}

const days = (line: string) => line.replace(/\d{1,3}(,\d{3})* days/g, 'N days').trimEnd();

/** Undefined when `output` shows the transcript's lines in order; otherwise the first line that differs. */
export function transcriptMismatch(expected: readonly string[], output: string): string | undefined {
  const actual = output.split('\n').map(days);
  let j = actual.indexOf(days(expected[0]!));
  if (j < 0) return `the console never printed: ${expected[0]}`;
  let skipping = false;
  for (const line of expected.map(days)) {
    if (line === '…') {
      skipping = true;
      continue;
    }
    const found = skipping ? actual.indexOf(line, j) : actual[j] === line ? j : -1;
    if (found < 0) return `expected ${skipping ? 'later' : 'next'}: ${line}\nthe console printed: ${actual[j] ?? '(nothing more)'}`;
    j = found + 1;
    skipping = false;
  }
  return undefined;
}
