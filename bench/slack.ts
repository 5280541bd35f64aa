import { Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { App, ExpressReceiver } from '@slack/bolt';
import type { Dispatch } from '../src/core/dispatch';
import { silentLogger, type Clock } from '../src/core/ports';
import { createCore } from '../src/create-core';
import { createSlackPlatform } from '../src/platforms/slack';
import { createWebServer } from '../src/web-server';
import { toBoltLogger } from '../src/platforms/slack/bolt-logger';
import { createMemoryStore } from '../storage/memory-store';
import type { StoreData } from '../storage/schema';
import { startFakeSlack, FAKE_BOT_TOKEN } from '../test/e2e/slack/support/fake-slack';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile } from './lib/stats';
import { BENCH_SIGNING_SECRET, listen, timedSlash as timed } from './lib/slash-command';

const SECRET = BENCH_SIGNING_SECRET;
const RUNS = 1000;
const WARM_UP = 100;

/**
 * Issue 3: a signed `/sec status DP096` over loopback HTTP, timed from sending until the answer is back
 * in the ack body, next to a bare Bolt app that acks an empty command; both in the same run, interleaved.
 */
export async function benchSlack(): Promise<Record<string, string | number>> {
  const fake = await startFakeSlack();
  const dispatchTimes: number[] = [];
  const ours = await startOurs(withDp096(generateStore({ proposals: 2000, actions: 10_000 })), fake.apiUrl, dispatchTimes);
  const bare = await startBare(fake.apiUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const samples = { ours: [] as number[], bare: [] as number[], tiny: [] as number[] };
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const a = await timed(ours.url, 'status DP096', agent, (body) => body.includes('MP096') || body.includes('DP096'));
      const b = await timed(bare.url, '', agent, () => true);
      const c = await timed(ours.url, 'statsu', agent, (body) => body.includes('statsu'));
      if (i >= WARM_UP) samples.ours.push(a), samples.bare.push(b), samples.tiny.push(c);
    }
    const statusDispatch = dispatchTimes.filter((_, i) => i % 2 === 0).slice(WARM_UP);
    return report(samples.ours, samples.bare, samples.tiny, statusDispatch);
  } finally {
    agent.destroy();
    await Promise.all([ours.close(), bare.close()]);
    await fake.close();
  }
}

function report(ours: number[], bare: number[], tiny: number[], dispatch: number[]): Record<string, string | number> {
  const [op50, op99, bp50, bp99] = [percentile(ours, 50), percentile(ours, 99), percentile(bare, 50), percentile(bare, 99)];
  return {
    'store': '2,000 proposals / 10,000 actions',
    'requests (each)': RUNS,
    '/sec status DP096 answer p50': ms(op50),
    '/sec status DP096 answer p99 (target < 20 ms)': `${ms(op99)} ${op99 < 20 ? 'ok' : 'MISSED'}`,
    'bare Bolt ack p50': ms(bp50),
    'bare Bolt ack p99': ms(bp99),
    'answer p50 ÷ bare p50 (target ≤ 2×)': `${(op50 / bp50).toFixed(2)}× ${op50 <= 2 * bp50 ? 'ok' : 'MISSED'}`,
    'of which core dispatch of status, p50 (in the server)': ms(percentile(dispatch, 50)),
    'adapter alone: /sec statsu (tiny dispatch) p50': `${ms(percentile(tiny, 50))} (${(percentile(tiny, 50) / bp50).toFixed(2)}× bare)`,
    'adapter alone p99': ms(percentile(tiny, 99)),
  };
}

/** The generated store has MP096 converted from DP096 (so `status DP096` answers MP096); otherwise add one. */
function withDp096(data: StoreData): StoreData {
  if (data.proposals.some((p) => p.ref === 'DP096' || p.draftRef === 'DP096')) return data;
  const template = data.proposals.find((p) => p.ref.startsWith('DP'))!;
  return { ...data, proposals: [...data.proposals, { ...template, ref: 'DP096', title: 'DNO Power Outage Alerts', children: [], parent: undefined }] };
}

async function startOurs(data: StoreData, apiUrl: string, dispatchTimes: number[]) {
  const clock: Clock = { now: () => new Date('2024-03-05T10:00:00Z') };
  const store = createMemoryStore(data);
  const core = createCore({ store, clock, logger: silentLogger, changeTeam: [], holidays: {} });
  const dispatch: Dispatch = async (invocation) => {
    const start = performance.now();
    const reply = await core.dispatch(invocation);
    dispatchTimes.push(performance.now() - start);
    return reply;
  };
  const platform = createSlackPlatform({ dispatch, store, clock, calendar: core.calendar, logger: silentLogger }, { botToken: FAKE_BOT_TOKEN, signingSecret: SECRET, apiUrl, retryConfig: { retries: 0 } });
  const web = createWebServer(() => ({ ok: true }));
  platform.mount(web.app);
  const port = await web.listen(0);
  await platform.start();
  return { url: new URL(`http://127.0.0.1:${port}/slack/events`), close: async () => (await platform.stop(), await web.close()) };
}

async function startBare(apiUrl: string) {
  const receiver = new ExpressReceiver({ signingSecret: SECRET, logger: toBoltLogger(silentLogger) });
  const app = new App({ token: FAKE_BOT_TOKEN, receiver, logger: toBoltLogger(silentLogger), clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } } });
  app.command('/sec', async ({ ack }) => ack());
  const server = await listen(receiver.app);
  return { url: urlOf(server), close: () => closeServer(server) };
}


const urlOf = (server: Server) => new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`);
const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchSlack());
  process.exit(0);
}
