import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';
import { planReminders } from '../../src/notify/plan-reminders';
import type { Proposal, StoreData } from '../../storage/schema';
import { action, consultation, CSC_CHANNEL, dpRaised, notifyData, subscription } from './support/notify-data';

const calendar = createCalendar();
const planOn = (data: StoreData, date: string) => planReminders(data, new Date(`${date}T08:00:00Z`), { calendar, platforms: ['slack', 'teams'] });

const mp167: Proposal = {
  ref: 'MP167B', title: 'Alt HAN costs', stage: 'Refinement Process', stageHistory: [], committees: ['CSC'], decisions: [], children: [], updatedAt: '2023-01-01T00:00:00Z',
};

function consultationHeadlines(data: StoreData, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    for (const m of planOn(data, date).messages.filter((x) => x.kind === 'consultation')) out.push(`${date} ${m.recipient}: ${m.reply.title}`);
  }
  return out;
}

describe('consultation reminders', () => {
  it('tells subscribed channels when it opens, 5 and 1 Working Days before it closes, and at 5pm on the closing day', () => {
    // Opens Wed 16 Aug 2023, closes Thu 7 Sep 2023 17:00 BST (the MRC example: 15 Working Days with the 28 Aug bank holiday).
    const data = notifyData({ proposals: [mp167], consultations: [consultation('c1', 'MP167B', '2023-08-16', '2023-09-07T17:00:00+01:00')] });
    expect(consultationHeadlines(data, '2023-08-14', '2023-09-08')).toEqual([
      '2023-08-16 Slack channel C_CSC: Refinement Consultation on MP167B Alt HAN costs: opens today, closes 7 Sep 2023 at 5pm',
      '2023-08-31 Slack channel C_CSC: Refinement Consultation on MP167B Alt HAN costs: closes in 5 Working Days (7 Sep 2023 at 5pm)',
      '2023-09-06 Slack channel C_CSC: Refinement Consultation on MP167B Alt HAN costs: closes on the next Working Day (7 Sep 2023 at 5pm)',
      '2023-09-07 Slack channel C_CSC: Refinement Consultation on MP167B Alt HAN costs: closes at 5pm today',
    ]);
  });

  it('does not repeat the opening when the consultation was announced as opened when it was recorded', () => {
    const data = notifyData({
      proposals: [mp167],
      consultations: [consultation('c1', 'MP167B', '2023-08-16', '2023-09-07T17:00:00+01:00')],
      outbox: [{ id: 'e1', type: 'consultation.opened', at: '2023-08-16T07:00:00Z', ref: 'MP167B', data: { id: 'c1', committees: ['CSC'] } }],
    });
    expect(consultationHeadlines(data, '2023-08-16', '2023-08-16')).toEqual([]);
  });
});

describe('weekly digest', () => {
  const base = (): StoreData =>
    notifyData({
      proposals: [mp167],
      subscriptions: [subscription('S1', CSC_CHANNEL, ['CSC'], ['digest'], '2023-08-01T09:00:00Z')],
      outbox: [
        dpRaised('e1', 'DP120', '2023-08-15T10:00:00Z', ['CSC']),
        dpRaised('e2', 'DP121', '2023-08-16T10:00:00Z', ['OPSG']),
        { id: 'e3', type: 'stage.changed', at: '2023-08-17T10:00:00Z', ref: 'MP167B', data: { ref: 'MP167B', from: 'Development Stage', to: 'Refinement Process', on: '2023-08-17', committees: ['CSC'] } },
        dpRaised('e0', 'DP119', '2023-08-01T10:00:00Z', ['CSC']),
      ],
      actions: [action('CSC 11/01', 'DCC', { due: '2023-08-01' }), action('OPSG 2/01', 'DCC', { due: '2023-08-01' })],
    });

  it('goes out on Monday with what changed for the channel’s committees in the last week', () => {
    const digest = planOn(base(), '2023-08-21').messages.filter((m) => m.kind === 'digest');
    expect(digest).toHaveLength(1);
    expect(digest[0]!.key).toBe('reminder:2023-08-21:digest:slack:T1:C_CSC');
    expect(digest[0]!.reply.sections!.map((s) => [s.title, s.items])).toEqual([
      ['New Draft Proposals (1)', ['DP120: Power to raise modifications (15 Aug 2023)']],
      ['Stage changes (1)', ['MP167B: Development Stage → Refinement Process (17 Aug 2023)']],
      ['Overdue actions (1)', ['CSC 11/01 (DCC), due 1 Aug 2023: Do the thing for CSC 11/01.']],
    ]);
  });

  it('only covers what happened since the last digest the channel received', () => {
    const data = base();
    data.deliveries.push({ key: 'reminder:2023-08-14:digest:slack:T1:C_CSC', recipient: 'slack:T1:C_CSC', status: 'sent', attempts: 1, at: '2023-08-16T12:00:00Z' });
    const digest = planOn(data, '2023-08-21').messages.find((m) => m.kind === 'digest')!;
    expect(digest.reply.sections!.map((s) => s.title)).toEqual(['Stage changes (1)', 'Overdue actions (1)']);
  });

  it('waits for the first Working Day of the week and stays silent when nothing happened', () => {
    expect(planOn(base(), '2023-08-22').messages.filter((m) => m.kind === 'digest')).toEqual([]);
    expect(planOn(base(), '2023-08-29').messages.filter((m) => m.kind === 'digest')).toHaveLength(1); // Tue after the bank holiday
    const quiet = notifyData({ subscriptions: [subscription('S1', CSC_CHANNEL, ['CSC'], ['digest'])] });
    expect(planOn(quiet, '2023-08-21').messages).toEqual([]);
  });

  it('lists the reminder emails the mail server refused for good since the last digest, to chat channels only', () => {
    const data = base();
    data.people.push({ id: 'jane', name: 'Jane Owner', aliases: [], roles: [], platformIds: {}, email: 'jane@example.com' });
    data.deliveries.push(
      { key: 'reminder:2023-08-17:owner:jane', recipient: 'email:jane@example.com', status: 'unreachable', attempts: 1, lastError: 'SMTP 550 No such mailbox', at: '2023-08-17T08:00:05Z' },
      { key: 'reminder:2023-08-18:owner:x', recipient: 'email:old@example.com', status: 'sent', attempts: 1, at: '2023-08-18T08:00:05Z' },
    );
    data.subscriptions.push(subscription('S2', { platform: 'email', to: 'csc-list@example.org' }, ['CSC'], ['digest'], '2023-08-01T09:00:00Z'));
    const digests = planOn(data, '2023-08-21').messages.filter((m) => m.kind === 'digest');
    const chat = digests.find((m) => m.address.platform === 'slack')!;
    expect(chat.reply.sections!.at(-1)).toEqual({ title: 'Email reminders refused by the mail server (1)', items: ['Jane Owner <jane@example.com>: SMTP 550 No such mailbox (17 Aug 2023 09:00)'] });
    const list = digests.find((m) => m.address.platform === 'email')!;
    expect(list.reply.sections!.map((s) => s.title)).not.toContain('Email reminders refused by the mail server (1)');
  });
});
