import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, secbot } from './run-secbot';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

const repo = join(import.meta.dirname, '..', '..');
const TUESDAY = '2026-03-03T09:30:00Z';

let sink: SmtpSink;
let dir: string;
let port: number;
let bot: ChildProcess;
const links = new Map<string, string>();

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port: free } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return free;
}

const env = () => ({
  SECBOT_DATA: join(dir, 'secbot.json'),
  SECBOT_SMTP_URL: sink.url,
  SECBOT_MAIL_FROM: 'secbot <secbot@example.org>',
  SECBOT_PUBLIC_URL: `http://127.0.0.1:${port}`,
});

/** Each link in the plain-text part of the email to `to`, by its label. */
function linksIn(to: string): Map<string, string> {
  const mail = sink.received.find((m) => m.to.includes(to))!;
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return new Map([...text.matchAll(/^([A-Z][\w ]+): (http:\/\/127\.0\.0\.1:\d+\/email\/\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

beforeAll(async () => {
  sink = await startSmtpSink();
  dir = await mkdtemp(join(tmpdir(), 'secbot-links-'));
  port = await freePort();
  for (const args of [
    ['init'],
    ['person add "Jane Owner" email jane.owner@example.com'],
    ['person add "Bob Other" email bob.other@example.com'],
    ['action add CSC "Jane Owner" "Update the DP096 report" due 4 Mar 2026 ref "CSC 12/01"'],
    ['action add CSC "Bob Other" "Check the DP096 costs" due 4 Mar 2026 ref "CSC 12/02"'],
    ['remind', 'run'],
  ]) {
    const run = await secbot(args, env(), TUESDAY);
    expect(run.code, run.stderr + run.stdout).toBe(0);
  }
  expect(sink.received).toHaveLength(2);
  for (const [label, url] of linksIn('jane.owner@example.com')) links.set(label, url);
  bot = spawn(process.execPath, ['--import', join(repo, 'test/support/fake-now.mjs'), join(repo, 'bin/secbot-start.js')], {
    env: cleanEnv({ ...env(), PORT: String(port), SECBOT_TEST_NOW: TUESDAY, SECBOT_LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForHealth();
}, 90_000);

async function waitForHealth(): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const status = (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status;
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the bot did not answer /healthz within 20 s');
}

afterAll(async () => {
  if (bot && bot.exitCode === null) {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
  }
  await sink?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the links in a reminder email, served by the running bot', () => {
  it('has Done, Snooze, calendar and unsubscribe links', () => {
    expect([...links.keys()]).toEqual(['Done', 'Snooze 1 Working Day', 'Add your actions to your calendar', 'Stop email reminders']);
  });

  it('a forged or altered link is not found, and changes nothing', async () => {
    const done = links.get('Done')!;
    const [payload, signature] = done.split('/email/')[1]!.split('.') as [string, string];
    const claim = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claim, ref: 'CSC 12/02', person: 'bob-other' })).toString('base64url');
    for (const url of [`http://127.0.0.1:${port}/email/${forged}.${signature}`, `${done.slice(0, -1)}${done.endsWith('A') ? 'B' : 'A'}`, `http://127.0.0.1:${port}/email/nonsense`]) {
      const res = await fetch(url, { method: 'POST' });
      expect(res.status, url).toBe(404);
      expect(await res.text()).toContain('Link not found');
    }
  });

  it('the calendar link gives a private feed of the owner\'s actions', async () => {
    const page = await fetch(links.get('Add your actions to your calendar')!, { method: 'POST' });
    expect(page.status).toBe(200);
    const feed = /href="(http:\/\/127\.0\.0\.1:\d+\/calendar\/[\w-]+\.ics)"/.exec(await page.text())?.[1];
    expect(feed).toBeDefined();
    const ics = await fetch(feed!);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toContain('CSC 12/01');
    expect(body).not.toContain('CSC 12/02');
  });

  it('Done asks first (GET), closes the action on POST, and only once', async () => {
    const done = links.get('Done')!;
    const ask = await fetch(done);
    expect(ask.status).toBe(200);
    const html = await ask.text();
    expect(html).toContain('<form method="post"><button type="submit"');
    expect(html).toContain('Mark CSC 12/01 done');
    expect((await secbot(['action "CSC 12/01"'], env(), TUESDAY)).stdout).not.toContain('Closed');

    const post = await fetch(done, { method: 'POST' });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('CSC 12/01 is done');
    const show = await secbot(['action "CSC 12/01"'], env(), TUESDAY);
    expect(show.stdout).toMatch(/Closed/);
    expect(show.stdout).toContain('Update the DP096 report');
    expect((await secbot(['action "CSC 12/02"'], env(), TUESDAY)).stdout).not.toMatch(/Closed/);

    const again = await fetch(done, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('CSC 12/01 was already closed');
  });

  it('List-Unsubscribe-Post (RFC 8058 one-click) turns the person\'s reminders off', async () => {
    const res = await fetch(links.get('Stop email reminders')!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect((await secbot(['person "Jane Owner"'], env(), TUESDAY)).stdout).toMatch(/Reminders:\s+none/);
    expect((await secbot(['person "Bob Other"'], env(), TUESDAY)).stdout).not.toContain('Reminders');
  });
});
