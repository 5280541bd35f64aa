import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/domain/calendar';
import { createSlackPlatform, type SlackConfig } from '../../../src/platforms/slack';
import { createTestBot } from '../../support/test-bot';
import { createCaptureLogger } from './support/capture-logger';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from './support/fake-slack';
import { slackFixture } from './support/fixture';
import { slashCommand } from './support/payloads';
import { SIGNING_SECRET, postToSlackApp } from './support/signed';

function platformFor(fake: FakeSlack, config: Partial<SlackConfig> = {}) {
  const bot = createTestBot({ data: slackFixture() });
  const logger = createCaptureLogger();
  const platform = createSlackPlatform(
    { dispatch: bot.dispatch, store: bot.store, clock: bot.clock, calendar: createCalendar(), logger },
    { botToken: FAKE_BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 0 }, ...config },
  );
  return { platform, logger };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Slack platform lifecycle', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack();
  });
  afterEach(() => fake.close());

  it('HTTP mode without a signing secret fails at once, saying what to set', () => {
    expect(() => platformFor(fake, { signingSecret: undefined })).toThrow(/SLACK_SIGNING_SECRET.*or set SLACK_APP_TOKEN/);
  });

  it('a revoked bot token fails start() with the fix; a later start() asks Slack again and succeeds', async () => {
    const { platform } = platformFor(fake);
    fake.failNext('auth.test', { error: 'invalid_auth' });
    await expect(platform.start()).rejects.toThrow('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    expect(platform.status()).toEqual({ ok: false, mode: 'http' });
    platform.mount(express());
    await platform.start();
    expect(platform.status()).toEqual({ ok: true, mode: 'http' });
  });

  it('an unreachable Slack API fails start() naming the URL, not the token', async () => {
    const { platform } = platformFor(fake, { apiUrl: 'http://127.0.0.1:9/api/' });
    await expect(platform.start()).rejects.toThrow('Could not reach the Slack Web API at http://127.0.0.1:9/api/ (network)');
  });

  it('shares the express app with other routes and JSON parsers scoped to them (/healthz, /api/messages)', async () => {
    const { platform } = platformFor(fake);
    const web = express();
    web.get('/healthz', (_req, res) => void res.json({ slack: platform.status() }));
    web.post('/api/messages', express.json(), (req, res) => void res.json({ got: req.body }));
    platform.mount(web);
    const server: Server = await new Promise((resolve) => {
      const s = web.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      await platform.start();
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ slack: { ok: true, mode: 'http' } });
      const teams = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' });
      expect(await teams.json()).toEqual({ got: { type: 'message' } });
      const slack = await postToSlackApp(`${base}/slack/events`, { form: slashCommand('status DP096') });
      expect(slack.json().blocks[0].text.text).toBe('DP096 — DNO Power Outage Alerts');
      expect((await postToSlackApp(`${base}/slack/events`, { form: slashCommand('status DP096'), sign: 'wrong' })).status).toBe(401);
    } finally {
      await platform.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('without mount, start() serves /slack/events standalone on the configured port', async () => {
    const port = await freePort();
    const { platform } = platformFor(fake, { port });
    await platform.start();
    try {
      const res = await postToSlackApp(`http://127.0.0.1:${port}/slack/events`, { json: { type: 'url_verification', challenge: 'c-9' } });
      expect(res.json()).toEqual({ challenge: 'c-9' });
    } finally {
      await platform.stop();
    }
  });
});
