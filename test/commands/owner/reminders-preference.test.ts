import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { emptyStore } from '../../../storage/schema';
import { createTestBot, stranger } from '../../support/test-bot';

const jane: Caller = { platform: 'slack', id: 'U_JANE', name: 'jane' };

function bot() {
  const data = emptyStore();
  data.people.push({ id: 'jane-owner', name: 'Jane Owner', aliases: [], roles: [], platformIds: { slack: 'U_JANE' }, email: 'jane@example.com' });
  return createTestBot({ data });
}

describe('reminders: anyone chooses how they themselves hear about their actions', () => {
  it('shows the default, then sets and clears a choice for the caller only', async () => {
    const b = bot();
    expect((await b.run('reminders', jane)).title).toBe('You get reminders by chat when your account is linked, otherwise by email');
    const set = await b.run('reminders email', jane);
    expect(set).toMatchObject({ kind: 'success', title: 'From now on you get reminders by email only' });
    expect(b.store.read().people[0]!.reminders).toBe('email');
    expect(b.store.auditOf().at(-1)).toMatchObject({ actor: 'slack:U_JANE', command: 'reminders email' });
    await b.run('reminders none', jane);
    expect(b.store.read().people[0]!.reminders).toBe('none');
    await b.run('reminders default', jane);
    expect(b.store.read().people[0]!.reminders).toBeUndefined();
  });

  it('answers someone not in the directory, or a word it does not know, with what would work', async () => {
    const b = bot();
    const unknown = await b.run('reminders email', stranger);
    expect(unknown).toMatchObject({ kind: 'error', title: 'You are not linked to the directory, so I do not know whose reminders these are.' });
    const bad = await b.run('reminders sometimes', jane);
    expect(bad.kind).toBe('error');
    expect(bad.title).toBe('"sometimes" is not a way to get reminders.');
    expect(bad.context?.[0]).toContain('Use email, chat, both or none');
    expect(b.store.read().people[0]!.reminders).toBeUndefined();
  });
});
