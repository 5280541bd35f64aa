import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../../src/config';
import { silentLogger, systemClock } from '../../../src/core/ports';
import { createCore } from '../../../src/create-core';
import { demoStore } from '../../../src/demo/demo-store';
import { openData, type OpenedData } from '../../../src/open-data';
import { startPlatforms, type RunningPlatforms } from '../../../src/start-platforms';
import { initStore } from '../../../storage/file-store';
import { createTempDir } from '../../support/temp-store';
import { message } from '../teams/support/activities';
import { cardLines } from '../teams/support/cards';
import { startFakeConnector, type FakeConnector } from '../teams/support/fake-connector';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../slack/support/fake-slack';
import { slashCommand } from '../slack/support/payloads';
import { postToSlackApp, SIGNING_SECRET } from '../slack/support/signed';

/**
 * The composition root as `npm start` runs it when Slack and Teams are configured: one HTTP server on
 * PORT with /healthz, /slack/events and /api/messages, a file store, and the notifier delivering.
 */
let slack: FakeSlack;
let connector: FakeConnector;
let data: OpenedData;
let platforms: RunningPlatforms;
let base: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  [slack, connector] = await Promise.all([startFakeSlack(), startFakeConnector()]);
  const dir = await createTempDir();
  cleanup = dir.cleanup;
  const file = dir.file;
  const seeded = demoStore();
  seeded.subscriptions.push({ id: 'sub-1', address: { platform: 'slack', teamId: 'T1', channelId: 'C0OPSG' }, committees: ['OPSG'], events: ['new-dp'], createdBy: 'operator', createdAt: '2026-01-05T09:00:00Z' });
  await initStore(file, seeded);
  const config = readEnv({
    SECBOT_DATA: file, PORT: '0', SECBOT_CHANGE_TEAM: 'slack:U_LEAD',
    SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl,
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
  });
  data = await openData({ file, allowDemo: false, readOnly: false, clock: systemClock, logger: silentLogger });
  const core = createCore({ store: data.store, clock: systemClock, logger: silentLogger, changeTeam: config.changeTeam, holidays: {} });
  platforms = await startPlatforms({ config, core, store: data.store, storeDescription: file, clock: systemClock, logger: silentLogger });
  base = `http://127.0.0.1:${platforms.port}`;
});

afterAll(async () => {
  await platforms?.stop();
  await data?.close();
  await Promise.all([slack?.close(), connector?.close()]);
  await cleanup?.();
});

describe('npm start with Slack and Teams configured', () => {
  it('reports health for the store and both platforms on /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, platforms: { slack: { ok: true, mode: 'http' }, teams: { ok: true } } });
  });

  it('answers a signed /sec command on the shared port', async () => {
    const response = await postToSlackApp(`${base}/slack/events`, { form: slashCommand('status dp96') });
    expect(response.status).toBe(200);
    expect(response.text).toContain('DNO Power Outage Alerts');
  });

  it('refuses an unsigned Slack request', async () => {
    const response = await postToSlackApp(`${base}/slack/events`, { form: slashCommand('status DP096'), sign: false });
    expect(response.status).toBe(401);
  });

  it('answers a Teams message on the same port with a card', async () => {
    const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(connector.url, 'status MP167B')) });
    expect(response.status).toBeLessThan(300);
    await expect.poll(() => connector.posts().length).toBeGreaterThan(0);
    const card = connector.posts().at(-1)!.body.attachments[0].content;
    expect(cardLines(card).join('\n')).toContain('MP167B');
  });

  it('posts a DP raised over Slack to the subscribed channel exactly once', async () => {
    const raised = await postToSlackApp(`${base}/slack/events`, { form: slashCommand('raise DP121 "Faster outage alerts" committees OPSG', 'U_LEAD') });
    expect(raised.text).toContain('DP121');
    await platforms.notifier!.flushOutbox();
    await platforms.notifier!.flushOutbox();
    const posts = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0OPSG');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain('Faster outage alerts');
  });

  it('lets reminder previews reach the notifier through the command context', async () => {
    const response = await postToSlackApp(`${base}/slack/events`, { form: slashCommand('remind preview', 'U_LEAD') });
    expect(response.status).toBe(200);
    expect(response.text).not.toMatch(/not available|not running/i);
  });
});
