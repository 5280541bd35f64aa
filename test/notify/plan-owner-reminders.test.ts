import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';
import { planReminders } from '../../src/notify/plan-reminders';
import type { StoreData } from '../../storage/schema';
import { action, notifyData } from './support/notify-data';

const calendar = createCalendar();
/** 08:00 UTC is 09:00 in London during BST. */
const planOn = (data: StoreData, date: string, platforms: ('slack' | 'teams')[] = ['slack', 'teams']) =>
  planReminders(data, new Date(`${date}T08:00:00Z`), { calendar, platforms });

/** Every date from..to (inclusive) on which the plan DMs someone about `ref`. */
function remindedOn(data: StoreData, from: string, to: string, ref: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    const plan = planOn(data, date);
    if (plan.messages.some((m) => m.kind === 'owner' && m.summary.includes(ref))) days.push(date);
  }
  return days;
}

describe('action owner reminders', () => {
  it('reminds 3 and 1 Working Days before, on the day, then every 2 Working Days while overdue, skipping the bank holiday', () => {
    // Due Tue 29 Aug 2023; Mon 28 Aug is the summer bank holiday.
    const data = notifyData({ actions: [action('CSC 12/01', 'Jordan Crase', { due: '2023-08-29' })] });
    expect(remindedOn(data, '2023-08-18', '2023-09-08', 'CSC 12/01')).toEqual(['2023-08-23', '2023-08-25', '2023-08-29', '2023-08-31', '2023-09-04', '2023-09-06', '2023-09-08']);
  });

  it('moves a due date on a weekend to the next Working Day', () => {
    const data = notifyData({ actions: [action('CSC 12/02', 'Jordan Crase', { due: '2023-09-09' })] });
    // Sat 9 Sep → counted from Mon 11 Sep: 3 before = Wed 6, 1 before = Fri 8, on the day = Mon 11.
    expect(remindedOn(data, '2023-09-04', '2023-09-12', 'CSC 12/02')).toEqual(['2023-09-06', '2023-09-08', '2023-09-11']);
  });

  it('reminds actions without a due date weekly on the first Working Day of the week (Tuesday after a bank holiday)', () => {
    const data = notifyData({ actions: [action('CSC 12/03', 'Jordan Crase')] });
    expect(remindedOn(data, '2023-08-21', '2023-09-05', 'CSC 12/03')).toEqual(['2023-08-21', '2023-08-29', '2023-09-04']);
  });

  it('stays quiet while snoozed and reminds on the day the snooze ends', () => {
    const data = notifyData({ actions: [action('CSC 12/04', 'Jordan Crase', { due: '2023-08-29', snoozedUntil: '2023-08-30' })] });
    expect(remindedOn(data, '2023-08-21', '2023-09-01', 'CSC 12/04')).toEqual(['2023-08-30', '2023-08-31']);
  });

  it('never plans on a weekend or bank holiday, and says when reminders resume', () => {
    const data = notifyData({ actions: [action('CSC 12/05', 'Jordan Crase', { due: '2023-08-28' })] });
    const plan = planOn(data, '2023-08-28');
    expect(plan.workingDay).toBe(false);
    expect(plan.messages).toEqual([]);
    expect(plan.note).toContain('29 Aug 2023');
    expect(remindedOn(data, '2023-08-28', '2023-08-29', 'CSC 12/05')).toEqual(['2023-08-29']);
  });

  it('resolves organisations and initials through the directory and sends each person one DM with buttons', () => {
    const data = notifyData({
      actions: [
        action('CSC 12/06', 'SECAS', { due: '2023-08-22' }),
        action('CSC 12/07', 'JC', { due: '2023-08-22' }),
        action('CSC 12/08', 'DCC', { due: '2023-08-22' }),
        action('CSC 12/09', 'Jordan Crase'), // open, not due today: counted, not listed
      ],
    });
    const plan = planOn(data, '2023-08-22');
    const owners = plan.messages.filter((m) => m.kind === 'owner');
    expect(owners.map((m) => m.recipient).sort()).toEqual(['Jordan Crase (Slack DM to U_JC)', 'Mari Toda (Teams chat with aad-mari)']);
    const jordan = owners.find((m) => m.recipient.startsWith('Jordan'))!;
    expect(jordan.address).toEqual({ platform: 'slack', userId: 'U_JC', teamId: 'T1' });
    expect(jordan.reply.sections!.map((s) => s.title)).toEqual(['CSC 12/06: due today', 'CSC 12/07: due today']);
    expect(jordan.reply.context![0]).toContain('1 other open action');
    expect(jordan.reply.sections![0]!.buttons!.map((b) => b.command)).toEqual([
      'action close "CSC 12/06"',
      'action snooze "CSC 12/06" 1d',
      'action snooze "CSC 12/06" 1w',
      'action notmine "CSC 12/06"',
    ]);
    expect(jordan.key).toBe('reminder:2023-08-22:owner:jordan');
  });

  it('lists actions whose owner nobody can reach in the committee channel, and reports the ones with no channel', () => {
    const data = notifyData({
      actions: [
        action('CSC 12/10', 'Ravi Iyer', { due: '2023-08-22' }),
        action('OPSG 3/01', 'Elexon', { due: '2023-08-22' }),
        action('TABASC 4/01', 'ZZ', { due: '2023-08-22' }),
      ],
    });
    const plan = planOn(data, '2023-08-22');
    expect(plan.messages.filter((m) => m.kind === 'owner')).toEqual([]);
    const fallback = plan.messages.filter((m) => m.kind === 'owner-fallback');
    expect(fallback.map((m) => [m.recipient, m.summary])).toEqual([
      ['Slack channel C_CSC', 'CSC 12/10 (owner Ravi Iyer: Ravi Iyer has no Slack or Teams id in the directory)'],
      ['Slack channel C_OPSG', 'OPSG 3/01 (owner Elexon: Elexon has no contacts in the directory)'],
    ]);
    const nowhere = plan.unreachable.find((u) => u.owner === 'ZZ')!;
    expect(nowhere.reason).toContain('not in the directory');
    expect(nowhere.listedIn).toEqual([]);
  });

  it('treats a person only on a platform that is not connected as unreachable', () => {
    const data = notifyData({ actions: [action('CSC 12/11', 'Mari Toda', { due: '2023-08-22' })] });
    const plan = planOn(data, '2023-08-22', ['slack']);
    expect(plan.unreachable).toEqual([
      { owner: 'Mari Toda', reason: 'Mari Toda is only on Teams, which is not connected', actions: ['CSC 12/11'], listedIn: ['Slack channel C_CSC'] },
    ]);
  });
});
