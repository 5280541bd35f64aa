import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeamsAddress } from '../../../src/core/address';
import type { StorePort } from '../../../src/core/ports';
import type { Reply } from '../../../src/core/reply';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
import { ALICE, botAdded, botRemoved, CHANNEL, installationUpdate, message, PERSONAL, TENANT_ID } from './support/activities';
import { cardLines, cardOf } from './support/cards';
import { openFixtureStore, type FixtureStore } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

const reminder: Reply = { kind: 'warning', title: 'Action CSC 12/01 is due tomorrow', fields: [{ label: 'Owner', value: 'SECAS' }] };

describe('Teams: installations are recorded, used for proactive sends, and forgotten', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;
  const installations = () => fixture.store.read().installations;
  const address = (conversation = PERSONAL): TeamsAddress => ({ platform: 'teams', conversationId: conversation.id, serviceUrl: h.connector.url, tenantId: TENANT_ID });

  beforeEach(async () => {
    fixture = await openFixtureStore();
    h = await startTeamsBot({ store: fixture.store });
  });
  afterEach(async () => {
    await h.close();
    await fixture.cleanup();
  });

  it('install → stored → proactive card reaches the connector → uninstall → no more sends', async () => {
    await h.post(installationUpdate(h.connector.url, 'add'));
    expect(installations()).toEqual([
      expect.objectContaining({
        address: { platform: 'teams', conversationId: PERSONAL.id, serviceUrl: h.connector.url, tenantId: TENANT_ID, conversationType: 'personal', userId: ALICE.aadObjectId },
        installedBy: `teams:${ALICE.aadObjectId}`,
      }),
    ]);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('secbot is here');
    h.connector.calls.length = 0;

    const sent = await h.platform.messenger.send(address(), reminder);
    expect(sent).toEqual({ ok: true, messageId: 'activity-2' });
    const [post] = h.connector.posts();
    expect(post!.conversationId).toBe(PERSONAL.id);
    expect(post!.authorization).toBe(`Bearer ${h.outboundToken}`);
    expect(cardLines(cardOf(post))).toEqual(['⚠ Action CSC 12/01 is due tomorrow', 'Owner: SECAS']);

    await h.post(installationUpdate(h.connector.url, 'remove'));
    expect(installations()).toEqual([]);
    h.connector.calls.length = 0;
    const after = await h.platform.messenger.send(address(), reminder);
    expect(after).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(h.connector.calls).toEqual([]);
  });

  it('adding the bot to a team records the channel; removing it forgets it', async () => {
    await h.post(botAdded(h.connector.url, { conversation: CHANNEL }));
    expect(installations().map((i) => i.address)).toEqual([expect.objectContaining({ conversationId: CHANNEL.id, conversationType: 'channel' })]);
    expect(await h.platform.messenger.send(address(CHANNEL), reminder)).toMatchObject({ ok: true });
    await h.post(botRemoved(h.connector.url, { conversation: CHANNEL }));
    expect(installations()).toEqual([]);
  });

  it('an address captured in a channel thread (e.g. by subscribe) reaches the channel it belongs to', async () => {
    await h.post(botAdded(h.connector.url, { conversation: CHANNEL }));
    const thread = { ...CHANNEL, id: `${CHANNEL.id};messageid=1700000000000` };
    await h.post(message(h.connector.url, 'whoami', { conversation: thread }));
    expect(h.connector.posts().at(-1)!.conversationId).toBe(thread.id);
    const captured = h.dispatched[0]!.caller.address!;
    h.connector.calls.length = 0;
    expect(await h.platform.messenger.send(captured, reminder)).toMatchObject({ ok: true });
    expect(h.connector.posts()[0]!.conversationId).toBe(CHANNEL.id);
  });

  it('a repeated install event (conversationUpdate and installationUpdate both arrive) stores one entry and greets once', async () => {
    await h.post(botAdded(h.connector.url));
    await h.post(installationUpdate(h.connector.url, 'add'));
    expect(installations()).toHaveLength(1);
    expect(h.connector.posts()).toHaveLength(1);
  });

  it('installing in a personal chat welcomes once: installationUpdate and conversationUpdate 1 ms apart, on a slow store', async () => {
    await h.close();
    // Every write takes 80 ms to land, as on a busy disk: both events are in flight before the first lands.
    const slow: StorePort = { ...fixture.store, read: () => fixture.store.read(), transact: async (meta, mutate) => (await delay(80), fixture.store.transact(meta, mutate)) };
    h = await startTeamsBot({ store: slow });
    const first = h.post(installationUpdate(h.connector.url, 'add'));
    await delay(1);
    const second = h.post(botAdded(h.connector.url));
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
    for (let i = 0; i < 50 && h.connector.posts().length === 0; i++) await delay(20);
    await delay(200);
    expect(installations()).toHaveLength(1);
    expect(h.connector.posts()).toHaveLength(1);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('secbot is here');
  });

  it('never sends to a conversation it was not installed in', async () => {
    expect(await h.platform.messenger.send(address(), reminder)).toEqual({ ok: false, reason: 'unreachable', error: expect.stringContaining('not installed') });
    expect(await h.platform.messenger.send({ platform: 'slack', channelId: 'C1' }, reminder)).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(h.connector.calls).toEqual([]);
  });

  it.each([
    [403, 'unreachable', {}, undefined],
    [404, 'unreachable', {}, undefined],
    [429, 'transient', { 'retry-after': '7' }, 7000],
    [503, 'transient', {}, 30_000],
  ] as const)('a connector %i answer is a %s failure', async (status, reason, headers, retryAfterMs) => {
    await h.post(installationUpdate(h.connector.url, 'add'));
    h.connector.failNext(status, headers);
    const result = await h.platform.messenger.send(address(), reminder);
    expect(result).toEqual({ ok: false, reason, error: expect.any(String), ...(retryAfterMs ? { retryAfterMs } : {}) });
  });

  it('sends nothing once stopped, and says why', async () => {
    await h.post(installationUpdate(h.connector.url, 'add'));
    h.connector.calls.length = 0;
    await h.platform.stop();
    expect(await h.platform.messenger.send(address(), reminder)).toMatchObject({ ok: false, reason: 'transient' });
    expect(h.platform.status()).toEqual({ ok: false });
    expect((await h.post(installationUpdate(h.connector.url, 'remove'))).status).toBe(503);
    expect(h.connector.calls).toEqual([]);
  });
});

describe('Teams: TEAMS_SERVICE_URL overrides the stored connector for proactive sends', () => {
  it('sends to the configured service URL instead of the one recorded at install', async () => {
    const fixture = await openFixtureStore();
    const h = await startTeamsBot({ store: fixture.store });
    const other = await startTeamsBot({ store: fixture.store, config: { serviceUrl: h.connector.url } });
    try {
      // Recorded with a connector URL nothing listens on (port 9, discard): only the override can work.
      const stale = 'http://127.0.0.1:9/teams';
      await other.post(installationUpdate(stale, 'add'));
      expect(fixture.store.read().installations.map((i) => i.address.platform === 'teams' && i.address.serviceUrl)).toEqual([stale]);
      const sent = await other.platform.messenger.send({ platform: 'teams', conversationId: PERSONAL.id, serviceUrl: stale }, reminder);
      expect(sent).toMatchObject({ ok: true });
      expect(h.connector.posts().map((p) => p.conversationId)).toContain(PERSONAL.id);
    } finally {
      await other.close();
      await h.close();
      await fixture.cleanup();
    }
  });
});
