import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot, stranger } from '../../support/test-bot';

/** The real dispatch over the demo store (its directory has Gemma Slaney, Bradley Baker, SECAS, DCC …). */
function demoBot() {
  return createTestBot({ data: demoStore() });
}

const action = (bot: ReturnType<typeof demoBot>, ref: string) => bot.store.read().actions.find((a) => a.ref === ref);

describe('action edit', () => {
  it('gives the action an owner from the directory, spelt as the directory spells it, with no news', async () => {
    const bot = demoBot();
    const reply = await bot.run('action edit CSC 12/01 owner "gemma slaney"');
    expect(reply.title).toBe('Owner of CSC 12/01: was “SECAS”, now “Gemma Slaney”');
    expect(action(bot, 'CSC 12/01')!.owner).toBe('Gemma Slaney');
    expect(bot.store.read().outbox).toEqual([]);
    expect(bot.store.auditOf().at(-1)!.changes).toEqual([expect.objectContaining({ collection: 'actions', id: 'CSC 12/01' })]);
  });

  it('accepts initials and organisations the reminders can reach, saved as the directory names them', async () => {
    const bot = demoBot();
    expect((await bot.run('action edit CSC 12/01 owner GS')).title).toBe('Owner of CSC 12/01: was “SECAS”, now “Gemma Slaney”');
    expect((await bot.run('action edit CSC 10/01 owner SECAS')).kind).toBe('success');
  });

  it('refuses an owner nobody can be reminded as, with the nearest name, and writes nothing', async () => {
    const bot = demoBot();
    const before = bot.store.read();
    const reply = await bot.run('action edit CSC 12/01 owner "Gemma Slany"');
    expect(reply.title).toBe('No owner called "Gemma Slany" in the directory. Did you mean Gemma Slaney?');
    expect(reply.context![0]).toContain('Use: action edit "CSC 12/01" owner "Gemma Slaney".');
    expect(bot.store.read()).toBe(before);
  });

  it('corrects the text and relinks the proposals it names', async () => {
    const bot = demoBot();
    const reply = await bot.run('action edit CSC 12/01 text "SECAS to arrange a meeting with DCC about DP100"');
    expect(reply.title).toContain('Text of CSC 12/01: was “SECAS to arrange a meeting with DCC and DNO representatives');
    expect(action(bot, 'CSC 12/01')!.proposals).toEqual(['DP100']);
  });

  it('moves the due date through the same operation as `action due`', async () => {
    const bot = demoBot();
    const reply = await bot.run('action edit CSC 12/01 due 29 Sep 2023');
    expect(reply.title).toBe('Due date of CSC 12/01: was (none), now “29 Sep 2023”');
    expect(action(bot, 'CSC 12/01')!.due).toBe('2023-09-29');
    expect(bot.store.read().outbox.map((e) => e.type)).toEqual(['action.due-changed']);
    const again = await bot.run('action edit CSC 12/01 due 29 Sep 2023');
    expect(again.title).toBe('CSC 12/01 is already due on 29 Sep 2023.');
    const weekend = await bot.run('action edit CSC 12/01 due 30 Sep 2023');
    expect(weekend.title).toContain('not a Working Day');
  });

  it('moves the action to another committee under that committee’s next free number', async () => {
    const bot = demoBot();
    const reply = await bot.run('action edit "CSC 12/01" committee OPSG');
    expect(reply.title).toBe('Edited CSC 12/01: committee, reference');
    expect(reply.fields).toEqual([
      { label: 'Committee', value: 'was “CSC”, now “OPSG”' },
      { label: 'Reference', value: 'was “CSC 12/01”, now “OPSG 26/01”' },
    ]);
    expect(action(bot, 'CSC 12/01')).toBeUndefined();
    expect(action(bot, 'OPSG 26/01')).toMatchObject({ committee: 'OPSG', owner: 'SECAS' });
    expect((await bot.run('action edit OPSG 26/01 committee "CSC 12/05"')).fields).toContainEqual({ label: 'Reference', value: 'was “OPSG 26/01”, now “CSC 12/05”' });
  });

  it('the short form `edit CSC 12/01` edits an action', async () => {
    const bot = demoBot();
    expect((await bot.run('edit CSC 12/01 owner "Bradley Baker"')).title).toBe('Owner of CSC 12/01: was “SECAS”, now “Bradley Baker”');
  });

  it.each([
    ['action edit CSC 12/01 ower SECAS', '"ower" is not a field of an action I can edit. Did you mean "owner"?', 'Fields: owner, text, committee, due'],
    ['action edit CSC 12/01 owner SECAS', 'CSC 12/01’s owner is already “SECAS”. Nothing was changed.', 'Give the value'],
    ['action edit CSC 12/01 owner none', 'An action needs an owner; it cannot be cleared.', 'action edit "CSC 12/01" owner SECAS'],
    ['action edit CSC 12/01 committee CSC', 'CSC 12/01’s committee is already “CSC”.', 'Give the value'],
    ['action edit CSC 12/01 committee Plumbers', '"Plumbers" is not a committee I know', 'committee OPSG'],
    ['action edit CSC 12/01 committee "CSC 10/01"', 'Action CSC 10/01 already exists', 'committee CSC'],
    ['action edit CSC 12/01 committee PANEL', 'I don\'t know the number of the last PANEL meeting', 'action edit "CSC 12/01" committee "PANEL 12/01"'],
    ['action edit CSC 11/01 due 29 Sep 2023', 'CSC 11/01 is closed, so it has no due date to change.', 'action "CSC 11/01"'],
    ['action edit CSC 19/01 owner SECAS', 'No action CSC 19/01. Did you mean', 'actions all'],
    ['action edit CSC 12/01 owner Gemma Slaney text "New text"', 'I can\'t tell where the owner ends: "text" is also a field.', 'action edit CSC 12/01 owner "Gemma Slaney" text "New text"'],
  ])('%s is refused, nothing written', async (line, message, hint) => {
    const bot = demoBot();
    const before = bot.store.read();
    const reply = await bot.run(line);
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain(message);
    expect([reply.title, ...(reply.context ?? [])].join(' ')).toContain(hint);
    expect(bot.store.read()).toBe(before);
  });

  it('only the change team may edit', async () => {
    const bot = demoBot();
    expect((await bot.run('action edit CSC 12/01 owner DCC', stranger)).title).toContain('Only the SEC change team can change data');
  });
});
