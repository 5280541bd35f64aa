import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_ID, message } from './support/activities';
import { cardLines, cardOf } from './support/cards';
import { openFixtureStore, type FixtureStore } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

describe('Teams: every request must carry a valid Bot Framework token', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;
  const activity = () => message(h.connector.url, 'status DP096');

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

  it('answers a correctly signed request with the status card', async () => {
    const response = await h.post(activity());
    expect(response.status).toBe(200);
    expect(h.dispatched).toHaveLength(1);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toContain('DP096 — DNO Power Outage Alerts');
  });

  const refused: [string, (h: TeamsHarness, a: ReturnType<typeof message>) => Promise<string | null>][] = [
    ['no Authorization header', async () => null],
    ['a junk token', async () => 'not-a-jwt'],
    ['an expired token', (h, a) => h.keys.sign({ aud: APP_ID, serviceurl: a.serviceUrl }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
    ['a token for another bot (wrong audience)', (h, a) => h.keys.sign({ aud: '99999999-0000-0000-0000-000000000000', serviceurl: a.serviceUrl })],
    ['a token forged with another key', (h, a) => h.keys.forge({ aud: APP_ID, serviceurl: a.serviceUrl })],
    ['a token from another issuer', (h, a) => h.keys.sign({ aud: APP_ID, serviceurl: a.serviceUrl, iss: 'https://evil.example' })],
    ['a token signed with a key id that is not published', (h, a) => h.keys.sign({ aud: APP_ID, serviceurl: a.serviceUrl }, { kid: 'unknown-kid' })],
    ['a token issued for a different service URL than the activity names', (h, a) => h.keys.sign({ aud: APP_ID, serviceurl: 'https://smba.example/other' }).then((t) => (void a, t))],
  ];

  it.each(refused)('refuses %s with 401 and never runs the command', async (_name, makeToken) => {
    const a = activity();
    const response = await h.post(a, { token: await makeToken(h, a) });
    expect(response.status).toBe(401);
    expect(h.dispatched).toEqual([]);
    expect(h.connector.calls).toEqual([]);
  });

  it('sends replies with the bot\'s outbound token, never the caller\'s', async () => {
    await h.post(activity());
    expect(h.connector.posts()[0]!.authorization).toBe(`Bearer ${h.outboundToken}`);
  });
});
