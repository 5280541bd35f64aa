import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { createCalendar } from '../../../src/domain/calendar';
import { createSlackPlatform } from '../../../src/platforms/slack';
import { createTestBot } from '../../support/test-bot';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { createCaptureLogger } from './support/capture-logger';
import { FAKE_BOT_TOKEN } from './support/fake-slack';

const digest: Reply = { kind: 'info', title: 'New Draft Proposals', fields: [{ label: 'Committee', value: 'OPSG' }], sections: [{ title: 'Raised', items: ['DP120 Alert routing for DNOs'] }] };

describe('Slack messenger (proactive sends)', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it('posts to a channel (in a thread when given) and returns the message ts', async () => {
    const result = await h.platform.messenger.send({ platform: 'slack', channelId: 'C0OPSG', threadTs: '1692700000.000100' }, digest);
    expect(result).toMatchObject({ ok: true, messageId: expect.any(String) });
    const call = h.fake.callsTo('chat.postMessage')[0]!;
    expect(call.body).toMatchObject({ channel: 'C0OPSG', thread_ts: '1692700000.000100', text: 'New Draft Proposals' });
    expect(call.body.blocks[0]).toMatchObject({ type: 'header', text: { text: 'New Draft Proposals' } });
  });

  it('opens a DM for a user address', async () => {
    const result = await h.platform.messenger.send({ platform: 'slack', userId: 'U_GEMMA' }, digest);
    expect(result.ok).toBe(true);
    expect(h.fake.callsTo('conversations.open')[0]!.body.users).toBe('U_GEMMA');
    expect(h.fake.callsTo('chat.postMessage')[0]!.body.channel).toBe('D_GEMMA');
  });

  it.each([
    ['chat.postMessage', 'channel_not_found'],
    ['chat.postMessage', 'is_archived'],
    ['chat.postMessage', 'not_in_channel'],
    ['conversations.open', 'account_inactive'],
    ['conversations.open', 'user_not_found'],
  ])('%s answering %s is unreachable (retrying will not help)', async (method, error) => {
    h.fake.failNext(method, { error });
    const address = method === 'conversations.open' ? { platform: 'slack' as const, userId: 'U_GONE' } : { platform: 'slack' as const, channelId: 'C0GONE' };
    expect(await h.platform.messenger.send(address, digest)).toEqual({ ok: false, reason: 'unreachable', error });
  });

  it('a 429 comes back at once as transient with Slack’s Retry-After, for the delivery ledger to honour', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const result = await h.platform.messenger.send({ platform: 'slack', channelId: 'C0OPSG' }, digest);
    expect(result).toEqual({ ok: false, reason: 'transient', error: 'ratelimited', retryAfterMs: 30_000 });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a 5xx is retried a bounded number of times, then reported as transient', async () => {
    h.fake.failNext('chat.postMessage', { status: 503 }, 5);
    const result = await h.platform.messenger.send({ platform: 'slack', channelId: 'C0OPSG' }, digest);
    expect(result).toMatchObject({ ok: false, reason: 'transient', error: 'http_503' });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('a 5xx followed by success delivers', async () => {
    h.fake.failNext('chat.postMessage', { status: 500 });
    expect((await h.platform.messenger.send({ platform: 'slack', channelId: 'C0OPSG' }, digest)).ok).toBe(true);
  });

  it('refuses an address of another platform as unreachable', async () => {
    const result = await h.platform.messenger.send({ platform: 'teams', conversationId: 'x', serviceUrl: 'https://smba' }, digest);
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('splits a long digest over several messages without losing a line', async () => {
    const items = Array.from({ length: 400 }, (_, i) => `DP${String(i).padStart(3, '0')} a title long enough to fill the section quickly ${'y'.repeat(40)}`);
    const sections = Array.from({ length: 40 }, (_, i) => ({ title: `Committee ${i}`, items: items.slice(i * 10, i * 10 + 10) }));
    const result = await h.platform.messenger.send({ platform: 'slack', channelId: 'C0OPSG' }, { kind: 'info', title: 'Weekly digest', sections });
    expect(result.ok).toBe(true);
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) expect(post.body.blocks.length).toBeLessThanOrEqual(50);
    const all = JSON.stringify(posts.map((p) => p.body.blocks));
    for (const item of items) expect(all).toContain(item);
    expect(posts[1]!.body.blocks[0].elements[0].text).toContain('Weekly digest (continued, 2 of');
  });
});

describe('Slack messenger without a network', () => {
  it('a connection refused is transient, logged without the token', async () => {
    const bot = createTestBot();
    const logger = createCaptureLogger();
    const platform = createSlackPlatform(
      { dispatch: bot.dispatch, store: bot.store, clock: bot.clock, calendar: createCalendar(), logger },
      { botToken: FAKE_BOT_TOKEN, signingSecret: 's', apiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 } },
    );
    const result = await platform.messenger.send({ platform: 'slack', channelId: 'C1' }, digest);
    expect(result).toMatchObject({ ok: false, reason: 'transient', error: 'network' });
    expect(logger.lines.join('\n')).not.toContain(FAKE_BOT_TOKEN);
  });
});
