import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index';
import { startSmtpSink, type SmtpSink } from '../email/smtp-sink';
import { EQUIVALENT, PREREQUISITES, REFUSED, SKIPPED, NEEDS_SMTP } from '../support/examples/example-rules';
import { planExample, type FoundExample, type Plan, type Verdict } from '../support/examples/plan-example';
import { CLI_ONLY, readmeExamples, unclassifiedSpans } from '../support/examples/readme-examples';
import { createDemoStore, runAll, runConsole, runPlan } from '../support/examples/run-plans';
import { readmeTranscript, transcriptMismatch } from '../support/examples/transcript';

/**
 * Every example in `help` (the commands' `examples`) and every secbot command in the README runs through
 * bin/secbot.js, each on its own fresh copy of the demo store, today: an example whose date has passed,
 * or that names something the demo does not have, fails here. `EXAMPLES_AT=2031-03-01T10:00:00Z` runs them
 * all as if it were then (a weekend, a bank holiday, a later year).
 */
const repo = join(import.meta.dirname, '..', '..');
const firstWords = new Set([...allCommands.flatMap((c) => [c.name, ...(c.aliases ?? [])]).map((n) => n.split(' ')[0]!.toLowerCase()), ...CLI_ONLY]);
let readme: string;
let dir: string;
let sink: SmtpSink;

beforeAll(async () => {
  // The README and the user guides it links that hold command examples (the process rules, the importer).
  readme = (await Promise.all(['README.md', 'docs/process-rules.md', 'docs/importing.md', 'docs/command-line.md'].map((f) => readFile(join(repo, f), 'utf8')))).join('\n');
  dir = await mkdtemp(join(tmpdir(), 'secbot-examples-'));
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
  await rm(dir, { recursive: true, force: true });
});

function helpExamples(): FoundExample[] {
  return allCommands.flatMap((c) => c.examples.map((line): FoundExample => ({ source: 'help', where: `help ${c.name}`, line, form: 'chat', after: [] })));
}

function readmeFound(): FoundExample[] {
  return readmeExamples(readme, firstWords).map((e) => ({ source: 'README', where: `README.md:${e.at} ${e.written}`, line: e.line, form: e.form, after: e.after }));
}

describe('every example in help and the README', () => {
  it('is found by the extraction rule, and every reviewed exception still matches an example', () => {
    expect(unclassifiedSpans(readme, firstWords), 'README code spans that look like commands but start with no command word').toEqual([]);
    const notRun = helpExamples().filter((e) => ['usage', 'mention'].includes(planExample(e, allCommands).kind));
    expect(notRun.map((e) => `${e.where}: ${e.line}`), 'help examples that read as a usage line or a bare command name, so would not run').toEqual([]);
    const lines = new Set([...helpExamples(), ...readmeFound()].map((e) => e.line));
    const rules = [...Object.keys(SKIPPED), ...Object.keys(EQUIVALENT), ...Object.keys(PREREQUISITES), ...Object.keys(REFUSED), ...NEEDS_SMTP];
    expect(rules.filter((r) => !lines.has(r)), 'exceptions in test/support/examples/example-rules.ts that match no example').toEqual([]);
  });

  it('runs on a fresh demo store and succeeds (or is refused exactly as documented)', { timeout: 240_000 }, async () => {
    const started = Date.now();
    const demo = await createDemoStore(dir);
    const all = [...helpExamples(), ...readmeFound()].map((e) => ({ example: e, verdict: planExample(e, allCommands) }));
    const plans = new Map<string, Plan>();
    for (const { verdict } of all) if (verdict.kind === 'run') plans.set(verdict.plan.key, verdict.plan);
    const smtpEnv = { SECBOT_SMTP_URL: sink.url, SECBOT_MAIL_FROM: 'secbot <secbot@example.org>' };
    const outcomes = await runAll([...plans.values()], 3, (plan) => runPlan(plan, demo, smtpEnv));
    const failures = all.flatMap(({ example, verdict }) => {
      const outcome = verdict.kind === 'run' ? outcomes.get(verdict.plan.key) : undefined;
      return outcome && !outcome.ok ? [`${example.where}\n  ${example.line}\n  ${outcome.problem!.replace(/\n/g, '\n  ')}`] : [];
    });
    console.info(summary(all, plans.size, Date.now() - started));
    expect(failures, `${failures.length} examples fail:\n\n${failures.join('\n\n')}`).toEqual([]);
  });
});

describe("the README's console transcript", () => {
  it('is what the console prints on demo data (npm start with no store), day counts aside', async () => {
    const { commands, expected } = readmeTranscript(readme);
    const output = await runConsole(commands);
    expect(transcriptMismatch(expected, output), output).toBeUndefined();
  });
});

function summary(all: ReadonlyArray<{ example: FoundExample; verdict: Verdict }>, processes: number, ms: number): string {
  const count = (source: string, kind: string) => all.filter((a) => a.example.source === source && a.verdict.kind === kind).length;
  const row = (source: string) => `${source}: ${all.filter((a) => a.example.source === source).length} found, ${count(source, 'run')} run, ${count(source, 'usage')} usage lines, ${count(source, 'mention')} command names, ${count(source, 'skip')} skipped`;
  return `examples — ${row('help')}; ${row('README')}; ${processes} distinct runs in ${(ms / 1000).toFixed(1)} s`;
}
