import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index';
import { createAccessPolicy } from '../../src/core/access';
import type { Caller } from '../../src/core/caller';
import { createDispatcher } from '../../src/core/dispatch';
import { silentLogger } from '../../src/core/ports';
import { createRegistry } from '../../src/core/registry';
import { renderText } from '../../src/core/render-text';
import type { StoreData } from '../../storage/schema';
import { createTestBot } from '../support/test-bot';
import { createHarness } from './support/notifier-harness';
import { action, notifyData } from './support/notify-data';

const gemma: Caller = { platform: 'slack', id: 'U_GS', name: 'gemma' }; // change team (directory role)
const jordan: Caller = { platform: 'slack', id: 'U_JC', name: 'jordan' };
const stranger: Caller = { platform: 'slack', id: 'U_X', name: 'x' };

function setup(data: StoreData) {
  const h = createHarness(data);
  const dispatch = createDispatcher({
    registry: createRegistry(allCommands), store: h.store, clock: h.clock, calendar: h.calendar, logger: silentLogger,
    access: createAccessPolicy([]), services: { reminders: h.notifier },
  });
  return { ...h, run: (text: string, caller: Caller) => dispatch({ text, caller }) };
}

const data = () =>
  notifyData({
    actions: [
      action('CSC 12/01', 'Jordan Crase', { due: '2023-08-22' }),
      action('CSC 12/02', 'Ravi Iyer', { due: '2023-08-22' }),
      action('TABASC 4/01', 'ZZ', { due: '2023-08-22' }),
    ],
  });

describe('remind preview', () => {
  it('shows what a run would send to whom, and who cannot be reached and why', async () => {
    const { run } = setup(data());
    const text = renderText(await run('remind preview', stranger));
    expect(text).toContain('Reminders for 22 Aug 2023: 2 messages');
    expect(text).toContain('Jordan Crase (Slack DM to U_JC): CSC 12/01 due today [will send]');
    expect(text).toContain('Slack channel C_CSC: CSC 12/02 (owner Ravi Iyer: Ravi Iyer has no Slack or Teams id in the directory) [will send]');
    expect(text).toContain('Ravi Iyer (CSC 12/02): Ravi Iyer has no Slack or Teams id in the directory; listed in Slack channel C_CSC');
    expect(text).toContain('ZZ (TABASC 4/01): "ZZ" is not in the directory (no person or organisation by that name, initials or alias); NOT listed anywhere');
  });

  it('previews another date, explains days without reminders, and rejects a bad date with an example', async () => {
    const { run } = setup(data());
    expect(renderText(await run('remind preview at 24 Aug 2023', stranger))).toContain('CSC 12/01 overdue by 2 Working Days');
    const holiday = await run('remind preview --at 2023-08-28', stranger);
    expect(holiday.text).toBe('28 Aug 2023 is not a Working Day: reminders wait until 29 Aug 2023.');
    const bad = await run('remind preview at someday', stranger);
    expect(bad.kind).toBe('error');
    expect(bad.title).toContain('"someday" is not a date I can read. Try 2023-06-28');
  });
});

describe('remind run', () => {
  it('sends now for the change team, and the preview then shows it as sent', async () => {
    const { run, slack } = setup(data());
    const refused = await run('remind run', stranger);
    expect(refused.title).toContain('You can\'t run "remind run"');
    expect(slack.sent).toHaveLength(0);
    const reply = await run('remind run', gemma);
    expect(reply.title).toBe('Reminders for 22 Aug 2023: 2 sent, 0 already sent earlier');
    expect(slack.sent.map((m) => m.to).sort()).toEqual(['slack:T1:C_CSC', 'slack:T1:user/U_JC']);
    expect(renderText(await run('remind preview', stranger))).toContain('[already sent 22 Aug 2023 09:00]');
    const again = await run('remind run', gemma);
    expect(again.title).toBe('Reminders for 22 Aug 2023: 0 sent, 2 already sent earlier');
  });

  it('says clearly when no notifier runs in this process', async () => {
    const bot = createTestBot({ data: data() });
    const reply = await bot.run('remind run');
    expect(reply.title).toBe('Reminders are not running in this process, so I cannot send them from here.');
    expect(renderText(await bot.run('remind preview'))).toContain('this assumes Slack and Teams are both connected');
  });
});

describe('reminder buttons', () => {
  it('"Not mine" from the owner notes it on the action and tells the change team by DM', async () => {
    const { run, notifier, slack, store } = setup(data());
    const plan = notifier.planReminders(new Date('2023-08-22T08:00:00Z'));
    const button = plan.messages.find((m) => m.kind === 'owner')!.reply.sections![0]!.buttons!.find((b) => b.label === 'Not mine')!;
    const reply = await run(button.command, jordan);
    expect(reply.title).toBe('Noted: CSC 12/01 is not yours');
    expect(store.read().actions[0]!.updates).toEqual([{ on: '2023-08-22', text: 'Not mine: Jordan Crase says this action is not theirs.', by: 'Jordan Crase' }]);
    await notifier.flushOutbox();
    expect(slack.sent.map((m) => [m.to, m.reply.title])).toEqual([['slack:T1:user/U_GS', 'Jordan Crase says action CSC 12/01 is not theirs']]);
  });

  it('"Not mine" is refused for someone who is neither the owner nor the change team', async () => {
    const { run, store } = setup(data());
    const reply = await run('action notmine "CSC 12/01"', stranger);
    expect(reply.title).toBe('Only Jordan Crase (the owner on record) or the change team can say CSC 12/01 is not theirs.');
    expect(store.read().actions[0]!.updates).toEqual([]);
  });

  it('the Close and Snooze buttons run the real commands', async () => {
    const { run, notifier, store } = setup(data());
    const buttons = notifier.planReminders(new Date('2023-08-22T08:00:00Z')).messages.find((m) => m.kind === 'owner')!.reply.sections![0]!.buttons!;
    expect((await run(buttons.find((b) => b.label === 'Snooze 1 week')!.command, gemma)).kind).toBe('success');
    expect(store.read().actions[0]!.snoozedUntil).toBe('2023-08-29');
    expect((await run(buttons.find((b) => b.label === 'Close')!.command, gemma)).kind).toBe('success');
    expect(store.read().actions[0]!.status).toBe('Closed');
  });
});

describe('remind preview limits', () => {
  it('refuses a date more than a year away, suggesting one that works', async () => {
    const { run } = setup(data());
    const reply = await run('remind preview at 2030-01-01', stranger);
    expect(reply.title).toBe('1 Jan 2030 is too far from today to preview.');
    expect(reply.context).toEqual(['Pick a date within a year of today, e.g. remind preview at 2023-08-23']);
  });
});
