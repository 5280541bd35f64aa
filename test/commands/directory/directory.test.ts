import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { renderText } from '../../../src/core/render-text';
import { emptyStore, type Action, type StoreData } from '../../../storage/schema';
import { createTestBot } from '../../support/test-bot';

const stranger: Caller = { platform: 'slack', id: 'U_X', name: 'x' };

function action(ref: string, owner: string, extra: Partial<Action> = {}): Action {
  return { ref, committee: ref.split(' ')[0]!, owner, text: `Do ${ref}`, status: 'Open', proposals: [], updates: [], source: 'test', ...extra };
}

/** A store as an import of CSC 12_2502 leaves it: GS is Gemma Slaney in those minutes; another GS exists elsewhere. */
function store(): StoreData {
  const data = emptyStore();
  data.people.push(
    { id: 'gemma-slaney', name: 'Gemma Slaney', category: 'Electricity Network Party', initials: 'GS', aliases: [], roles: [], platformIds: { slack: 'U_GEMMA' }, meetingInitials: [{ meeting: 'CSC 12_2502', initials: 'GS' }] },
    { id: 'george-smith', name: 'George Smith', initials: 'GS', aliases: [], roles: [], platformIds: {}, meetingInitials: [{ meeting: 'TABASC 4_0101', initials: 'GS' }] },
  );
  data.organisations.push({ id: 'dcc', name: 'DCC', aliases: [], category: 'DCC', contacts: [] });
  data.actions.push(action('CSC 12/03', 'GS', { due: '2023-08-22' }), action('CSC 10/01', 'DCC', { due: '2023-08-22' }));
  return data;
}

describe('directory commands and owner reminders on a real store', () => {
  it('initials are resolved in the meeting whose minutes used them', async () => {
    const bot = createTestBot({ data: store() });
    expect(renderText(await bot.run('action CSC 12/03'))).toContain('GS — Gemma Slaney');
    const preview = renderText(await bot.run('remind preview'));
    expect(preview).toContain('Gemma Slaney (Slack DM to U_GEMMA): CSC 12/03 due today');
  });

  it('remind preview counts reminders that are due but cannot be delivered, with why, instead of "nothing is due"', async () => {
    const data = store();
    data.actions.splice(0, 1);
    const bot = createTestBot({ data });
    const preview = renderText(await bot.run('remind preview', stranger));
    expect(preview).toContain('Reminders for 22 Aug 2023: 0 messages, 1 reminder due but not deliverable');
    expect(preview).toContain('DCC (CSC 10/01): DCC has no contacts in the directory');
    expect(preview).not.toContain('Nothing is due that day');
  });

  it('an organisation that owns open actions cannot be removed; everyone may read, only the change team may change', async () => {
    const bot = createTestBot({ data: store() });
    const refused = await bot.run('org remove DCC');
    expect(refused).toMatchObject({ kind: 'error', title: 'DCC still owns 1 open action: CSC 10/01.' });
    expect(bot.store.read().organisations).toHaveLength(1);
    expect(renderText(await bot.run('orgs', stranger))).toContain('DCC · DCC — no contacts');
    expect((await bot.run('person add "Jane Doe"', stranger)).title).toContain('You can\'t run "person add"');
    expect(bot.store.read().people).toHaveLength(2);
  });

  it('adding a contact makes the organisation\'s actions reach them; history shows the change', async () => {
    const bot = createTestBot({ data: store() });
    expect((await bot.run('org update DCC contacts "Gemma Slaney"')).kind).toBe('success');
    expect(renderText(await bot.run('remind preview'))).toContain('Gemma Slaney (Slack DM to U_GEMMA): CSC 10/01 due today; CSC 12/03 due today');
    expect(renderText(await bot.run('history org DCC'))).toContain('contacts');
    expect(renderText(await bot.run('org add "SECAS" aliases "Code Administrator" contacts "Gemma Slaney","George Smith"'))).toContain('SECAS — contacts: Gemma Slaney, George Smith');
  });

  it('a person with an email who has not used secbot yet is told apart from someone with no way in', async () => {
    const data = store();
    data.actions.push(action('CSC 12/04', 'Jane Doe', { due: '2023-08-22' }));
    const bot = createTestBot({ data });
    await bot.run('person add "Jane Doe" org DCC email jane@example.com');
    expect(renderText(await bot.run('remind preview'))).toContain('Jane Doe has not used secbot in Slack or Teams yet (their account links itself by email the first time)');
  });
});
