import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { toOwnerReminder } from '../../../src/notify/reminder-cards';
import { createTestBot, operator, stranger, type TestBot } from '../../support/test-bot';
import { bradley, gemma, gemmaOnSlack, mari, ownerData, paul, tom } from './owner-data';

const bot = (changeTeam: string[] = []): TestBot => createTestBot({ data: ownerData(), changeTeam });
const actionOf = (b: TestBot, ref: string) => b.store.read().actions.find((a) => a.ref === ref)!;

describe('action owners may close and snooze their own actions', () => {
  it.each<[string, Caller, string]>([
    ['a contact of the owning organisation (DCC → Mari Toda)', mari, 'CSC 10/01'],
    ['the owner named by initials (GS → Gemma Slaney, on Teams)', gemma, 'CSC 12/02'],
    ['the owner named in full (Paul Saker)', paul, 'CSC 12/03'],
  ])('%s closes it; the audit and the event name them', async (_who, caller, ref) => {
    const b = bot();
    const reply = await b.run(`action close "${ref}" done on the call`, caller);
    expect(reply.kind).toBe('success');
    expect(reply.title).toMatch(new RegExp(`^Closed ${ref}`));
    expect(actionOf(b, ref)).toMatchObject({ status: 'Closed', closedOn: '2023-08-22' });
    expect(b.store.auditOf().at(-1)).toMatchObject({ actor: `${caller.platform}:${caller.id}`, command: `action close "${ref}" done on the call` });
    expect(b.store.read().outbox.map((e) => e.type)).toContain('action.closed');
  });

  it('the owner snoozes it for a week (Tue 22 Aug → Tue 29 Aug 2023)', async () => {
    const b = bot();
    const reply = await b.run('action snooze CSC 10/01 1w', mari);
    expect(reply.title).toBe('Snoozed CSC 10/01 until 29 Aug 2023');
    expect(actionOf(b, 'CSC 10/01').snoozedUntil).toBe('2023-08-29');
  });

  it('every button on the reminder DM works for the owner who received it', async () => {
    const b = bot();
    const reminder = toOwnerReminder('Mari Toda', [{ action: actionOf(b, 'CSC 10/01'), reason: 'open for 3 years' }], 0);
    const [close, snooze1d, snooze1w] = reminder.sections![0]!.buttons!;
    expect((await b.run(snooze1d!.command, mari)).kind).toBe('success');
    expect(actionOf(b, 'CSC 10/01').snoozedUntil).toBe('2023-08-23');
    expect((await b.run(snooze1w!.command, mari)).kind).toBe('success');
    expect(actionOf(b, 'CSC 10/01').snoozedUntil).toBe('2023-08-29');
    expect((await b.run(close!.command, mari)).kind).toBe('success');
    expect(actionOf(b, 'CSC 10/01').status).toBe('Closed');
  });
});

describe('anyone else is refused, told who can, and nothing changes', () => {
  it.each<[string, Caller, string, string]>([
    ['someone in the owning organisation who is not its contact', tom, 'CSC 10/01', "Only the change team or the action's owner (DCC: Mari Toda) can close CSC 10/01."],
    ['the owner of another action', mari, 'CSC 12/01', "Only the change team or the action's owner (SECAS: Bradley Baker) can close CSC 12/01."],
    ['a linked person when the owner is someone else', gemma, 'CSC 12/03', "Only the change team or the action's owner (Paul Saker) can close CSC 12/03."],
  ])('%s', async (_who, caller, ref, message) => {
    const b = bot();
    const before = b.store.read();
    const reply = await b.run(`action close ${ref}`, caller);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe(message);
    expect(reply.context?.[0]).toMatch(/^You are linked as .+ If CSC \d+\/\d+ should be yours, ask the change team to reassign it\.$/);
    expect(b.store.read()).toBe(before);
  });

  it('a linked non-owner cannot snooze either, whatever the snooze length', async () => {
    const b = bot();
    const before = b.store.read();
    const reply = await b.run('action snooze CSC 10/01 forever', tom);
    expect(reply.title).toBe("Only the change team or the action's owner (DCC: Mari Toda) can snooze CSC 10/01.");
    expect(b.store.read()).toBe(before);
  });

  it.each<[string, Caller]>([
    ['an unlinked stranger', stranger],
    ['the owner, from a chat account that is not linked to her', gemmaOnSlack],
  ])('%s gets the change-team message and how an owner gets access', async (_who, caller) => {
    const b = bot();
    const before = b.store.read();
    for (const line of ['action close CSC 12/02', 'action snooze CSC 12/02 1w']) {
      const reply = await b.run(line, caller);
      expect(reply.kind).toBe('error');
      expect(reply.title).toBe(`You can't run "${line.split(' ').slice(0, 2).join(' ')}": Only the SEC change team can change data. Ask a change-team member, or an admin to add you to SECBOT_CHANGE_TEAM.`);
      expect(reply.context).toEqual([`The action's owner (GS: Gemma Slaney) may also ${line.split(' ')[1]} CSC 12/02: if that is you, link your chat account first, e.g. link "Your Name".`]);
    }
    expect(b.store.read()).toBe(before);
  });

  it('an owner written as several organisations resolves to nobody, and says so', async () => {
    const b = bot();
    await b.run('action add CSC "DCC and SECAS" "Agree the DNO meeting date"');
    const ref = b.store.read().actions.at(-1)!.ref;
    const reply = await b.run(`action close "${ref}"`, mari);
    expect(reply.title).toBe(`Only the change team or the action's owner (DCC and SECAS: nobody in the directory) can close ${ref}.`);
    expect(actionOf(b, ref).status).toBe('Open');
  });
});

describe('the change team still may, for any action', () => {
  it.each<[string, Caller, string[]]>([
    ['a directory person with the change-team role', bradley, []],
    ['a member configured in SECBOT_CHANGE_TEAM', { platform: 'teams', id: 'aad-lead' }, ['teams:aad-lead']],
    ['the console operator', operator, []],
  ])('%s', async (_who, caller, changeTeam) => {
    const b = bot(changeTeam);
    expect((await b.run('action snooze CSC 10/01 1w', caller)).kind).toBe('success');
    expect((await b.run('action close CSC 12/03', caller)).kind).toBe('success');
    expect(actionOf(b, 'CSC 10/01').snoozedUntil).toBe('2023-08-29');
    expect(actionOf(b, 'CSC 12/03').status).toBe('Closed');
  });
});

describe('help says who may use them', () => {
  it('marks close and snooze "(change team or owner)" in the list and in their own help', async () => {
    const b = bot();
    const lines = (await b.run('help')).sections!.flatMap((s) => s.items ?? []);
    for (const usage of ['action close REF [note]', 'action snooze REF [1d|1w|DATE]']) {
      expect(lines.find((l) => l.startsWith(usage))).toMatch(/ \(change team or owner\)$/);
    }
    expect(lines.find((l) => l.startsWith('action update'))).toMatch(/ \(change team\)$/);
    const close = await b.run('help action close');
    expect(close.fields).toContainEqual({ label: 'Who', value: "the change team, or the action's owner (linked with `link`)" });
    expect(close.buttons ?? []).toEqual([]);
  });
});
