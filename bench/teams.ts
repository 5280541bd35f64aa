import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import express from 'express';
import { SignJWT } from 'jose';
import { silentLogger, type Clock } from '../src/core/ports';
import { createCore } from '../src/create-core';
import { createTeamsPlatform } from '../src/platforms/teams';
import { toCloud } from '../src/platforms/teams/teams-config';
import { toSdkLogger } from '../src/platforms/teams/to-sdk-logger';
import { createMemoryStore } from '../storage/memory-store';
import { APP_ID, message } from '../test/e2e/teams/support/activities';
import { startFakeConnector, type FakeConnector } from '../test/e2e/teams/support/fake-connector';
import { startKeyServer, type KeyServer } from '../test/e2e/teams/support/key-server';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile } from './lib/stats';

const RUNS = 400;
let lastCardBytes = 0;

/** Issue 4: `status DP096` over Teams until the card reaches the connector, next to a bare SDK echo app. */
export async function benchTeams(): Promise<Record<string, string | number>> {
  const [keys, connector] = await Promise.all([startKeyServer(), startFakeConnector()]);
  const outbound = await new SignJWT({ appid: APP_ID }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode('bench'));
  const config = { appId: APP_ID, token: () => outbound, openIdMetadataUrl: keys.metadataUrl, tokenIssuer: keys.issuer };
  const { web, fixed } = await secbotApps(config);
  const secbot = await listen(web);
  const adapterOnly = await listen(fixed);
  const bare = await listen(await bareEchoApp(config));
  try {
    const token = await keys.sign({ aud: APP_ID, serviceurl: connector.url }, { expiresIn: '1h' });
    const [secbotTimes, bareTimes, adapterTimes] = (await interleaved(RUNS, [
      () => roundTrip(secbot.url, token, connector, 'status DP096'),
      () => roundTrip(bare.url, token, connector, 'status DP096'),
      () => roundTrip(adapterOnly.url, token, connector, 'status DP096'),
    ])) as [Timing, Timing, Timing];
    return {
      'store': '2,000 proposals / 10,000 actions',
      'status DP096 → card at connector p50': ms(secbotTimes.p50),
      'status DP096 → card at connector p99': ms(secbotTimes.p99),
      'bare Teams SDK echo p50': ms(bareTimes.p50),
      'bare Teams SDK echo p99': ms(bareTimes.p99),
      'p50 ratio (target ≤ 2×)': `${(secbotTimes.p50 / bareTimes.p50).toFixed(2)}×`,
      'adapter only (same card, no dispatch) p50': ms(adapterTimes.p50),
      'status card message bytes': lastCardBytes,
    };
  } finally {
    await Promise.all([secbot.close(), adapterOnly.close(), bare.close(), keys.close(), connector.close()]);
  }
}

/** secbot on the big store, and the same adapter answering a precomputed reply (its own cost, without dispatch). */
async function secbotApps(config: Parameters<typeof createTeamsPlatform>[1]): Promise<{ web: express.Express; fixed: express.Express }> {
  const data = generateStore({ proposals: 2000, actions: 10_000 });
  const clock: Clock = { now: () => new Date('2024-03-05T10:00:00Z') };
  const store = createMemoryStore(data);
  const core = createCore({ store, clock, logger: silentLogger, changeTeam: [], holidays: {} });
  const reply = await core.dispatch({ text: 'status DP096', caller: { platform: 'teams', id: 'bench' } });
  const [web, fixed] = [express(), express()];
  await createTeamsPlatform({ dispatch: core.dispatch, store, clock, logger: silentLogger }, config).mount(web);
  await createTeamsPlatform({ dispatch: async () => reply, store, clock, logger: silentLogger }, config).mount(fixed);
  return { web, fixed };
}

/** The smallest Teams SDK bot: same auth, same connector, echoes the text. */
async function bareEchoApp(config: { appId: string; token: () => string; openIdMetadataUrl: string; tokenIssuer: string }): Promise<express.Express> {
  const web = express();
  const logger = toSdkLogger(silentLogger);
  const app = new App({ httpServerAdapter: new ExpressAdapter(web, { logger }), clientId: config.appId, clientSecret: '', token: config.token, cloud: toCloud(config), logger });
  app.on('message', async (ctx) => void (await ctx.send(ctx.activity.text)));
  await app.initialize();
  return web;
}

type Timing = { p50: number; p99: number };

/** Warm both up, then alternate them so machine noise and JIT warm-up hit both alike. */
async function interleaved(n: number, runs: (() => Promise<void>)[]): Promise<Timing[]> {
  for (let i = 0; i < 100; i++) for (const run of runs) await run();
  const samples = runs.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    for (const [j, run] of runs.entries()) {
      const start = performance.now();
      await run();
      samples[j]!.push(performance.now() - start);
    }
  }
  return samples.map((s) => ({ p50: percentile(s, 50), p99: percentile(s, 99) }));
}

/** POST one activity and wait until the bot's answer reaches the connector. */
async function roundTrip(url: string, token: string, connector: FakeConnector, text: string): Promise<void> {
  const arrived = new Promise<void>((resolve) => connector.onCall(() => resolve()));
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(message(connector.url, text)) });
  if (response.status !== 200) throw new Error(`the bot answered ${response.status}`);
  await arrived;
  lastCardBytes = Buffer.byteLength(JSON.stringify(connector.calls.at(-1)?.body ?? ''));
  connector.calls.length = 0;
}


async function listen(web: express.Express): Promise<{ url: string; close(): Promise<void> }> {
  const server = web.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchTeams());
}
