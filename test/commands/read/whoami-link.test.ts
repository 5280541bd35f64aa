import { describe, expect, it } from 'vitest';
import { createTestBot, operator } from '../../support/test-bot';
import { readFixture } from './fixture';
import { buttonCommands, field, jordan, mari, newcomer } from './helpers';

describe('whoami', () => {
  const bot = createTestBot({ data: readFixture() });

  it('a linked caller sees their directory entry, organisation, open actions and change-team status', async () => {
    const reply = await bot.run('whoami', mari);
    expect(reply.title).toBe('You are Mari Toda');
    expect(field(reply, 'Chat identity')).toBe('slack:U_MARI');
    expect(field(reply, 'Organisation')).toBe('DCC (DCC)');
    expect(field(reply, 'Also known as')).toBe('Mari');
    expect(field(reply, 'Open actions')).toBe("1 (yours or your organisation's)");
    expect(field(reply, 'Change team')).toMatch(/^no/);
    expect(buttonCommands(reply)).toEqual(['actions mine']);
    expect(field(await bot.run('whoami', jordan), 'Change team')).toMatch(/^yes/);
  });

  it('an unlinked caller is told how to link', async () => {
    const reply = await bot.run('whoami', newcomer);
    expect(reply.title).toBe('You are not linked to the directory yet');
    expect(reply.context![0]).toContain('link "Your Name"');
    expect(field(await bot.run('whoami', operator), 'Change team')).toMatch(/^yes/);
  });
});

describe('link', () => {
  it('links the caller to a person with no roles and no account yet; then `actions mine` works', async () => {
    const bot = createTestBot({ data: readFixture() });
    const reply = await bot.run('link "gemma slaney"', newcomer);
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('Linked slack:U_NEW to Gemma Slaney (SSEN)');
    expect(bot.store.read().people.find((p) => p.id === 'gemma-slaney')!.platformIds).toEqual({ slack: 'U_NEW' });
    expect((await bot.run('actions mine', newcomer)).title).toBe('1 open action for Gemma Slaney');
    expect(bot.store.auditOf().at(-1)).toMatchObject({ actor: 'slack:U_NEW', command: 'link "gemma slaney"' });
  });

  it('matches initials and aliases; an ambiguous name lists the candidates and changes nothing', async () => {
    const bot = createTestBot({ data: readFixture() });
    const ambiguous = await bot.run('link Gemma', newcomer);
    expect(ambiguous.kind).toBe('error');
    expect(ambiguous.title).toBe('"Gemma" matches 2 people: Gemma Slaney (SSEN); Gemma Stone (DCC).');
    expect(ambiguous.context).toEqual(['Use the full name, e.g. link "Gemma Slaney".']);
    expect(bot.store.auditOf()).toHaveLength(0);
    expect((await bot.run('link GS', newcomer)).title).toBe('Linked slack:U_NEW to Gemma Slaney (SSEN)');
  });

  it('an unknown name suggests the nearest', async () => {
    const bot = createTestBot({ data: readFixture() });
    expect((await bot.run('link "Gema Slaney"', newcomer)).title).toBe('No one called "Gema Slaney" in the directory. Did you mean "Gemma Slaney"?');
    expect((await bot.run('link', newcomer)).title).toBe('Who are you in the directory? Give your name.');
  });

  it('SECURITY: outside the change team, nobody can claim a change-team person (that would grant rights)', async () => {
    const bot = createTestBot({ data: readFixture() });
    const reply = await bot.run('link "Bradley Baker"', newcomer);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('Bradley Baker has the change-team role, so only the change team can link an account to them.');
    expect(reply.context![0]).toContain('link "Bradley Baker" for slack:U_NEW');
    expect(bot.store.read().people.find((p) => p.id === 'bradley-baker')!.platformIds).toEqual({});
    // and the refused caller still cannot change data
    expect((await bot.run('action close "CSC 12/01"', newcomer)).title).toMatch(/^You can't run "action close"/);
  });

  it('SECURITY: outside the change team, nobody can take over a person already linked on that platform', async () => {
    const bot = createTestBot({ data: readFixture() });
    const reply = await bot.run('link "Mari Toda"', newcomer);
    expect(reply.title).toBe('Mari Toda is already linked to another slack account.');
    expect(bot.store.read().people.find((p) => p.id === 'mari-toda')!.platformIds).toEqual({ slack: 'U_MARI' });
  });

  it('SECURITY: only the change team may link someone else’s account', async () => {
    const bot = createTestBot({ data: readFixture() });
    const refused = await bot.run('link "Tom Rothery" for slack:U_TOM', mari);
    expect(refused.title).toBe('Only the change team can link someone else’s account.');
    expect(bot.store.read().people.find((p) => p.id === 'tom-rothery')!.platformIds).toEqual({});
    const done = await bot.run('link "Tom Rothery" for slack:U_TOM', jordan);
    expect(done.title).toBe('Linked slack:U_TOM to Tom Rothery (DCC)');
    expect((await bot.run('whoami', { platform: 'slack', id: 'U_TOM' })).title).toBe('You are Tom Rothery');
  });

  it('the change team may link a change-team person; an account moves off whoever had it', async () => {
    const bot = createTestBot({ data: readFixture() });
    const reply = await bot.run('link "Bradley Baker" for slack:U_MARI', jordan);
    expect(reply.title).toBe('Linked slack:U_MARI to Bradley Baker (SECAS)');
    expect(reply.text).toBe('It was linked to Mari Toda before.');
    expect(bot.store.read().people.find((p) => p.id === 'mari-toda')!.platformIds).toEqual({});
  });

  it('linking again to the same person changes nothing; a bad account is explained', async () => {
    const bot = createTestBot({ data: readFixture() });
    expect((await bot.run('link Mari', mari)).title).toBe('slack:U_MARI is already linked to Mari Toda (DCC)');
    expect(bot.store.auditOf()).toHaveLength(0);
    const bad = await bot.run('link Tom for U123', jordan);
    expect(bad.title).toBe('"U123" is not a chat account.');
    expect(bad.context![0]).toContain('for slack:U0123ABCD');
  });
});
