import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockAction } from '../slack/support/payloads';
import { postToSlackApp } from '../slack/support/signed';
import { startSlackHarness, type SlackHarness } from '../slack/support/slack-harness';

describe('Slack: buttons on a channel post never edit the post', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['the read-only Status button of a "New Draft Proposal" post', 'status DP096', 'C_CSC'],
    ['a Snooze button of a reminder posted in a channel', 'action snooze "CSC 12/01" 1d', 'C_CHANGE'],
    ['a button of a digest in a private channel', 'actions', 'G_PRIVATE'],
  ])('%s answers the clicker privately; chat.update is never called', async (_name, command, channel) => {
    await postToSlackApp(h.eventsUrl, {
      payload: blockAction({ value: command, ephemeral: false, channel, messageTs: '1700000000.000300', responseUrl: h.fake.responseUrl('broadcast'), user: 'U_GEMMA' }),
    });
    const answer = await h.fake.waitFor('response_url', (c) => c.method === 'broadcast');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(answer.body.blocks)).toContain('Share in channel');
    expect(h.fake.callsTo('chat.update')).toEqual([]);
    expect(h.fake.responses.filter((r) => r.body.replace_original === true)).toEqual([]);
  });
});
