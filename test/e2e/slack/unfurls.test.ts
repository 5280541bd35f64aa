import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { channelMessage, eventEnvelope, slashCommand, TEAM } from './support/payloads';
import { postToSlackApp } from './support/signed';

const json = (value: unknown) => JSON.stringify(value);

describe('Slack reference cards (unfurls)', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  const say = (text: string, channel = 'C0CHANGE') => postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage(text, { channel })) });
  /** A later DM answered proves the earlier events were handled (events are processed in order of arrival). */
  const settle = async () => {
    const before = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0SYNC').length;
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('whoami', { channel: 'D0SYNC', channelType: 'im' })) });
    await h.fake.waitFor('chat.postMessage', () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0SYNC').length > before);
  };
  const cards = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel !== 'D0SYNC');
  const turnOn = async () => {
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('settings unfurl on') })).json();
    expect(body.blocks[0].text.text).toContain('Reference cards are on in this channel');
  };

  it('posts nothing in a channel that has not opted in', async () => {
    await say('has anyone looked at DP096?');
    await settle();
    expect(cards()).toHaveLength(0);
  });

  it('after `/sec settings unfurl on`, a bare DP096 gets a compact card in the thread', async () => {
    await turnOn();
    expect(h.bot.store.read().channelSettings[`slack:${TEAM}:C0CHANGE`]).toEqual({ unfurl: true });
    const ts = '1692700000.000500';
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('has anyone looked at DP096?', { ts })) });
    const card = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'C0CHANGE');
    expect(card.body.thread_ts).toBe(ts);
    expect(card.body.blocks[0].text.text).toContain('*DP096 — DNO Power Outage Alerts*');
    expect(json(card.body.blocks)).not.toContain('"actions"');
  });

  it('does not repeat a card for the same reference in the channel within 30 minutes, then does', async () => {
    await turnOn();
    await say('DP096 again');
    await say('and DP096 once more');
    await settle();
    expect(cards()).toHaveLength(1);
    h.bot.clock.set('2023-08-22T09:29:00Z');
    await say('DP096 at 29 minutes');
    await settle();
    expect(cards()).toHaveLength(1);
    h.bot.clock.set('2023-08-22T09:31:00Z');
    await say('DP096 after half an hour');
    await settle();
    expect(cards()).toHaveLength(2);
  });

  it('the 30 minutes are per channel: another opted-in channel gets its own card', async () => {
    await turnOn();
    await postToSlackApp(h.eventsUrl, { form: slashCommand('settings unfurl on', 'U_GEMMA', 'http://127.0.0.1:9/x', 'C0OTHER') });
    await say('DP096');
    await say('DP096', 'C0OTHER');
    await settle();
    expect(cards().map((c) => c.body.channel).sort()).toEqual(['C0CHANGE', 'C0OTHER']);
  });

  it('skips messages naming more than 3 references, and unknown references', async () => {
    await turnOn();
    await say('DP096, DP097, MP167B and DP120 are on the agenda');
    await say('what about DP999?');
    await settle();
    expect(cards()).toHaveLength(0);
  });

  it('shows up to 3 references in one threaded message', async () => {
    await turnOn();
    await say('compare DP096 with mp-167b');
    const card = await h.fake.waitFor('chat.postMessage', (c) => c.body.channel === 'C0CHANGE');
    expect(json(card.body.blocks)).toContain('DP096 — DNO Power Outage Alerts');
    expect(json(card.body.blocks)).toContain('MP167B');
  });

  it('does not card a message that @-mentions the bot (the mention is a command)', async () => {
    await turnOn();
    await say('<@UBOT> status DP096');
    await settle();
    expect(cards()).toHaveLength(0);
  });

  it('link_shared for a SECAS page naming a proposal → chat.unfurl with a card for that URL', async () => {
    await turnOn();
    const url = 'https://smartenergycodecompany.co.uk/modifications/dp096-dno-power-outage-alerts/';
    await postToSlackApp(h.eventsUrl, {
      json: eventEnvelope({ type: 'link_shared', channel: 'C0CHANGE', user: 'U_GEMMA', message_ts: '1692700000.000900', links: [{ domain: 'smartenergycodecompany.co.uk', url }], event_ts: '1' }),
    });
    const unfurl = await h.fake.waitFor('chat.unfurl');
    expect(unfurl.body).toMatchObject({ channel: 'C0CHANGE', ts: '1692700000.000900' });
    expect(json(unfurl.body.unfurls[url].blocks)).toContain('DP096 — DNO Power Outage Alerts');
  });

  it('link_shared in a channel that has not opted in is left to Slack', async () => {
    const url = 'https://smartenergycodecompany.co.uk/modifications/dp096/';
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope({ type: 'link_shared', channel: 'C0CHANGE', user: 'U_GEMMA', message_ts: '1.2', links: [{ domain: 'x', url }], event_ts: '1' }) });
    await settle();
    expect(h.fake.callsTo('chat.unfurl')).toHaveLength(0);
  });
});
