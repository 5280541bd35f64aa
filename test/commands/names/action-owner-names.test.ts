import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';

/** The demo directory: Gemma Slaney (GS), Simon Trivella (no initials), SECAS, DCC ("Data Communications Company"). */
function bot() {
  return createTestBot({ data: demoStore() });
}

async function refused(line: string): Promise<{ title: string; hint: string }> {
  const b = bot();
  const before = b.store.read();
  const reply = await b.run(line);
  expect(reply.kind).toBe('error');
  expect(b.store.read()).toBe(before);
  return { title: reply.title, hint: (reply.context ?? []).join(' ') };
}

describe('action add: the owner must be in the directory', () => {
  it.each([
    ['action add CSC "Gemma Slaney" "Send the list"', 'Gemma Slaney'],
    ['action add CSC "gemma  slaney" "Send the list"', 'Gemma Slaney'],
    ['action add CSC GS "Send the list"', 'Gemma Slaney'],
    ['action add CSC "the Data Communications Company" "Send the list"', 'DCC'],
    ['action add CSC secas "Send the list"', 'SECAS'],
    ['action add CSC "DCC and SECAS" "Send the list"', 'DCC and SECAS'],
    ['action add CSC "dcc & Mari Toda" "Send the list"', 'DCC and Mari Toda'],
  ])('%s records the owner as the directory names them: %s', async (line, owner) => {
    const b = bot();
    const reply = await b.run(line);
    expect(reply.title).toMatch(new RegExp(`^Added action CSC \\d+/\\d+ for ${owner}$`));
    expect(b.store.read().actions.at(-1)!.owner).toBe(owner);
  });

  it('refuses a misspelt name with "Did you mean Gemma Slaney?" and the line that would work', async () => {
    const { title, hint } = await refused('action add CSC "Gemma Slany" "Send the list" due 1 Sep 2023');
    expect(title).toBe('No owner called "Gemma Slany" in the directory. Did you mean Gemma Slaney?');
    expect(hint).toContain('Use: action add CSC "Gemma Slaney" "Send the list" due 1 Sep 2023.');
    expect(hint).toContain('action add CSC "Gemma Slany" "Send the list" due 1 Sep 2023 new-owner');
  });

  it('suggests people by initials their name has, by surname, and organisations by a near name', async () => {
    expect((await refused('action add CSC ST "Send the list"')).title).toContain('Did you mean Simon Trivella?');
    expect((await refused('action add CSC Slaney "Send the list"')).title).toContain('Did you mean Gemma Slaney?');
    expect((await refused('action add CSC SECSA "Send the list"')).title).toContain('Did you mean SECAS?');
    expect((await refused('action add CSC "DCC and SECSA" "Send the list"')).hint).toContain('action add CSC "DCC and SECAS" "Send the list"');
  });

  it('refuses an unknown owner with how to add them, and adds them in the same step with new-owner', async () => {
    const { title, hint } = await refused('action add CSC "Ann Other" "Send the list"');
    expect(title).toContain('No owner called "Ann Other" in the directory');
    expect(title).toContain('nobody would be reminded');
    expect(hint).toContain('action add CSC "Ann Other" "Send the list" new-owner');
    const b = bot();
    const reply = await b.run('action add CSC "Ann Other" "Send the list" new-owner');
    expect(reply.title).toMatch(/^Added action CSC \d+\/\d+ for Ann Other$/);
    expect(reply.context?.join(' ')).toContain('Added Ann Other to the directory');
    expect(b.store.read().people.find((p) => p.name === 'Ann Other')).toMatchObject({ source: 'action add by operator' });
    expect(b.store.read().actions.at(-1)).toMatchObject({ owner: 'Ann Other', text: 'Send the list' });
    expect((await b.run('actions owner "Ann Other"')).kind).not.toBe('error');
  });

  it('new-owner with someone already there records them without adding anyone', async () => {
    const b = bot();
    const people = b.store.read().people.length;
    expect((await b.run('action add CSC gs "Send the list" new-owner')).title).toMatch(/for Gemma Slaney$/);
    expect(b.store.read().people.length).toBe(people);
  });

  it('refuses an owner of two words typed without quotes, with the quoted readings', async () => {
    const { title, hint } = await refused('action add CSC Gemma Slaney "Send the list"');
    expect(title).toBe(`I can't tell where the owner ends: "Gemma Slaney" is 2 words without quotes. Nothing was saved.`);
    expect(hint).toContain('Quote each value: action add CSC "Gemma Slaney" "Send the list"');
    expect((await refused('action add CSC Gemma Slaney Send the list')).hint).toContain('action add CSC "Gemma Slaney" Send the list');
    expect((await refused('action add CSC Ann Other "Send the list" new-owner')).hint).toContain('action add CSC "Ann Other" "Send the list" new-owner');
  });

  it('still takes an unquoted one-word owner with unquoted text', async () => {
    const b = bot();
    expect((await b.run('action add CSC SECAS Check the ref list')).title).toMatch(/for SECAS$/);
    expect(b.store.read().actions.at(-1)!.text).toBe('Check the ref list');
  });

  it('the Slack/Teams form is checked the same way: the error lands on the Owner field', async () => {
    const { actionAddForm } = await import('../../../commands/forms/action-add-form');
    const { fieldForError } = await import('../../../commands/forms/form-spec');
    const line = actionAddForm.toCommandLine({ committee: 'CSC', owner: 'Gemma Slany', text: 'Send the list', due: '' });
    const { title } = await refused(line);
    expect(title).toContain('Did you mean Gemma Slaney?');
    expect(fieldForError(actionAddForm, title)).toBe('owner');
  });
});

describe('requireKnownOwner, for every command that sets an owner', () => {
  it('returns the directory name, or throws a UserError with did-you-mean and the caller\'s own lines', async () => {
    const { requireKnownOwner } = await import('../../../src/domain/queries');
    const data = demoStore();
    expect(requireKnownOwner(data, '  mari   toda ')).toBe('Mari Toda');
    expect(requireKnownOwner(data, 'Code Administrator')).toBe('SECAS');
    expect(requireKnownOwner(data, 'Ann Other', { allowNew: true })).toBe('Ann Other');
    const retry = (o: string) => `action edit "CSC 12/01" owner "${o}"`;
    expect(() => requireKnownOwner(data, 'Mari Tod', { retry })).toThrow(/Did you mean Mari Toda\?/);
    try {
      requireKnownOwner(data, 'DCC and Ann Other', { retry, allowNew: true });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('No owner called "Ann Other"');
      expect((error as { hint: string }).hint).toContain('person add "Ann Other"');
    }
    expect(() => requireKnownOwner(data, '  ')).toThrow(/The owner is missing/);
  });

  it('two people with the same initials: the full name is asked for', async () => {
    const { requireKnownOwner } = await import('../../../src/domain/queries');
    const data = demoStore();
    data.people.push({ id: 'george-smith', name: 'George Smith', initials: 'GS', organisation: 'DCC', aliases: [], roles: [], platformIds: {} });
    expect(() => requireKnownOwner(data, 'GS')).toThrow('The owner "GS" could be any of 2 people in the directory: Gemma Slaney, George Smith.');
  });
});

describe('new-owner is part of the one change', () => {
  it('when the action is refused (its reference is taken), nobody is added to the directory either', async () => {
    const b = bot();
    const before = b.store.read();
    const reply = await b.run('action add CSC "Ann Other" "Send the list" ref "CSC 12/01" new-owner');
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain('Action CSC 12/01 already exists');
    expect(b.store.read()).toBe(before);
  });
});
