import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, CHANNEL, message, PERSONAL, TENANT_ID } from './support/activities';
import { cardButtons, cardLines, cardOf } from './support/cards';
import { openFixtureStore, type FixtureStore } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

describe('Teams: typed commands are answered with Adaptive Cards', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;

  beforeAll(async () => {
    fixture = await openFixtureStore();
    h = await startTeamsBot({ store: fixture.store });
  });
  afterAll(async () => {
    await h.close();
    await fixture.cleanup();
  });
  beforeEach(() => {
    h.connector.calls.length = 0;
    h.dispatched.length = 0;
  });

  it('status DP096 in a 1:1 chat → a 1.5 card with the proposal facts, in that chat', async () => {
    await h.post(message(h.connector.url, 'status DP096'));
    const [post] = h.connector.posts();
    expect(post!.conversationId).toBe(PERSONAL.id);
    const card = cardOf(post);
    expect(card.version).toBe('1.5');
    const lines = cardLines(card);
    expect(lines[0]).toBe('DP096 — DNO Power Outage Alerts');
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Stage: Development Stage/),
      'Lead analyst: Ali Analyst',
      expect.stringContaining('CSC 12/01'),
      expect.stringContaining('CSC 10/01'),
    ]));
    expect(post!.body.summary).toBe('DP096 — DNO Power Outage Alerts');
  });

  it('in a channel the @-mention is stripped and the channel thread gets the (private) answer', async () => {
    await h.post(message(h.connector.url, 'status dp96', { conversation: CHANNEL }));
    expect(h.dispatched[0]!.text).toBe('status dp96');
    const [post] = h.connector.posts();
    expect(post!.conversationId).toBe(CHANNEL.id);
    expect(cardLines(cardOf(post))[0]).toBe(`${ALICE.name} asked secbot: status dp96`);
  });

  it('identifies the caller by AAD object id, with where they asked from', async () => {
    await h.post(message(h.connector.url, 'whoami'));
    expect(h.dispatched[0]!.caller).toEqual({
      platform: 'teams', id: ALICE.aadObjectId, name: ALICE.name,
      address: { platform: 'teams', conversationId: PERSONAL.id, serviceUrl: h.connector.url, tenantId: TENANT_ID, conversationType: 'personal', userId: ALICE.aadObjectId },
    });
    expect(cardLines(cardOf(h.connector.posts()[0]))).toContain(`Chat identity: teams:${ALICE.aadObjectId}`);
  });

  it('an unknown command gets a clear error card that points to help', async () => {
    await h.post(message(h.connector.url, 'stauts DP096'));
    const card = cardOf(h.connector.posts()[0]);
    const lines = cardLines(card);
    expect(lines[0]).toMatch(/^✗ I don't know the command "stauts"\. Did you mean "status"\?/);
    expect(lines.join('\n')).toContain('Type "help"');
    expect(card.body[0].color).toBe('Attention');
  });

  it('help lists the commands', async () => {
    await h.post(message(h.connector.url, 'help'));
    const text = cardLines(cardOf(h.connector.posts()[0])).join('\n');
    for (const name of ['status', 'actions', 'search', 'list']) expect(text).toContain(name);
  });

  it('a read-only reply offers no change buttons to someone outside the change team', async () => {
    await h.post(message(h.connector.url, 'status DP096'));
    const commands = cardButtons(cardOf(h.connector.posts()[0])).map((b) => b.data.command);
    expect(commands).toContain('history DP096');
    expect(commands.some((c: string) => c.startsWith('convert'))).toBe(false);
  });
});
