import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, installationUpdate, message } from './support/activities';
import { cardOf } from './support/cards';
import { openFixtureStore, type FixtureStore } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

const JANE = { id: '29:1jane', aadObjectId: 'aad-jane', name: 'Jane Doe' };
const JANE_CHAT = { id: 'a:1personal-chat-jane', conversationType: 'personal' };
const STRANGER = { id: '29:1stranger', aadObjectId: 'aad-stranger', name: 'Sam Stranger' };

describe('Teams: someone the change team added is recognised by their member email, without `link`', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;

  beforeAll(async () => {
    fixture = await openFixtureStore();
    h = await startTeamsBot({ store: fixture.store, changeTeam: [`teams:${ALICE.aadObjectId}`] });
    h.connector.members.set('aad-jane', { id: JANE.id, aadObjectId: JANE.aadObjectId, name: JANE.name, email: 'Jane.Doe@example.com', userPrincipalName: 'jane.doe@example.com' });
    h.connector.members.set('aad-stranger', { id: STRANGER.id, aadObjectId: STRANGER.aadObjectId, userPrincipalName: 'sam@elsewhere.example' });
  });
  afterAll(async () => {
    await h.close();
    await fixture.cleanup();
  });
  beforeEach(() => {
    h.connector.calls.length = 0;
  });

  /** Send a message as `from` in `conversation`; the text of the card the bot answers with. */
  async function ask(text: string, from = JANE, conversation = JANE_CHAT): Promise<string> {
    h.connector.calls.length = 0;
    await h.post(message(h.connector.url, text, { from, conversation }));
    return JSON.stringify(cardOf(h.connector.posts()[0]));
  }

  it('Jane is linked on first use: whoami, actions mine, and a DM in remind preview on the due day', async () => {
    expect(await ask('person add "Jane Doe" org "British Gas" category "Large Supplier" email jane.doe@example.com', ALICE, { id: 'a:1personal-chat-alice', conversationType: 'personal' })).toContain('Added Jane Doe');
    const added = await ask('action add CSC "Jane Doe" "Send the DNO cost figures for DP096" due 25 Aug 2023', ALICE, { id: 'a:1personal-chat-alice', conversationType: 'personal' });
    const ref = /CSC \d+\/\d+/.exec(added)![0];
    await h.post(installationUpdate(h.connector.url, 'add', { from: JANE, conversation: JANE_CHAT }));

    const whoami = await ask('whoami');
    expect(whoami).toContain('You are Jane Doe');
    expect(whoami).toContain('British Gas');
    expect(whoami).toContain('Large Supplier');
    expect(whoami).toContain('matched by the verified Teams email');
    expect(await ask('actions mine')).toContain(ref);
    const preview = await ask('remind preview at 25 Aug 2023');
    expect(preview).toContain('Jane Doe (Teams');
    expect(preview).toContain(`${ref} due today`);
    expect(fixture.store.read().people.find((p) => p.name === 'Jane Doe')).toMatchObject({ platformIds: { teams: 'aad-jane' }, linkedBy: { teams: 'email' } });
    expect(h.connector.memberLookups.filter((id) => id === 'aad-jane')).toHaveLength(1);
  });

  it('a member whose email is not in the directory keeps today\'s behaviour', async () => {
    expect(await ask('whoami', STRANGER, { id: 'a:1personal-chat-sam', conversationType: 'personal' })).toContain('You are not linked to the directory yet');
  });
});
