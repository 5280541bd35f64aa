import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../slack/support/fake-slack';
import { slashCommand } from '../slack/support/payloads';
import { signatureHeaders, SIGNING_SECRET } from '../slack/support/signed';

const repo = join(import.meta.dirname, '..', '..', '..');
const MARKER = 'RAW-BODY-MARKER-7f3a';
let dir: string;
let fake: FakeSlack;
let port: number;
let bot: { process: ChildProcess; stderr: () => string } | undefined;
const stderrOfAllRuns: string[] = [];

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port: free } = server.address() as { port: number };
  server.close();
  return free;
}

/** `npm start` as a process: Slack over HTTP against the fake Web API, Teams without credentials (local trial mode). */
async function startBot(): Promise<void> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  const env = { ...clean, PORT: String(port), SECBOT_DATA: join(dir, 'secbot.json'), SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, TEAMS_ALLOW_UNAUTHENTICATED: 'true', SECBOT_LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [join(repo, 'bin/secbot-start.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => void (stderr += c.toString()));
  bot = { process: child, stderr: () => stderr };
  for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((r) => setTimeout(r, 100))) {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200) return;
  }
  throw new Error(`the bot did not start: ${stderr}`);
}

async function stopBot(): Promise<void> {
  if (!bot) return;
  bot.process.kill('SIGTERM');
  await once(bot.process, 'exit');
  stderrOfAllRuns.push(bot.stderr());
  bot = undefined;
}

const slackUrl = () => `http://127.0.0.1:${port}/slack/events`;
const teamsUrl = () => `http://127.0.0.1:${port}/api/messages`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-edges-'));
  expect(spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', join(dir, 'secbot.json'), 'init', '--demo']).status).toBe(0);
  fake = await startFakeSlack();
  port = await freePort();
  await startBot();
}, 30_000);
afterAll(async () => {
  await stopBot();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('HTTP edges of the running bot', () => {
  it('refuses a correctly signed Slack request stamped 10 minutes in the future (401)', async () => {
    const body = new URLSearchParams(slashCommand('status DP096')).toString();
    const future = Math.floor(Date.now() / 1000) + 600;
    const res = await fetch(slackUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(body, SIGNING_SECRET, future) }, body });
    expect(res.status).toBe(401);
  });

  it('refuses a captured signed request replayed after a restart (401)', async () => {
    const body = new URLSearchParams(slashCommand('status DP096')).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(body) };
    expect((await fetch(slackUrl(), { method: 'POST', headers, body })).status).toBe(200);
    expect((await fetch(slackUrl(), { method: 'POST', headers, body })).status).toBe(401);
    await stopBot();
    await startBot();
    expect((await fetch(slackUrl(), { method: 'POST', headers, body })).status).toBe(401);
  }, 60_000);

  it('answers 413 to a 5 MB body on every endpoint, declared or streamed', async () => {
    const big = JSON.stringify({ type: 'message', text: MARKER.repeat(300_000) });
    for (const url of [slackUrl(), teamsUrl(), `http://127.0.0.1:${port}/healthz`]) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(res.status, url).toBe(413);
    }
    for (const url of [slackUrl(), teamsUrl()]) {
      const stream = new Blob([big]).stream();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
      expect(res.status, url).toBe(413);
    }
  }, 30_000);

  it('answers 400 to malformed bodies: bad JSON on /api/messages, badly encoded form data on /slack/events', async () => {
    const badJson = `{"type":"message","text":"${MARKER}"`;
    expect((await fetch(teamsUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: badJson })).status).toBe(400);
    expect((await fetch(teamsUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' })).status).toBe(400);
    const badForm = `payload=%7B%22type%22%3A%22${MARKER}%E0%A4%A`;
    expect((await fetch(slackUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(badForm) }, body: badForm })).status).toBe(400);
    const badPayload = `payload=${encodeURIComponent(`{${MARKER}`)}`;
    expect((await fetch(slackUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(badPayload) }, body: badPayload })).status).toBe(400);
  });

  it('answers 400, not 500, to signed JSON that is not an object: null, an array, a number; and a payload of null', async () => {
    for (const body of ['null', '[1,2]', '42', '"text"']) {
      const response = await fetch(slackUrl(), { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders(body) }, body });
      expect([body, response.status]).toEqual([body, 400]);
      expect(await response.json()).toEqual({ error: 'the request body is not valid form data or JSON' });
    }
    const nullPayload = 'payload=null';
    expect((await fetch(slackUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(nullPayload) }, body: nullPayload })).status).toBe(400);
    expect((await fetch(teamsUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' })).status).toBe(400);
  });

  it('keeps stderr free of stack traces and raw bodies: refusals are pino lines without the body', async () => {
    await stopBot();
    const stderr = stderrOfAllRuns.join('');
    expect(stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(stderr).not.toContain(MARKER);
    expect(stderr).not.toContain(SIGNING_SECRET);
    const lines = stderr.split('\n').filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.some((l) => l.includes('"status":413'))).toBe(true);
    expect(lines.some((l) => l.includes('"status":400'))).toBe(true);
  });
});
