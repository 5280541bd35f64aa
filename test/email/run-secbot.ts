import { execFile } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without the developer's own secbot, Slack, Teams or SMTP settings. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return { ...clean, ...extra };
}

/**
 * `node bin/secbot.js …` as a separate process (asynchronously, so an SMTP sink in this process keeps
 * answering), with the clock starting at `now` when given.
 */
export function secbot(args: readonly string[], env: Record<string, string>, now?: string): Promise<Run> {
  const preload = now ? ['--import', join(repo, 'test/support/fake-now.mjs')] : [];
  return new Promise((resolve) => {
    execFile(process.execPath, [...preload, join(repo, 'bin/secbot.js'), ...args], { env: cleanEnv({ ...env, ...(now ? { SECBOT_TEST_NOW: now } : {}) }), timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
