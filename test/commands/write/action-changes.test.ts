import { describe, expect, it } from 'vitest';
import { buttonCommands, expectRefused, writeBot } from './helpers';

describe('action close', () => {
  it.each(['action close CSC 12/01 Meeting held', 'action close "CSC 12/01" Meeting held', 'action close csc12/1 Meeting held', 'action close ACTION CSC 12/01 Meeting held'])(
    '%s closes it with the note',
    async (line) => {
      const bot = writeBot();
      const reply = await bot.run(line);
      expect(reply.title).toBe('Closed CSC 12/01 (SECAS)');
      expect(reply.fields).toEqual([{ label: 'Closed on', value: '22 Aug 2023' }, { label: 'Note', value: 'Meeting held' }]);
      const saved = bot.store.read().actions.find((a) => a.ref === 'CSC 12/01')!;
      expect(saved).toMatchObject({ status: 'Closed', closedOn: '2023-08-22', updates: [{ on: '2023-08-22', text: 'Meeting held', by: 'operator' }] });
    },
  );

  it('the Close button of a new action closes it', async () => {
    const bot = writeBot();
    const added = await bot.run('action add CSC DCC "Text"');
    const closed = await bot.run(buttonCommands(added)[0]!);
    expect(closed.title).toBe('Closed CSC 12/02 (DCC)');
  });

  it('refuses to close twice, saying when it was closed, and records one event', async () => {
    const bot = writeBot();
    await bot.run('action close CSC 12/01');
    const again = await bot.run('action close CSC 12/01');
    expect(again.kind).toBe('error');
    expect(again.title).toBe('CSC 12/01 was already closed on 22 Aug 2023.');
    expect(again.context).toEqual(['Add a note instead: action update "CSC 12/01" TEXT.']);
    expect(bot.store.read().outbox.map((e) => e.type)).toEqual(['action.closed']);
  });
});

describe('action update, due and snooze', () => {
  it('adds an update', async () => {
    const bot = writeBot();
    const reply = await bot.run('action update CSC 10/01 DCC sent the draft legal text');
    expect(reply.title).toBe('Updated CSC 10/01 (DCC, open)');
    expect(reply.fields?.[0]).toEqual({ label: 'Update', value: '22 Aug 2023, operator: DCC sent the draft legal text' });
  });

  it('moves the due date, accepting three-word and ISO dates', async () => {
    const bot = writeBot();
    const reply = await bot.run('action due CSC 12/01 31 Aug 2023');
    expect(reply.title).toBe('CSC 12/01 is now due on 31 Aug 2023');
    expect(reply.fields).toContainEqual({ label: 'Was due', value: '10 Mar 2020' });
    expect((await bot.run('action due "CSC 10/01" 2023-09-15')).title).toBe('CSC 10/01 is now due on 15 Sep 2023');
  });

  it('snoozes one Working Day by default, skipping the weekend and the bank holiday', async () => {
    const bot = writeBot({ now: '2023-08-25T09:00:00Z' });
    const reply = await bot.run('action snooze CSC 12/01');
    expect(reply.title).toBe('Snoozed CSC 12/01 until 29 Aug 2023');
    expect((await bot.run('action snooze CSC 12/01 1w')).title).toBe('Snoozed CSC 12/01 until 1 Sep 2023');
    expect((await bot.run('action snooze CSC 12/01 15 Sep 2023')).title).toBe('Snoozed CSC 12/01 until 15 Sep 2023');
    expect(bot.store.read().actions.find((a) => a.ref === 'CSC 12/01')!.snoozedUntil).toBe('2023-09-15');
    expect(bot.store.read().outbox.filter((e) => e.type === 'action.snoozed')).toHaveLength(3);
  });

  it.each([
    ['action close', 'Missing the action reference.', 'action close CSC 12/01'],
    ['action close CSC 99/01', 'No action CSC 99/01.', 'actions'],
    ['action close XYZ 1/01', '"XYZ 1/01" is not an action reference', 'CSC 12/01'],
    ['action update CSC 10/01', 'Missing the update for CSC 10/01.', 'action update "CSC 10/01"'],
    ['action due CSC 12/01', 'Missing the new due date for CSC 12/01', 'action due "CSC 12/01" 31 Mar 2020'],
    ['action due CSC 12/01 next week', '"next week" is not a date I can read', '2023-06-28'],
    ['action due CSC 12/01 31 Mar 2020 please', '"31 Mar 2020 please" is not a date I can read', '28 Jun 2023'],
    ['action due CSC 12/01 10 Mar 2020', 'CSC 12/01 is already due on 10 Mar 2020.', 'action due "CSC 12/01"'],
    ['action due CSC 11/01 2023-09-01', 'CSC 11/01 is closed', 'action "CSC 11/01"'],
    ['action snooze CSC 12/01 forever', 'Snooze for how long?', '1w (one week)'],
    ['action snooze CSC 12/01 2023-08-01', 'That is not after today (22 Aug 2023).', 'action snooze "CSC 12/01" 1w'],
    ['action snooze CSC 11/01', 'CSC 11/01 is closed; there is nothing to snooze.', 'action "CSC 11/01"'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));
});
