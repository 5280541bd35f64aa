import { describe, expect, it } from 'vitest';
import { createTestBot } from '../support/test-bot';
import { rateLimited } from './support/fakes';
import { createHarness } from './support/notifier-harness';
import { CSC_CHANNEL, dpRaised, notifyData, subscription, TEAMS_CHANNEL } from './support/notify-data';

const channelKeys = (sent: { to: string }[]) => sent.map((m) => m.to).sort();

describe('new Draft Proposals to subscribed channels', () => {
  it('posts one card per subscribed channel, however many of its subscriptions overlap', async () => {
    const data = notifyData({
      subscriptions: [
        ...notifyData().subscriptions,
        subscription('S3', CSC_CHANNEL, ['*'], ['new-dp']),
        subscription('S4', TEAMS_CHANNEL, ['*'], ['new-dp']),
      ],
      outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')],
    });
    const { notifier, slack, teams } = createHarness(data);
    const report = await notifier.flushOutbox();
    expect(report.sent).toBe(3);
    expect(channelKeys(slack.sent)).toEqual(['slack:T1:C_CSC', 'slack:T1:C_OPSG']);
    expect(channelKeys(teams.sent)).toEqual(['teams:19:all@thread.tacv2']);
  });

  it('shows reference, title, proposer and organisation, lead analyst, the problem in a sentence and the ask', async () => {
    const { notifier, slack } = createHarness(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    await notifier.flushOutbox();
    const card = slack.sent[0]!.reply;
    expect(card.title).toBe('New Draft Proposal DP120: Power to raise modifications');
    expect(card.text).toBe('SECAS cannot raise Draft Proposals.');
    expect(card.fields).toEqual([
      { label: 'Proposer', value: 'Simon Trivella (British Gas)' },
      { label: 'Lead Analyst', value: 'Jordan Crase' },
      { label: 'Raised', value: '22 Aug 2023' },
      { label: 'For', value: 'CSC, OPSG' },
    ]);
    // No CSC meeting known: 10 Working Days after 22 Aug 2023, skipping the 28 Aug bank holiday.
    expect(card.sections![0]!.text).toBe('Views on the problem statement by 6 Sep 2023 (10 Working Days after it was raised).');
  });

  it('asks for views by the next CSC meeting when one is known at least 5 Working Days ahead', async () => {
    const meetings = [
      { ref: 'CSC 13_2508', committee: 'CSC', on: '2023-08-25', source: 't' },
      { ref: 'CSC 14_1509', committee: 'CSC', on: '2023-09-15', source: 't' },
    ];
    const { notifier, slack } = createHarness(notifyData({ meetings, outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    await notifier.flushOutbox();
    expect(slack.sent[0]!.reply.sections![0]!.text).toBe('Views on the problem statement by 15 Sep 2023 (the next Change Sub-Committee meeting).');
  });

  it('never posts twice: not on a second flush, nor for a repeated import of the same DP, nor to a channel subscribed later', async () => {
    const data = notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] });
    const { notifier, slack, store } = createHarness(data);
    await notifier.flushOutbox();
    await store.transact({ actor: 't', command: 't' }, (d) => {
      d.outbox.push(dpRaised('e2', 'DP120', '2023-08-22T07:45:00Z'));
      d.subscriptions.push(subscription('S9', { platform: 'slack', teamId: 'T1', channelId: 'C_NEW' }, ['*'], ['new-dp'], '2023-08-22T07:50:00Z'));
    });
    const again = await notifier.flushOutbox();
    expect(again.sent).toBe(0);
    expect(channelKeys(slack.sent)).toEqual(['slack:T1:C_CSC', 'slack:T1:C_OPSG']);
  });

  it('delivers a DP raised with the real raise command, and stage changes only to channels that asked for them', async () => {
    const bot = createTestBot({ data: notifyData(), now: '2023-08-22T08:00:00Z' });
    await bot.run('raise DP120 "Power to raise modifications" proposer "Simon Trivella" org "British Gas" committees CSC,OPSG');
    await bot.run('convert DP120 reason "the CSC agreed the problem statement"');
    await bot.run('advance MP120 new stage "Further development"');
    const { notifier, slack } = createHarness(notifyData(), { store: bot.store });
    await notifier.flushOutbox();
    const titles = slack.sent.map((m) => `${m.to} ${m.reply.title}`).sort();
    expect(titles).toEqual([
      'slack:T1:C_CSC MP120 moved to Converted to Modification Proposal',
      'slack:T1:C_CSC MP120 moved to Further development',
      'slack:T1:C_CSC New Draft Proposal DP120: Power to raise modifications',
      'slack:T1:C_OPSG New Draft Proposal DP120: Power to raise modifications',
    ]);
  });
});

describe('decisions and consultations', () => {
  it('go to the channels that asked for them, with the facts on the card', async () => {
    const decided = { id: 'e5', type: 'decision.recorded', at: '2023-08-22T07:30:00Z', ref: 'MP167B', data: { ref: 'MP167B', title: 'Alt HAN', body: 'Change Board', outcome: 'Approved', on: '2023-08-22', to: 'Pending Implementation', committees: ['CSC', 'OPSG'] } };
    const opened = { id: 'e6', type: 'consultation.opened', at: '2023-08-22T07:31:00Z', ref: 'MP167B', data: { id: 'c1', ref: 'MP167B', committees: ['OPSG'] } };
    const data = notifyData({ outbox: [decided, opened], consultations: [{ id: 'c1', proposal: 'MP167B', kind: 'report', opens: '2023-08-22', closes: '2023-09-12T17:00:00+01:00', source: 't' }] });
    const { notifier, slack } = createHarness(data);
    await notifier.flushOutbox();
    expect(slack.sent.map((m) => `${m.to} ${m.reply.title}`).sort()).toEqual([
      'slack:T1:C_CSC MP167B: Approved by Change Board', // OPSG's channel did not ask for decisions
      'slack:T1:C_OPSG Modification Report Consultation on MP167B: open for responses',
    ]);
    expect(slack.sent.find((m) => m.to === 'slack:T1:C_OPSG')!.reply.fields).toContainEqual({ label: 'Closes', value: '12 Sep 2023 at 5pm' });
  });
});

describe('failed sends', () => {
  it('delivers every message exactly once through a 429 storm, waiting as told', async () => {
    const outbox = Array.from({ length: 10 }, (_, i) => dpRaised(`e${i}`, `DP1${String(i).padStart(2, '0')}`, '2023-08-22T07:30:00Z'));
    const { notifier, slack, waits } = createHarness(notifyData({ outbox }));
    slack.behave((_a, _r, attempt) => (attempt % 3 !== 0 ? rateLimited(1500) : { ok: true }));
    const report = await notifier.flushOutbox();
    expect(report.sent + report.failed.length).toBe(20);
    for (let round = 0; round < 20 && slack.sent.length < 20; round++) {
      await notifier.flushOutbox();
    }
    const keys = slack.sent.map((m) => `${m.to} ${m.reply.title}`);
    expect(keys).toHaveLength(20);
    expect(new Set(keys).size).toBe(20);
    expect(waits.filter((w) => w >= 1500).length).toBeGreaterThan(0);
  });

  it('keeps retrying a failing channel with backoff until it is delivered, never dropping it', async () => {
    const { notifier, slack, clock, store } = createHarness(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    let down = true;
    slack.behave((address) => (down && address.platform === 'slack' && address.channelId === 'C_CSC' ? { ok: false, reason: 'transient', error: 'HTTP 503' } : { ok: true }));
    const first = await notifier.flushOutbox();
    expect(first.failed).toEqual([{ key: 'new-dp:DP120:slack:T1:C_CSC', error: 'HTTP 503' }]);
    const entry = store.read().deliveries.find((d) => d.key === 'new-dp:DP120:slack:T1:C_CSC')!;
    expect(entry.status).toBe('failed');
    expect(Date.parse(entry.nextAttemptAt!)).toBeGreaterThan(clock.now().getTime());
    const attempts = slack.attempts;
    await notifier.flushOutbox();
    expect(slack.attempts).toBe(attempts); // not before its next attempt time
    down = false;
    clock.set(entry.nextAttemptAt!);
    await notifier.flushOutbox();
    expect(slack.to('slack:T1:C_CSC')).toHaveLength(1);
    expect(store.read().deliveries.find((d) => d.key === entry.key)!.status).toBe('sent');
  });

  it('records an unreachable channel with the reason and still delivers the rest', async () => {
    const { notifier, slack, store } = createHarness(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    slack.behave((address) => (address.platform === 'slack' && address.channelId === 'C_OPSG' ? { ok: false, reason: 'unreachable', error: 'is_archived' } : { ok: true }));
    const report = await notifier.flushOutbox();
    expect(report.unreachable).toEqual([{ key: 'new-dp:DP120:slack:T1:C_OPSG', error: 'is_archived' }]);
    expect(channelKeys(slack.sent)).toEqual(['slack:T1:C_CSC']);
    expect(store.read().deliveries.find((d) => d.key === 'new-dp:DP120:slack:T1:C_OPSG')).toMatchObject({ status: 'unreachable', lastError: 'is_archived' });
    const attempts = slack.attempts;
    await notifier.flushOutbox();
    expect(slack.attempts).toBe(attempts);
  });
});
