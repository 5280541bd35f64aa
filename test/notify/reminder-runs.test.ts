import cron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import { firesAt, lastSlotToday } from '../../src/notify/reminder-schedule';
import { createHarness, createRecordingLogger } from './support/notifier-harness';
import { action, notifyData } from './support/notify-data';

const dueToday = () => notifyData({ actions: [action('CSC 12/01', 'Jordan Crase', { due: '2023-08-22' }), action('CSC 12/02', 'Ravi Iyer', { due: '2023-08-22' })] });

describe('the reminder schedule (Europe/London)', () => {
  it('fires at 09:00 London time in summer (BST) and in winter (GMT), on weekdays only', () => {
    const expr = '0 9 * * 1-5';
    expect(firesAt(expr, new Date('2023-07-03T08:00:00Z'))).toBe(true); // Mon 09:00 BST
    expect(firesAt(expr, new Date('2023-07-03T09:00:00Z'))).toBe(false); // 10:00 BST
    expect(firesAt(expr, new Date('2023-11-06T09:00:00Z'))).toBe(true); // Mon 09:00 GMT
    expect(firesAt(expr, new Date('2023-11-06T08:00:00Z'))).toBe(false);
    expect(firesAt(expr, new Date('2023-07-01T08:00:00Z'))).toBe(false); // Saturday
  });

  it('follows both clock changes: the Monday after each change still fires at 09:00 local', () => {
    const expr = '0 9 * * 1-5';
    expect(firesAt(expr, new Date('2023-03-27T08:00:00Z'))).toBe(true); // clocks went forward Sun 26 Mar
    expect(firesAt(expr, new Date('2023-03-24T09:00:00Z'))).toBe(true); // the Friday before, still GMT
    expect(firesAt(expr, new Date('2023-10-30T09:00:00Z'))).toBe(true); // clocks went back Sun 29 Oct
    expect(firesAt(expr, new Date('2023-10-27T08:00:00Z'))).toBe(true); // the Friday before, still BST
  });

  it('finds the run missed earlier today, and none before it is due', () => {
    const midnight = new Date('2023-08-21T23:00:00Z'); // 00:00 BST on Tue 22 Aug
    expect(lastSlotToday('0 9 * * 1-5', new Date('2023-08-22T10:30:00Z'), midnight)).toEqual(new Date('2023-08-22T08:00:00Z'));
    expect(lastSlotToday('0 9 * * 1-5', new Date('2023-08-22T07:59:00Z'), midnight)).toBeUndefined();
  });
});

describe('reminder runs', () => {
  afterEach(() => {
    for (const task of cron.getTasks().values()) void task.destroy();
  });

  it('sends each reminder once even when the job fires twice', async () => {
    const { notifier, slack } = createHarness(dueToday());
    const first = await notifier.runReminders(new Date('2023-08-22T08:00:00Z'));
    const second = await notifier.runReminders(new Date('2023-08-22T08:00:30Z'));
    expect(first.sent).toBe(2); // Jordan's DM and Ravi's action listed in the CSC channel
    expect(second.sent).toBe(0);
    expect(second.skipped).toBe(2);
    expect(slack.sent.map((m) => m.to).sort()).toEqual(['slack:T1:C_CSC', 'slack:T1:user/U_JC']);
  });

  it('sends each reminder once when two runs overlap', async () => {
    const { notifier, slack } = createHarness(dueToday());
    slack.behave((_a, _r, attempt) => (attempt === 1 ? { ok: false, reason: 'transient', error: 'ratelimited', retryAfterMs: 1000 } : { ok: true }));
    const at = new Date('2023-08-22T08:00:00Z');
    const [a, b] = await Promise.all([notifier.runReminders(at), notifier.runReminders(at)]);
    expect(a.sent + b.sent).toBe(2);
    expect(slack.sent).toHaveLength(2);
  });

  it('lists an owner whose DM comes back unreachable in the committee channel in the same run', async () => {
    const { notifier, slack, store } = createHarness(notifyData({ actions: [action('CSC 12/01', 'Jordan Crase', { due: '2023-08-22' })] }));
    slack.behave((address) => (address.platform === 'slack' && address.userId === 'U_JC' && !address.channelId ? { ok: false, reason: 'unreachable', error: 'user_not_found' } : { ok: true }));
    const summary = await notifier.runReminders(new Date('2023-08-22T08:00:00Z'));
    expect(summary.unreachable).toEqual([{ recipient: 'Jordan Crase (Slack DM to U_JC)', error: 'user_not_found' }]);
    expect(slack.sent.map((m) => m.to)).toEqual(['slack:T1:C_CSC']);
    expect(slack.sent[0]!.reply.sections![0]!.fields![0]!.value).toBe('Jordan Crase (Jordan Crase: user_not_found)');
    expect(store.read().deliveries.find((d) => d.key === 'reminder:2023-08-22:owner:jordan')).toMatchObject({ status: 'unreachable', lastError: 'user_not_found' });
  });

  it('sends nothing on a bank holiday', async () => {
    const { notifier, slack } = createHarness(notifyData({ actions: [action('CSC 12/01', 'Jordan Crase')] }));
    const summary = await notifier.runReminders(new Date('2023-08-28T08:00:00Z'));
    expect(summary.note).toContain('not a Working Day');
    expect(slack.sent).toEqual([]);
  });

  it('catches up a run missed while down, once, if it is still the same Working Day, and logs it', async () => {
    const logger = createRecordingLogger();
    const { notifier, slack } = createHarness(dueToday(), { logger, now: '2023-08-22T10:30:00Z' });
    const caught = await notifier.catchUp(new Date('2023-08-22T10:30:00Z'));
    expect(caught?.sent).toBe(2);
    expect(logger.lines.some((l) => l.level === 'warn' && l.msg.includes('catching up'))).toBe(true);
    expect(await notifier.catchUp(new Date('2023-08-22T11:00:00Z'))).toBeUndefined();
    expect(slack.sent).toHaveLength(2);
  });

  it('does not catch up before the scheduled time, nor on a day that is not a Working Day', async () => {
    const early = createHarness(dueToday());
    expect(await early.notifier.catchUp(new Date('2023-08-22T07:00:00Z'))).toBeUndefined();
    const holiday = createHarness(dueToday());
    expect(await holiday.notifier.catchUp(new Date('2023-08-28T10:00:00Z'))).toBeUndefined();
    expect(early.slack.sent.length + holiday.slack.sent.length).toBe(0);
  });

  it('does not catch up when the scheduled run already happened today', async () => {
    const { notifier, slack } = createHarness(dueToday());
    await notifier.runReminders(new Date('2023-08-22T08:00:00Z'));
    expect(await notifier.catchUp(new Date('2023-08-22T12:00:00Z'))).toBeUndefined();
    expect(slack.sent).toHaveLength(2);
  });

  it('start() schedules one job on the configured cron in Europe/London, and stop() removes it', async () => {
    const { notifier } = createHarness(notifyData(), { config: { reminderCron: '30 8 * * 1-5' } });
    notifier.start();
    const tasks = [...cron.getTasks().values()].filter((t) => t.name === 'secbot-reminders');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.getPattern()).toBe('30 8 * * 1-5');
    expect(tasks[0]!.match(new Date('2023-07-03T07:30:00Z'))).toBe(true);
    await notifier.stop();
    expect([...cron.getTasks().values()].filter((t) => t.name === 'secbot-reminders')).toHaveLength(0);
  });

  it('refuses a bad cron expression with an example', () => {
    expect(() => createHarness(notifyData(), { config: { reminderCron: 'every morning' } })).toThrow(/SECBOT_REMINDER_CRON "every morning".*0 9 \* \* 1-5/);
  });
});
