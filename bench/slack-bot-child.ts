import { constants, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { silentLogger, systemClock } from '../src/core/ports';
import { createCore } from '../src/create-core';
import { tuneHeapForLongRun } from '../src/heap-tuning';
import { loadBankHolidayTable } from '../src/load-holidays';
import { createNotifier } from '../src/notify/notifier';
import { createSlackPlatform } from '../src/platforms/slack';
import { openStore } from '../storage/file-store';
import { FAKE_BOT_TOKEN } from '../test/e2e/slack/support/fake-slack';
import { percentile } from './lib/stats';
import { BENCH_SIGNING_SECRET } from './lib/slash-command';
import { createWebServer } from '../src/web-server';

/**
 * The measured process of the Slack benchmark with history (bench/slack-history.ts): only the bot, as
 * `npm start` runs it (bundled, its node flags, the heap tuning main() applies), with the notifier running. The fake Slack server and
 * the client that sends the commands live in the parent, so this process's RSS is the bot's own.
 * Talks to the parent over IPC: "ready" with its port, then answers "rss", "history" and "finish".
 */
/** Where the process's memory is: RSS, and inside it V8's heap (used / reserved) and memory outside the heap (buffers). */
export interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export type ChildMessage =
  | { kind: 'ready'; port: number; coldStartMs: number; actionRefs: string[]; statusRef: string; memory: Memory }
  | { kind: 'rss'; rss: number; memory: Memory }
  | { kind: 'history'; p99: number }
  | { kind: 'finish'; rss: number; loopP99: number; memory: Memory; fullGcs: number };

function memory(): Memory {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
}

const [file, apiUrl] = process.argv.slice(2) as [string, string];
const send = (message: ChildMessage) => process.send!(message);

const started = performance.now();
const store = await openStore({ file });
const coldStartMs = performance.now() - started;
tuneHeapForLongRun(); // as main() does once the store is open
void store.warmHistory();
const core = createCore({ store, clock: systemClock, logger: silentLogger, changeTeam: ['slack:U1'], holidays: {}, holidayTable: loadBankHolidayTable() });
const platform = createSlackPlatform({ dispatch: core.dispatch, store, clock: systemClock, calendar: core.calendar, logger: silentLogger }, { botToken: FAKE_BOT_TOKEN, signingSecret: BENCH_SIGNING_SECRET, apiUrl, retryConfig: { retries: 0 } });
// The bot's own HTTP server (src/web-server.ts), as main() creates it.
const web = createWebServer(() => ({ ok: true }));
platform.mount(web.app);
const port = await web.listen(0);
await platform.start();
const notifier = createNotifier({ store, messengers: [platform.messenger], clock: systemClock, calendar: core.calendar, logger: silentLogger });
notifier.start();
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
// Full (mark-compact) collections: what garbage surviving into the old generation costs.
let fullGcs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullGcs++;
}).observe({ entryTypes: ['gc'] });

process.on('message', async (message: { kind: string }) => {
  if (message.kind === 'rss') send({ kind: 'rss', rss: process.memoryUsage().rss, memory: memory() });
  if (message.kind === 'history') {
    const refs = store.read().actions.map((a) => a.ref);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const start = performance.now();
      store.auditOf([{ collection: 'actions', id: refs[(i * 31) % refs.length]! }]);
      times.push(performance.now() - start);
    }
    send({ kind: 'history', p99: percentile(times, 99) });
  }
  if (message.kind === 'finish') {
    loop.disable();
    send({ kind: 'finish', rss: process.memoryUsage().rss, loopP99: loop.percentile(99) / 1e6, memory: memory(), fullGcs });
    await notifier.stop();
    await platform.stop();
    await web.close();
    await store.close();
    process.exit(0);
  }
});

const data = store.read();
send({ kind: 'ready', port, coldStartMs, actionRefs: data.actions.map((a) => a.ref), statusRef: data.proposals[Math.min(1234, data.proposals.length - 1)]!.ref, memory: memory() });
