import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { toUnreachableOwnersReminder } from '../../../src/notify/reminder-cards';
import { ALICE, BOB, CHANNEL, botAdded, cardAction, refresh, submit } from './support/activities';
import { buttonFor, buttonTitled, cardButtons, cardLines, cardOf, invokeCard } from './support/cards';
import { openFixtureStore, type FixtureStore } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

const SECRET = 'broadcast-test-card-secret';
const newDp: Reply = { kind: 'info', title: 'New Draft Proposal DP096: DNO Power Outage Alerts', buttons: [{ label: 'Status', actionId: 'proposal.status', command: 'status DP096' }] };

describe('Teams: buttons on channel posts (announcements, reminders) never edit the post', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;

  beforeEach(async () => {
    fixture = await openFixtureStore();
    h = await startTeamsBot({ store: fixture.store, changeTeam: [`teams:${ALICE.aadObjectId}`], config: { cardSecret: SECRET } });
    await h.post(botAdded(h.connector.url, { conversation: CHANNEL }));
    h.connector.calls.length = 0;
  });
  afterEach(async () => {
    await h.close();
    await fixture.cleanup();
  });

  async function broadcast(reply: Reply) {
    const address = fixture.store.read().installations[0]!.address;
    expect(await h.platform.messenger.send(address, reply)).toMatchObject({ ok: true });
    const card = cardOf(h.connector.posts().at(-1));
    h.connector.calls.length = 0;
    return card;
  }

  it('Status on a new-DP announcement answers only the clicker (a user-specific card with Back); the post is untouched', async () => {
    const post = await broadcast(newDp);
    const status = buttonFor(post, /^status DP096/);
    const answer = invokeCard(await h.post(cardAction(h.connector.url, status.data, 'activity-9', { from: BOB, conversation: CHANNEL })));
    expect(cardLines(answer)[0]).toBe('DP096 — DNO Power Outage Alerts');
    expect(cardLines(answer)).toContain('Only you can see this answer.');
    expect(h.connector.calls).toEqual([]);
    const back = invokeCard(await h.post(cardAction(h.connector.url, buttonTitled(answer, 'Back').data, 'activity-9', { from: BOB, conversation: CHANNEL })));
    expect(cardLines(back)[0]).toBe(newDp.title);
  });

  it('an older card with Action.Submit buttons in a channel is not edited either: the clicker gets a private answer', async () => {
    const post = await broadcast(newDp);
    const status = buttonFor(post, /^status DP096/);
    await h.post(submit(h.connector.url, status.data, 'activity-9', { from: BOB, conversation: CHANNEL }));
    expect(h.dispatched.at(-1)!.text).toBe('status DP096');
    expect(h.connector.puts()).toEqual([]);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe(`${BOB.name} asked secbot: a button`);
  });

  it('after a restart (views are kept in memory) a refresh leaves the post as it was instead of blanking it', async () => {
    const post = await broadcast(newDp);
    const restarted = await startTeamsBot({ store: fixture.store, config: { cardSecret: SECRET } });
    try {
      const response = await restarted.post(refresh(restarted.connector.url, post, 'activity-9', { from: BOB, conversation: CHANNEL }));
      expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
      expect(restarted.connector.calls).toEqual([]);
    } finally {
      await restarted.close();
    }
  });

  it('a reminder listed in a channel refreshes per viewer: Close/Snooze only for those who may use them', async () => {
    const action = fixture.store.read().actions.find((a) => a.ref === 'CSC 12/01')!;
    const post = await broadcast(toUnreachableOwnersReminder([{ action, reason: 'due tomorrow', why: 'nobody linked' }]));
    expect(post.refresh).toMatchObject({ action: { type: 'Action.Execute' } });
    expect(post.refresh.userIds).toBeUndefined();
    const bobs = invokeCard(await h.post(refresh(h.connector.url, post, 'activity-9', { from: BOB, conversation: CHANNEL })));
    expect(cardButtons(bobs).filter((b) => /^action (close|snooze)/.test(b.data.command))).toEqual([]);
    const alices = invokeCard(await h.post(refresh(h.connector.url, post, 'activity-9', { conversation: CHANNEL })));
    const close = buttonFor(alices, /^action close/);

    const answer = invokeCard(await h.post(cardAction(h.connector.url, close.data, 'activity-9', { conversation: CHANNEL })));
    expect(cardLines(answer)[0]).toBe('✓ Closed CSC 12/01 (SECAS)');
    expect(fixture.store.read().actions.find((a) => a.ref === 'CSC 12/01')!.status).toBe('Closed');
    expect(h.connector.calls).toEqual([]);
  });
});
