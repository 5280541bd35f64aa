import { describe, expect, it } from 'vitest';
import { ALICE, BOB, CHANNEL, GROUP_CHAT, cardAction, message, refresh } from './support/activities';
import { buttonFor, buttonTitled, cardButtons, cardLines, cardOf, invokeCard } from './support/cards';
import type { FixtureStore } from './support/fixture-store';
import type { TeamsHarness } from './support/start-teams-bot';
import { useTeamsBot } from './support/use-teams-bot';

describe('Teams: a command typed in a channel or group chat is answered where only the asker sees it', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;

  useTeamsBot((started) => ({ fixture, h } = started));

  async function ask(text: string, conversation = CHANNEL) {
    await h.post(message(h.connector.url, text, { conversation }));
    const stub = cardOf(h.connector.posts().at(-1));
    h.connector.calls.length = 0;
    return stub;
  }

  it('everyone gets a stub; the card refreshes for the asker (userIds) into the answer, with Share in channel', async () => {
    const stub = await ask('status DP096');
    expect(cardLines(stub)).toEqual([`${ALICE.name} asked secbot: status DP096`, `The answer is shown to ${ALICE.name} only, until they share it.`]);
    expect(stub.refresh).toMatchObject({ action: { type: 'Action.Execute' }, userIds: [ALICE.id] });
    expect(cardLines(stub).join(' ')).not.toContain('Development Stage');

    const mine = invokeCard(await h.post(refresh(h.connector.url, stub, 'activity-1')));
    expect(cardLines(mine)[0]).toBe('DP096 — DNO Power Outage Alerts');
    expect(cardLines(mine)).toContain('Only you can see this answer.');
    expect(cardButtons(mine).map((b) => b.title)).toContain('Share in channel');
    expect(mine.refresh.userIds).toEqual([ALICE.id]);

    const bobs = invokeCard(await h.post(refresh(h.connector.url, stub, 'activity-1', { from: BOB })));
    expect(cardLines(bobs)[0]).toBe(`${ALICE.name} asked secbot: status DP096`);
    expect(h.connector.calls).toEqual([]);
  });

  it('Share in channel replaces the stub with the answer for everyone; only the asker can share', async () => {
    const stub = await ask('status DP096', GROUP_CHAT);
    const mine = invokeCard(await h.post(refresh(h.connector.url, stub, 'activity-1')));
    const share = buttonTitled(mine, 'Share in channel');

    const refused = await h.post(cardAction(h.connector.url, share.data, 'activity-1', { from: BOB, conversation: GROUP_CHAT }));
    expect(refused.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `Only ${ALICE.name} can share this answer.` });
    expect(h.connector.puts()).toEqual([]);

    const shared = invokeCard(await h.post(cardAction(h.connector.url, share.data, 'activity-1', { conversation: GROUP_CHAT })));
    const [put] = h.connector.puts();
    expect(put).toMatchObject({ conversationId: GROUP_CHAT.id, activityId: 'activity-1' });
    expect(cardLines(cardOf(put))[0]).toBe('DP096 — DNO Power Outage Alerts');
    expect(cardLines(cardOf(put))).toContain(`Shared by ${ALICE.name}.`);
    expect(cardLines(shared)).toContain(`Shared by ${ALICE.name}.`);
    const bobs = invokeCard(await h.post(refresh(h.connector.url, cardOf(put), 'activity-1', { from: BOB, conversation: GROUP_CHAT })));
    expect(cardLines(bobs)[0]).toBe('DP096 — DNO Power Outage Alerts');
  });

  it('buttons on a private answer answer privately too: Close closes the action and edits nothing in the channel', async () => {
    const stub = await ask('action CSC 12/01');
    const mine = invokeCard(await h.post(refresh(h.connector.url, stub, 'activity-1')));
    const close = buttonFor(mine, /^action close/);
    const answer = invokeCard(await h.post(cardAction(h.connector.url, close.data, 'activity-1', { conversation: CHANNEL })));
    expect(cardLines(answer)[0]).toBe('✓ Closed CSC 12/01 (SECAS)');
    expect(cardLines(answer)).toContain('Only you can see this answer.');
    expect(fixture.store.read().actions.find((a) => a.ref === 'CSC 12/01')!.status).toBe('Closed');
    expect(h.connector.calls).toEqual([]);
  });

  it('errors are private too', async () => {
    const stub = await ask('stauts DP096');
    expect(cardLines(stub)[0]).toBe(`${ALICE.name} asked secbot: stauts DP096`);
    const mine = invokeCard(await h.post(refresh(h.connector.url, stub, 'activity-1')));
    expect(cardLines(mine)[0]).toMatch(/^✗ I don't know the command "stauts"/);
  });
});
