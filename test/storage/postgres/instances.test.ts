import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports';
import { connectionOptions, createPool, databaseSettingsFor } from '../../../storage/postgres/pg-pool';
import { followChanges } from '../../../storage/postgres/pg-follow';
import { initDatabase } from '../../../storage/postgres/pg-init';
import { electLeader, type Leadership } from '../../../storage/postgres/pg-leader';
import { createPgReplayGuard } from '../../../storage/postgres/pg-replay-guard';
import { openPgStore } from '../../../storage/postgres/pg-store';
import { startPostgres, type TestPostgres } from '../../support/postgres';
import { meta, newAction, smallStore } from '../helpers';

let server: TestPostgres;
const pools: pg.Pool[] = [];
beforeAll(async () => void (server = await startPostgres()), 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await server.stop();
}, 60_000);

async function database() {
  const settings = databaseSettingsFor(await server.database());
  const pool = () => {
    const made = createPool(settings);
    pools.push(made);
    return made;
  };
  await initDatabase(pool(), smallStore(), 'test');
  return { settings, pool };
}

const until = async (check: () => boolean, ms: number): Promise<number> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
};

describe('two instances on one database', () => {
  it('concurrent changes to the same action through two instances are all kept (serialised, none lost)', async () => {
    const { pool } = await database();
    const [a, b] = await Promise.all([openPgStore({ pool: pool() }), openPgStore({ pool: pool() })]);
    const ref = a.read().actions[0]!.ref;
    const update = (store: typeof a, n: string) => store.transact(meta(`update ${n}`), (d) => void d.actions.find((x) => x.ref === ref)!.updates.push({ on: '2024-03-05', text: `note ${n}`, by: n }));
    await Promise.all(Array.from({ length: 20 }, (_, i) => [update(a, `a${i}`), update(b, `b${i}`)]).flat());
    const fresh = await openPgStore({ pool: pool(), readOnly: true });
    const texts = fresh.read().actions.find((x) => x.ref === ref)!.updates.map((u) => u.text);
    expect(texts).toHaveLength(40);
    expect(new Set(texts).size).toBe(40);
    expect(fresh.auditOf([{ collection: 'actions', id: ref }])).toHaveLength(40);
  });

  it('a change through one instance is read through the other within a second (LISTEN/NOTIFY)', async () => {
    const { settings, pool } = await database();
    const [a, b] = await Promise.all([openPgStore({ pool: pool() }), openPgStore({ pool: pool() })]);
    const follower = followChanges({ connection: connectionOptions(settings), catchUp: () => b.catchUp(), logger: silentLogger, pollMs: 60_000 });
    await until(() => follower.listening(), 5_000);
    await a.transact(meta('add'), (d) => void d.actions.push(newAction(1)));
    const waited = await until(() => b.read().actions.some((x) => x.ref === 'CSC 99/1'), 1_000);
    expect(waited).toBeLessThan(1_000);
    expect(b.read()).toEqual(a.read());
    expect(b.auditOf([{ collection: 'actions', id: 'CSC 99/1' }]).map((e) => e.command)).toEqual(['add']);
    // b's next change builds on a's: nothing of a's is overwritten.
    await b.transact(meta('close'), (d) => void (d.actions.find((x) => x.ref === 'CSC 99/1')!.status = 'Closed'));
    await a.catchUp();
    expect(a.read()).toEqual(b.read());
    await follower.stop();
  });

  it('an instance catching up on every kind of change ends with the same document as the one that made them', async () => {
    const { pool } = await database();
    const [a, b] = await Promise.all([openPgStore({ pool: pool() }), openPgStore({ pool: pool() })]);
    await a.transact(meta('outbox'), (d) => void d.outbox.push({ id: 'e1', type: 'dp.raised', at: '2024-03-05T10:00:00.000Z', ref: 'DP100', data: { b: 2, a: 1 } }));
    await a.transact(meta('ledger'), (d) => void d.deliveries.push({ key: 'k1', recipient: 'slack:T1:C1', status: 'pending', attempts: 0, at: '2024-03-05T10:00:00.000Z' }));
    await a.transact(meta('ledger sent'), (d) => void (d.deliveries[0] = { ...d.deliveries[0]!, status: 'sent', attempts: 1 }));
    await a.transact(meta('install'), (d) => void d.installations.push({ address: { platform: 'slack', teamId: 'T1', channelId: 'C1' }, installedAt: '2024-03-05T10:00:00.000Z' }));
    await a.transact(meta('settings'), (d) => void (d.channelSettings['slack:T1:C1'] = { unfurl: false }));
    await a.transact(meta('sort'), (d) => void d.proposals.reverse());
    await a.transact(meta('remove'), (d) => void d.actions.splice(3, 2));
    await a.transact(meta('add'), (d) => void d.actions.splice(1, 0, newAction(8)));
    await a.transact(meta('outbox done'), (d) => void d.outbox.splice(0, 1));
    await b.catchUp();
    expect(b.read()).toEqual(a.read());
    expect(b.read().actions.map((x) => x.ref)).toEqual(a.read().actions.map((x) => x.ref));
    expect(b.read().proposals.map((x) => x.ref)).toEqual(a.read().proposals.map((x) => x.ref));
    expect(Object.isFrozen(b.read().actions[1])).toBe(true);
    const fresh = await openPgStore({ pool: pool(), readOnly: true });
    expect(fresh.read().actions.map((x) => x.ref)).toEqual(a.read().actions.map((x) => x.ref));
  });

  it('a change refused on a copy that is behind (the action is not there yet) is tried again on the latest', async () => {
    const { pool } = await database();
    const [a, b] = await Promise.all([openPgStore({ pool: pool() }), openPgStore({ pool: pool() })]);
    await a.transact(meta('add'), (d) => void d.actions.push(newAction(5)));
    const close = (d: { actions: { ref: string; status: string }[] }) => {
      const action = d.actions.find((x) => x.ref === 'CSC 99/5');
      if (!action) throw new Error('No action CSC 99/5');
      action.status = 'Closed';
    };
    await b.transact(meta('close'), close as never);
    expect(b.read().actions.find((x) => x.ref === 'CSC 99/5')?.status).toBe('Closed');
    await expect(b.transact(meta('close again'), (d) => void (d.actions.find((x) => x.ref === 'CSC 99/6') ?? (() => { throw new Error('No action CSC 99/6'); })()))).rejects.toThrow('No action CSC 99/6');
  });

  it('exactly one instance leads; when its connection dies another takes over within the retry interval', async () => {
    const { settings } = await database();
    const events: string[] = [];
    const elect = (name: string): Leadership => electLeader({ connection: connectionOptions(settings), retryMs: 200, logger: silentLogger, onLead: () => void events.push(`${name} leads`), onLose: async () => void events.push(`${name} stops`) });
    const first = elect('first');
    await until(() => first.leading(), 5_000);
    const second = elect('second');
    await new Promise((r) => setTimeout(r, 600));
    expect([first.leading(), second.leading()]).toEqual([true, false]);
    // Kill the leader's session from the server side, as a crashed instance's connection would end.
    const admin = new pg.Client(connectionOptions(settings));
    await admin.connect();
    const start = Date.now();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = 7355002 AND granted");
    await admin.end();
    await until(() => second.leading(), 5_000);
    expect(Date.now() - start).toBeLessThan(2_000);
    // The old leader hears its connection close (here in the same process as the new one, on a busy machine: allow a moment).
    await until(() => !first.leading(), 2_000);
    expect(events[0]).toBe('first leads');
    expect(events.slice(1).sort()).toEqual(['first stops', 'second leads']);
    await Promise.all([first.stop(), second.stop()]);
  });

  it('the replay guard holds across instances and lets a key through again once it expired', async () => {
    const { pool } = await database();
    const [a, b] = [createPgReplayGuard(pool()), createPgReplayGuard(pool())];
    expect(await a.firstSeen('slack-sig:v0=abc', 60_000)).toBe(true);
    expect(await b.firstSeen('slack-sig:v0=abc', 60_000)).toBe(false);
    expect(await a.firstSeen('teams:conv:1', 50)).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(await b.firstSeen('teams:conv:1', 50)).toBe(true);
    a.stop();
    b.stop();
  });
});
