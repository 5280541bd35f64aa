import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { silentLogger, systemClock } from '../src/core/ports';
import { createCore } from '../src/create-core';
import { createNotifier } from '../src/notify/notifier';
import { createSlackPlatform } from '../src/platforms/slack';
import { openStore } from '../storage/file-store';
import { startFakeSlack, FAKE_BOT_TOKEN } from '../test/e2e/slack/support/fake-slack';
import { ms, percentile } from './lib/stats';
import { BENCH_SIGNING_SECRET, listen, timedSlash as timed } from './lib/slash-command';

/**
 * The measured process of the Slack-with-history benchmark (bench/slack-history.ts): the bot as
 * `npm start` runs it (bundled by esbuild, its node flags), the fake Slack server and the client.
 * Prints one JSON line of results.
 */
const SECRET = BENCH_SIGNING_SECRET;
const CHANGES = 2500;
const MIXED = 10_000;
const STATUS = 1000;

async function run(file: string): Promise<Record<string, string | number>> {
  const fake = await startFakeSlack();
  try {
    const started = performance.now();
    const store = await openStore({ file });
    const coldStart = performance.now() - started;
    void store.warmHistory();
    const core = createCore({ store, clock: systemClock, logger: silentLogger, changeTeam: ['slack:U1'], holidays: {} });
    const platform = createSlackPlatform({ dispatch: core.dispatch, store, clock: systemClock, calendar: core.calendar, logger: silentLogger }, { botToken: FAKE_BOT_TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const web = express();
    platform.mount(web);
    const server = await listen(web);
    await platform.start();
    const notifier = createNotifier({ store, messengers: [platform.messenger], clock: systemClock, calendar: core.calendar, logger: silentLogger });
    notifier.start();
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const refs = store.read().actions.map((a) => a.ref);
    const statusText = `status ${store.read().proposals[1234]!.ref}`;
    const changes: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const due = new Date(Date.UTC(2027, i % 12, 1 + (i % 27))).toISOString().slice(0, 10);
      changes.push(await timed(url, `action due ${refs[(i * 7919) % refs.length]} ${due}`, agent));
    }
    const rssAfterChanges = process.memoryUsage().rss;
    const status: number[] = [];
    for (let i = 0; i < STATUS; i++) status.push(await timed(url, statusText, agent));
    const history: number[] = [];
    for (let i = 0; i < 300; i++) {
      const start = performance.now();
      store.auditOf([{ collection: 'actions', id: refs[(i * 31) % refs.length]! }]);
      history.push(performance.now() - start);
    }
    const mixed = [statusText, 'list', 'actions open', 'search smart meter'];
    for (let i = 0; i < MIXED; i++) {
      const text = i % 5 === 4 ? `action update ${refs[(i * 104_729) % refs.length]} mixed ${i}` : mixed[i % 4]!;
      await timed(url, text, agent);
    }
    loop.disable();
    const tenth = CHANGES / 10;
    const first = percentile(changes.slice(0, tenth), 50);
    const last = percentile(changes.slice(-tenth), 50);
    const rss = process.memoryUsage().rss;
    const delay = loop.percentile(99) / 1e6;
    const statusP99 = percentile(status, 99);
    agent.destroy();
    await notifier.stop();
    await platform.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
    return {
      store: '2,000 proposals / 10,000 actions + 2 years of history (journal, outbox, ledger), notifier running',
      'cold start: open the store (target ≤ 500 ms)': ms(coldStart),
      [`${CHANGES} action due over HTTP: first tenth p50`]: ms(first),
      'last tenth p50 ÷ first tenth (target ≤ 1.25×)': ratio(last / first, 1.25),
      'RSS after the changes (target ≤ 150 MB)': mbCheck(rssAfterChanges),
      '/sec status p99 (target ≤ 20 ms)': check(statusP99, 20),
      'history of an action p99 (target ≤ 2 ms)': check(percentile(history, 99), 2),
      'event-loop delay p99 over the run (target ≤ 10 ms)': check(delay, 10),
      [`RSS after ${MIXED} more mixed commands (target ≤ 150 MB)`]: mbCheck(rss),
    };
  } finally {
    await fake.close();
  }
}

const ratio = (value: number, target: number) => `${value.toFixed(2)}× ${value <= target ? 'ok' : 'MISSED'}`;
const check = (value: number, target: number) => `${ms(value)} ${value <= target ? 'ok' : 'MISSED'}`;
const mbCheck = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB ${bytes <= 150e6 ? 'ok' : 'MISSED'}`;


console.log(JSON.stringify(await run(process.argv[2]!)));
process.exit(0);
