import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from './plan-example';

const repo = join(import.meta.dirname, '..', '..', '..');
const bin = join(repo, 'bin/secbot.js');

export interface Outcome {
  ok: boolean;
  /** What went wrong, with the output, when not ok. */
  problem?: string;
}

interface Run {
  code: number;
  output: string;
}

/** The environment without the developer's own secbot, Slack, Teams or SMTP settings. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return { ...clean, ...extra };
}

/**
 * `EXAMPLES_AT=2031-03-01T10:00:00Z` runs every example as if it were then (test/support/fake-now.mjs): a
 * weekend, a bank holiday or a later year shows an example that only works on some days.
 */
const at = process.env.EXAMPLES_AT;
const preload = at ? ['--import', join(repo, 'test/support/fake-now.mjs')] : [];

function secbot(args: readonly string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...preload, bin, ...args], { cwd, env: cleanEnv({ ...env, ...(at ? { SECBOT_TEST_NOW: at } : {}) }), timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** Create the demo store once: `bin/secbot.js --data FILE init --demo`. */
export async function createDemoStore(dir: string): Promise<string> {
  const file = join(dir, 'demo.json');
  const run = await secbot(['--data', file, 'init', '--demo'], dir, {});
  if (run.code !== 0) throw new Error(`init --demo failed: ${run.output}`);
  return file;
}

/** Run one plan on its own copy of the demo store (or an empty folder), each step a separate process. */
export async function runPlan(plan: Plan, demo: string, smtpEnv: Record<string, string>): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-example-'));
  try {
    const env: Record<string, string> = plan.smtp ? { ...smtpEnv } : {};
    if (plan.mode === 'demo') {
      env.SECBOT_DATA = join(dir, 'secbot.json');
      await copyFile(demo, env.SECBOT_DATA);
    }
    for (const [i, args] of plan.steps.entries()) {
      const run = await secbot(args, dir, env);
      const last = i === plan.steps.length - 1;
      const what = `${last ? '' : 'step '}${JSON.stringify(args)} exited ${run.code}:\n${run.output.trim()}`;
      if (last && plan.refusal !== undefined) {
        return run.code === 1 && run.output.includes(plan.refusal) ? { ok: true } : { ok: false, problem: `a documented refusal (expected exit 1 and "${plan.refusal}"): ${what}` };
      }
      if (run.code !== 0 || run.output.includes('✗')) return { ok: false, problem: what };
    }
    return { ok: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `npm start` with no store (demo data in memory), the commands typed on standard input: what it prints. */
export async function runConsole(commands: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-console-'));
  try {
    return await new Promise((resolve) => {
      const child = execFile(process.execPath, [...preload, join(repo, 'bin/secbot-start.js')], { cwd: dir, env: cleanEnv(at ? { SECBOT_TEST_NOW: at } : {}), timeout: 30_000 }, (_error, stdout, stderr) => resolve(`${stdout}${stderr}`));
      child.stdin!.end(`${commands.join('\n')}\n`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Run every plan with at most `limit` processes at a time. */
export async function runAll(plans: readonly Plan[], limit: number, run: (plan: Plan) => Promise<Outcome>): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++]!;
      results.set(plan.key, await run(plan));
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}
