import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../src/core/dispatch';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { FAKE_BOT_TOKEN } from './support/fake-slack';
import { slashCommand } from './support/payloads';
import { SIGNING_SECRET, postToSlackApp } from './support/signed';

const texts = (blocks: any[]): string => JSON.stringify(blocks);

describe('Slack /sec over HTTP', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it('answers /sec status DP096 in the ack itself, ephemeral, as Block Kit with a Share button', async () => {
    const res = await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096') });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks[0]).toMatchObject({ type: 'header', text: { text: 'DP096 — DNO Power Outage Alerts' } });
    expect(texts(body.blocks)).toContain('Gemma Slaney');
    expect(texts(body.blocks)).toContain('CSC 12/01');
    const share = body.blocks.at(-1).elements.find((e: any) => e.action_id === 'sec-share');
    expect(share.text.text).toBe('Share in channel');
  });

  it('answers an unknown subcommand with a suggestion and the way to help', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('statsu DP096') })).json();
    expect(body.blocks[0].text.text).toContain('I don\'t know the command "statsu". Did you mean "status"?');
    expect(texts(body.blocks)).toContain('Type \\"help\\"');
  });

  it('shows help for an empty /sec', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('') })).json();
    expect(texts(body.blocks)).toContain('status');
    expect(texts(body.blocks)).toContain('actions');
  });

  it('keeps Slack-escaped text as typed: &amp; and <links>', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('search Power &amp; Outage') })).json();
    expect(texts(body.blocks)).toContain('DP096');
  });

  it('refuses a change by someone outside the change team, explaining who can', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('action close CSC 12/01', 'U_STRANGER') })).json();
    expect(body.blocks[0].text.text).toContain('You can\'t run "action close"');
    expect(h.bot.store.read().actions[0]!.status).toBe('Open');
  });

  it('runs a change for a change-team member linked by Slack id', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('action close CSC 12/01 meeting held') })).json();
    expect(body.blocks[0].text.text).toContain('Closed CSC 12/01');
    expect(h.bot.store.read().actions[0]!.status).toBe('Closed');
    expect(h.bot.store.auditOf().at(-1)).toMatchObject({ actor: 'slack:U_GEMMA', command: 'action close CSC 12/01 meeting held' });
  });

  it('url_verification echoes the challenge', async () => {
    const res = await postToSlackApp(h.eventsUrl, { json: { type: 'url_verification', challenge: 'chal-123', token: 't' } });
    expect(res.json()).toEqual({ challenge: 'chal-123' });
  });

  it('keeps a long list answer within Slack limits and says how to see the next page', async () => {
    for (let i = 0; i < 60; i++) {
      await h.bot.store.transact({ actor: 'test', command: 'seed' }, (d) => {
        d.proposals.push({ ...d.proposals[0]!, ref: `DP${String(200 + i)}`, title: `Proposal number ${i} ${'x'.repeat(80)}` });
      });
    }
    const body = (await postToSlackApp(h.eventsUrl, { form: slashCommand('list all') })).json();
    expect(body.blocks.length).toBeLessThanOrEqual(50);
    expect(texts(body.blocks)).toContain('showing 20 of 63');
  });
});

describe('Slack ack budget', () => {
  it('acks at once with an empty body when the command is slow, then answers at response_url', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h = await startSlackHarness({ ackBudgetMs: 20, wrapDispatch: (d: Dispatch): Dispatch => async (inv) => (await gate, d(inv)) });
    try {
      const res = await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096', 'U_GEMMA', h.fake.responseUrl('slow')) });
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      expect(h.fake.responses).toHaveLength(0);
      release();
      const answer = await h.fake.waitFor('response_url', (c) => c.method === 'slow');
      expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
      expect(answer.body.blocks[0].text.text).toBe('DP096 — DNO Power Outage Alerts');
    } finally {
      await h.close();
    }
  });
});

describe('Slack request signatures', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['a wrong signing secret', { sign: 'not-the-secret' }],
    ['a stale timestamp (6 minutes old)', { sign: Math.floor(Date.now() / 1000) - 360 }],
    ['missing signature headers', { sign: false as const }],
  ])('refuses %s with 401, runs nothing, and logs no secret', async (_name, signing) => {
    const res = await postToSlackApp(h.eventsUrl, { form: slashCommand('action close CSC 12/01'), ...signing });
    expect(res.status).toBe(401);
    expect(h.bot.store.read().actions[0]!.status).toBe('Open');
    const log = h.logs.join('\n');
    expect(log).toMatch(/verification failed/i);
    expect(log).not.toContain(SIGNING_SECRET);
    expect(log).not.toContain(FAKE_BOT_TOKEN);
  });

  it('sends the bot token only in the Authorization header, never in logs', async () => {
    await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096') });
    const authTest = await h.fake.waitFor('auth.test');
    expect(authTest.headers.authorization).toBe(`Bearer ${FAKE_BOT_TOKEN}`);
    expect(h.logs.join('\n')).not.toContain(FAKE_BOT_TOKEN);
  });
});
