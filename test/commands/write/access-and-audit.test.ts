import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { stranger } from '../../support/test-bot';
import { fixtureStore } from '../../domain/operations/fixtures';
import { writeBot } from './helpers';

/** One working line per write command, with the event it records. */
const WRITES: [line: string, event: string, verb: string][] = [
  ['raise DP120 "Alert routing"', 'dp.raised', 'raise'],
  ['advance MP167B report reason "the Panel sent the report back"', 'stage.changed', 'advance'],
  ['convert DP096 reason "the Panel directed it"', 'stage.changed', 'convert'],
  ['decide MP167B approved', 'decision.recorded', 'decide'],
  ['action add CSC SECAS "Book the room"', 'action.added', 'action add'],
  ['action close CSC 12/01 done', 'action.closed', 'action close'],
  ['action update CSC 12/01 room booked', 'action.updated', 'action update'],
  ['action due CSC 12/01 2023-09-29', 'action.due-changed', 'action due'],
  ['action snooze CSC 12/01 1w', 'action.snoozed', 'action snooze'],
  ['consultation add MP167B other 2023-08-16 2023-09-07', 'consultation.opened', 'consultation add'],
];

describe('who may change data', () => {
  it.each(WRITES)('a caller outside the change team is refused "%s", told who can, and nothing changes', async (line) => {
    const bot = writeBot();
    const before = bot.store.read();
    const reply = await bot.run(line, stranger);
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain('Only the SEC change team can change data');
    expect(reply.title).toContain('SECBOT_CHANGE_TEAM');
    expect(bot.store.read()).toBe(before);
    expect(bot.store.read().outbox).toEqual([]);
  });

  it('a configured change-team member may change data, and is recorded as the source and actor', async () => {
    const member: Caller = { platform: 'slack', id: 'U_TEAM', name: 'Laura' };
    const bot = writeBot({ changeTeam: ['slack:U_TEAM'] });
    const reply = await bot.run('action update CSC 12/01 room booked', member);
    expect(reply.kind).toBe('success');
    expect(bot.store.read().actions.find((a) => a.ref === 'CSC 12/01')!.updates).toEqual([{ on: '2023-08-22', text: 'room booked', by: 'Laura' }]);
    expect(bot.store.read().outbox[0]!.data.source).toBe('action update by slack:U_TEAM');
    expect(bot.store.auditOf().at(-1)).toMatchObject({ actor: 'slack:U_TEAM', command: 'action update CSC 12/01 room booked' });
  });

  it('a directory person with the change-team role may change data', async () => {
    const data = fixtureStore();
    data.people.push({ id: 'laura', name: 'Laura Delargy', aliases: [], roles: ['change-team'], platformIds: { teams: 'aad-1' } });
    const bot = writeBot({ data });
    const reply = await bot.run('raise DP120 "T"', { platform: 'teams', id: 'aad-1' });
    expect(reply.title).toBe('Raised DP120: T');
  });
});

describe('every write', () => {
  it.each(WRITES)('"%s" records exactly one %s event and one audit entry naming the caller and command', async (line, type, verb) => {
    const bot = writeBot();
    const reply = await bot.run(line);
    expect(reply.kind).toBe('success');
    const data = bot.store.read();
    expect(data.outbox.map((e) => e.type)).toEqual([type]);
    expect(data.outbox[0]).toMatchObject({ at: '2023-08-22T09:00:00.000Z', data: { source: `${verb} by operator` } });
    expect(bot.store.auditOf()).toHaveLength(1);
    expect(bot.store.auditOf()[0]).toMatchObject({ actor: 'operator', command: line });
    expect(bot.store.auditOf()[0]!.changes.length).toBeGreaterThan(0);
  });

  it('the audit entry of a close keeps the action before and after', async () => {
    const bot = writeBot();
    await bot.run('action close CSC 12/01 done');
    const change = bot.store.auditOf()[0]!.changes.find((c) => c.collection === 'actions')!;
    expect(change).toMatchObject({ id: 'CSC 12/01', before: { status: 'Open' }, after: { status: 'Closed', closedOn: '2023-08-22' } });
  });

  it('a conversion is audited as the DP leaving and the MP arriving, with the re-pointed action', async () => {
    const bot = writeBot();
    await bot.run('convert DP096 reason "the Panel directed it"');
    const changes = bot.store.auditOf()[0]!.changes.map((c) => [c.collection, c.id, Boolean(c.before), Boolean(c.after)]);
    expect(changes).toEqual(expect.arrayContaining([
      ['proposals', 'MP096', false, true],
      ['proposals', 'DP096', true, false],
      ['actions', 'CSC 12/01', true, true],
      ['consultations', 'DP096-other-2020-03-01', true, true],
    ]));
  });
});
