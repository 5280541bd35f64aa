import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/core/caller';
import { renderText } from '../../src/core/render-text';
import { createTestBot } from '../support/test-bot';
import { notifyData } from './support/notify-data';

const inChannel = (channelId: string, id = 'U_LEAD', name = 'lead'): Caller => ({ platform: 'slack', id, name, address: { platform: 'slack', teamId: 'T1', channelId, threadTs: '1700000000.0001' } });
const lead = inChannel('C_NEW');
const bot = () => createTestBot({ data: notifyData({ subscriptions: [] }), changeTeam: ['slack:U_LEAD'], now: '2023-08-22T09:15:00Z' });

describe('subscribe', () => {
  it('subscribes the channel it is typed in (not the thread), with creator and date', async () => {
    const b = bot();
    const reply = await b.run('subscribe OPSG "SMKI PMA" events new-dp,digest', lead);
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('Subscribed Slack channel C_NEW (S1)');
    expect(b.store.read().subscriptions).toEqual([
      { id: 'S1', address: { platform: 'slack', teamId: 'T1', channelId: 'C_NEW' }, committees: ['OPSG', 'SMKI PMA'], events: ['new-dp', 'digest'], createdBy: 'lead (slack:U_LEAD)', createdAt: '2023-08-22T09:15:00.000Z' },
    ]);
    const list = renderText(await b.run('subscriptions', lead));
    expect(list).toContain('S1: OPSG, SMKI PMA · new-dp, digest · by lead (slack:U_LEAD), 22 Aug 2023 10:15');
  });

  it('defaults to every kind of message, and accepts "all" committees', async () => {
    const b = bot();
    await b.run('subscribe all', lead);
    expect(b.store.read().subscriptions[0]).toMatchObject({ committees: ['*'], events: ['new-dp', 'stage', 'decision', 'consultation', 'digest'] });
  });

  it('warns about overlapping subscriptions, and says so when one already covers the request', async () => {
    const b = bot();
    await b.run('subscribe CSC events new-dp,stage', lead);
    const overlap = await b.run('subscribe all events new-dp', lead);
    expect(overlap.context!.join(' ')).toContain('S1 and S2 overlap in Slack channel C_NEW (CSC: new-dp). Each message is still posted once');
    const covered = await b.run('subscribe CSC events stage', lead);
    expect(covered.title).toBe('This channel already gets that through S1; nothing changed.');
    expect(b.store.read().subscriptions).toHaveLength(2);
    expect(renderText(await b.run('subscriptions', lead))).toContain('S1 and S2 overlap');
  });

  it('lists the valid committees or events when one is unknown, and writes nothing', async () => {
    const b = bot();
    const committee = await b.run('subscribe OPSG XYZ', lead);
    expect(committee.kind).toBe('error');
    expect(committee.title).toBe('"XYZ" is not a committee I know. Use one of: CSC, OPSG, TABASC, SSC, SMKI PMA, PANEL, CB, WG, AUTHORITY, or all.');
    const event = await b.run('subscribe OPSG events new-dp,gossip', lead);
    expect(event.title).toBe('"gossip" is not an event I can send. Use one of: new-dp, stage, decision, consultation, digest, or all.');
    const none = await b.run('subscribe', lead);
    expect(none.title).toBe('Which committees should this channel hear about?');
    expect(b.store.read().subscriptions).toEqual([]);
  });

  it('refuses anyone outside the change team, and the console (not a channel)', async () => {
    const b = bot();
    const refused = await b.run('subscribe OPSG', inChannel('C_NEW', 'U_SOMEONE'));
    expect(refused.kind).toBe('error');
    expect(refused.title).toContain('You can\'t run "subscribe"');
    const console = await b.run('subscribe OPSG');
    expect(console.title).toBe('Run "subscribe" in the Slack or Teams channel that should get the messages.');
    expect(b.store.read().subscriptions).toEqual([]);
  });
});

describe('unsubscribe', () => {
  it('takes committees or events off, splitting a subscription when needed', async () => {
    const b = bot();
    await b.run('subscribe CSC OPSG events new-dp,stage', lead);
    const reply = await b.run('unsubscribe OPSG events stage', lead);
    expect(reply.title).toBe('Unsubscribed Slack channel C_NEW: changed S1');
    expect(b.store.read().subscriptions.map((s) => [s.id, s.committees, s.events])).toEqual([
      ['S1', ['CSC'], ['new-dp', 'stage']],
      ['S2', ['OPSG'], ['new-dp']],
    ]);
    await b.run('unsubscribe events new-dp', lead);
    expect(b.store.read().subscriptions.map((s) => [s.id, s.committees, s.events])).toEqual([['S1', ['CSC'], ['stage']]]);
    const all = await b.run('unsubscribe', lead);
    expect(all.title).toBe('Unsubscribed Slack channel C_NEW: removed S1');
    expect(b.store.read().subscriptions).toEqual([]);
  });

  it('explains when there is nothing to remove, and does not touch other channels', async () => {
    const b = createTestBot({ data: notifyData(), changeTeam: ['slack:U_LEAD'] });
    const missing = await b.run('unsubscribe TABASC', inChannel('C_OPSG'));
    expect(missing.title).toBe('This channel has no subscription for TABASC.');
    expect(missing.context![0]).toContain('S2: OPSG');
    const empty = await b.run('unsubscribe', lead);
    expect(empty.title).toBe('This channel has no subscriptions.');
    await b.run('unsubscribe', inChannel('C_OPSG'));
    expect(b.store.read().subscriptions.map((s) => s.id)).toEqual(['S1']);
  });

  it('will not carve one committee out of an all-committees subscription', async () => {
    const b = bot();
    await b.run('subscribe all', lead);
    const reply = await b.run('unsubscribe OPSG', lead);
    expect(reply.title).toBe("S1 covers all committees, so I can't take OPSG off it.");
    expect(b.store.read().subscriptions).toHaveLength(1);
  });
});

describe('subscriptions', () => {
  it('shows every channel with "all", and says when there are none', async () => {
    const b = createTestBot({ data: notifyData() });
    const all = renderText(await b.run('subscriptions all'));
    expect(all).toContain('Slack channel C_CSC');
    expect(all).toContain('Slack channel C_OPSG');
    const none = await b.run('subscriptions', inChannel('C_QUIET'));
    expect(none.title).toBe('This channel has no subscriptions.');
  });
});
