import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingFile } from '../../../src/core/ports';
import type { Caller } from '../../../src/core/caller';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { blockAction, channelMessage, eventEnvelope, TEAM } from './support/payloads';
import { postToSlackApp } from './support/signed';

const json = (value: unknown) => JSON.stringify(value);

describe('Slack DMs, mentions and retried events', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it('a DM is a command; the answer is posted in the DM', async () => {
    const res = await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('status dp96', { channel: 'D0GEMMA', channelType: 'im' })) });
    expect(res.status).toBe(200);
    const posted = await h.fake.waitFor('chat.postMessage');
    expect(posted.body.channel).toBe('D0GEMMA');
    expect(posted.body.blocks[0].text.text).toBe('DP096 — DNO Power Outage Alerts');
  });

  it('an @-mention is a command answered privately to the asker in that thread', async () => {
    const event = { type: 'app_mention', user: 'U_GEMMA', text: '<@UBOT> status MP167B', ts: '1692700000.000300', thread_ts: '1692700000.000100', channel: 'C0CHANGE', team: TEAM };
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(event) });
    const posted = await h.fake.waitFor('chat.postEphemeral');
    expect(posted.body).toMatchObject({ channel: 'C0CHANGE', user: 'U_GEMMA', thread_ts: '1692700000.000100' });
    expect(posted.body.blocks[0].text.text).toContain('MP167B');
    expect(json(posted.body.blocks)).toContain('sec-share');
  });

  it('a retried delivery (X-Slack-Retry-Num) of a mutating DM never runs it twice', async () => {
    const envelope = eventEnvelope(channelMessage('action update "CSC 12/01" chased DCC', { channel: 'D0GEMMA', channelType: 'im' }), 'Ev0RETRY');
    expect((await postToSlackApp(h.eventsUrl, { json: envelope })).status).toBe(200);
    await h.fake.waitFor('chat.postMessage');
    for (const n of ['1', '2']) {
      const retry = await postToSlackApp(h.eventsUrl, { json: envelope, headers: { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' } });
      expect(retry.status).toBe(200);
    }
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('status DP096', { channel: 'D0GEMMA', channelType: 'im' })) });
    await h.fake.waitFor('chat.postMessage', (c) => json(c.body).includes('DNO Power Outage Alerts'));
    expect(h.bot.store.read().actions[0]!.updates).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('ignores bot messages (including its own cards) so it never talks to itself', async () => {
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope({ ...channelMessage('status DP096', { channel: 'D0GEMMA', channelType: 'im' }), bot_id: 'BOTHER' }) });
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('whoami', { channel: 'D0GEMMA', channelType: 'im' })) });
    const posted = await h.fake.waitFor('chat.postMessage');
    expect(json(posted.body.blocks)).not.toContain('DNO Power Outage Alerts');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('Slack files shared with the bot', () => {
  it('hands a DM file to the attachment handler with its bytes, and posts its answer', async () => {
    const received: { file: IncomingFile; caller: Caller }[] = [];
    const h = await startSlackHarness({
      onFile: async (file, caller) => {
        received.push({ file, caller });
        return { kind: 'info', title: `Read ${file.name}: ${file.bytes.length} bytes` };
      },
    });
    try {
      const url = h.fake.serveFile('minutes.txt', new TextEncoder().encode('ACTION CSC 13/01 DCC to report'));
      const files = [{ id: 'F1', name: 'CSC_13-minutes.txt', mimetype: 'text/plain', size: 30, url_private_download: url }];
      await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('', { channel: 'D0GEMMA', channelType: 'im', files })) });
      const posted = await h.fake.waitFor('chat.postMessage');
      expect(posted.body.blocks[0].text.text).toBe('Read CSC_13-minutes.txt: 30 bytes');
      expect(new TextDecoder().decode(received[0]!.file.bytes)).toBe('ACTION CSC 13/01 DCC to report');
      expect(received[0]!.caller).toMatchObject({ platform: 'slack', id: 'U_GEMMA' });
    } finally {
      await h.close();
    }
  });

  it('says clearly when file import is not switched on', async () => {
    const h = await startSlackHarness();
    try {
      const files = [{ id: 'F1', name: 'paper.pdf', size: 10, url_private_download: h.fake.serveFile('paper.pdf', new Uint8Array(10)) }];
      await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('', { channel: 'D0GEMMA', channelType: 'im', files })) });
      const posted = await h.fake.waitFor('chat.postMessage');
      expect(posted.body.blocks[0].text.text).toContain("can't read shared files");
    } finally {
      await h.close();
    }
  });
});

describe('Slack App Home', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  const homeOpened = (user: string) => eventEnvelope({ type: 'app_home_opened', user, channel: 'D0GEMMA', tab: 'home', event_ts: '1692700000.000100' });

  it('publishes my open actions, consultations closing within 10 Working Days and recent DPs', async () => {
    await postToSlackApp(h.eventsUrl, { json: homeOpened('U_GEMMA') });
    const publish = await h.fake.waitFor('views.publish');
    expect(publish.body.user_id).toBe('U_GEMMA');
    const text = json(publish.body.view.blocks);
    expect(text).toContain('My open actions');
    expect(text).toContain('CSC 12/01 · Gemma Slaney · due 30 Aug 2023');
    expect(text).toContain('Consultations closing in the next 10 Working Days');
    expect(text).not.toContain('MP167B: Modification Report Consultation');
    expect(text).toContain('Recently raised DPs');
    expect(text.indexOf('DP097')).toBeLessThan(text.indexOf('DP096 DNO'));
  });

  it('lists a consultation once it is within 10 Working Days of closing', async () => {
    h.bot.clock.set('2023-08-25T09:00:00Z');
    await postToSlackApp(h.eventsUrl, { json: homeOpened('U_GEMMA') });
    const publish = await h.fake.waitFor('views.publish');
    expect(json(publish.body.view.blocks)).toContain('MP167B: Modification Report Consultation');
  });

  it('tells an unlinked user how to link themselves', async () => {
    await postToSlackApp(h.eventsUrl, { json: homeOpened('U_STRANGER') });
    const publish = await h.fake.waitFor('views.publish');
    expect(json(publish.body.view.blocks)).toContain('/sec link');
  });

  it('a Close button on the Home tab runs as the clicker and republishes Home with the result on top', async () => {
    await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: 'action close "CSC 12/01"', home: true }) });
    const publish = await h.fake.waitFor('views.publish');
    expect(publish.body.view.blocks[0].text.text).toContain('Closed CSC 12/01');
    expect(json(publish.body.view.blocks)).toContain('No open actions for Gemma Slaney');
  });

  it("honours Slack's 429 Retry-After and retries views.publish", async () => {
    h.fake.failNext('views.publish', { status: 429, retryAfter: 0 });
    await postToSlackApp(h.eventsUrl, { json: homeOpened('U_GEMMA') });
    await h.fake.waitFor('views.publish', (c) => c.body.user_id === 'U_GEMMA' && h.fake.callsTo('views.publish').length === 2);
    expect(h.fake.callsTo('views.publish')).toHaveLength(2);
  });
});
