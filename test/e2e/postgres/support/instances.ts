import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slashCommand } from '../../slack/support/payloads';
import { postToSlackApp, SIGNING_SECRET, type SlackResponse } from '../../slack/support/signed';
import { FAKE_BOT_TOKEN } from '../../slack/support/fake-slack';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/** One `npm start` process (bin/secbot-start.js) on PostgreSQL, Slack in HTTP mode against the fake Web API. */
export interface Instance {
  name: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  ask(text: string, user?: string): Promise<SlackResponse>;
  health(): Promise<{ ok: boolean; database?: { leader: boolean } }>;
  kill(): Promise<void>;
}

export interface InstanceEnv {
  /** The PostgreSQL store; or `dataFile`, a JSON store (benchmarks compare the two). */
  databaseUrl?: string;
  dataFile?: string;
  slackApiUrl: string;
  leaderRetryMs?: number;
}

export async function startInstance(name: string, env: InstanceEnv, port?: number): Promise<Instance> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/secbot-start.js')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(chosen),
      ...(env.databaseUrl ? { SECBOT_DATABASE_URL: env.databaseUrl } : {}),
      ...(env.dataFile ? { SECBOT_DATA: env.dataFile } : {}),
      SECBOT_LEADER_RETRY_MS: String(env.leaderRetryMs ?? 500),
      SECBOT_CHANGE_TEAM: 'slack:U_LEAD',
      SECBOT_LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: env.slackApiUrl,
    },
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const base = `http://127.0.0.1:${chosen}`;
  const instance: Instance = {
    name,
    port: chosen,
    child,
    output: () => out,
    ask: (text, user = 'U_LEAD') => postToSlackApp(`${base}/slack/events`, { form: slashCommand(text, user) }),
    async health() {
      const response = await fetch(`${base}/healthz`);
      return (await response.json()) as { ok: boolean; database?: { leader: boolean } };
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${out}`);
    const ok = await instance.health().then((h) => h.ok, () => false);
    if (ok) return instance;
    if (Date.now() - started > 20_000) throw new Error(`${name} did not become healthy: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stops an instance the way a redeploy does (SIGTERM), waiting for it to exit. */
export async function stopInstance(instance: Instance): Promise<void> {
  const { child } = instance;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, everyMs = 20): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return { value, ms: Date.now() - start };
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
