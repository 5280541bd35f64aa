import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import express from 'express';
import { silentLogger, systemClock } from '../src/core/ports';
import { createCore } from '../src/create-core';
import { createNotifier } from '../src/notify/notifier';
import { createSlackPlatform } from '../src/platforms/slack';
import { openStore } from '../storage/file-store';
import { startFakeSlack, FAKE_BOT_TOKEN } from '../test/e2e/slack/support/fake-slack';
import { generateStore } from './fixtures/generate-store';
import { writeStoreWithHistory } from './fixtures/generate-history';
import { ms, percentile } from './lib/stats';
import { BENCH_SIGNING_SECRET, listen, timedSlash as timed } from './lib/slash-command';

const SECRET = BENCH_SIGNING_SECRET;
const CHANGES = 2500;
const MIXED = 10_000;
const STATUS = 1000;

/**
 * Issue 12, through the bot over Slack HTTP on a store with two years of history, with the notifier
 * running: 2,500 changes in a row (first vs last tenth), `/sec status` and event-loop delay, then
 * 10,000 mixed commands; RSS at the end. Runs in its own process (`npm start`'s node flags) so RSS is its own.
 */
export async function benchSlackHistory(): Promise<Record<string, string | number>> {
  const script = fileURLToPath(import.meta.url);
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-slack-history-'));
  const file = join(dir, 'secbot.json');
  try {
    // Generated here, so the measured process holds only what the bot itself loads.
    await writeStoreWithHistory(file, generateStore({ proposals: 2000, actions: 10_000 }), 730, systemClock.now());
    return await new Promise((resolve, reject) => {
      execFile(process.execPath, ['--max-semi-space-size=4', '--import', 'tsx', script, '--child', file], { maxBuffer: 1e6, timeout: 1_800_000 }, (error, stdout) => {
        if (error) reject(error);
        else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!));
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

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


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const child = process.argv.indexOf('--child');
  if (child !== -1) console.log(JSON.stringify(await run(process.argv[child + 1]!)));
  else console.table(await benchSlackHistory());
  process.exit(0);
}
