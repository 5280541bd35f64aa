import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { systemClock } from '../src/core/ports';
import { startFakeSlack } from '../test/e2e/slack/support/fake-slack';
import { generateStore } from './fixtures/generate-store';
import { writeStoreWithHistory } from './fixtures/generate-history';
import { HEAP_GROWING_PERCENT } from '../src/heap-tuning';
import { bundleForBench, START_FLAGS } from './lib/bundle';
import { timedSlash } from './lib/slash-command';
import { ms, percentile } from './lib/stats';
import type { ChildMessage, Memory } from './slack-bot-child';

const CHANGES = 2500;
const MIXED = 10_000;
const STATUS = 1000;
const STORES: [label: string, days: number][] = [['bench store, no history', 0], ['bench store + 2 years of history', 730]];

/**
 * Issue 12, through the bot over Slack HTTP with the notifier running, on the bench store (2,000
 * proposals, 10,000 actions) without and with two years of history (journal, outbox, ledger): 2,500
 * changes in a row (first vs last tenth), `/sec status` and event-loop delay, `history`, then 10,000
 * mixed commands; the bot's RSS after the changes and at the end. The bot runs alone in its own
 * process (slack-bot-child.ts, bundled, `npm start`'s node flags); this process is Slack and the users.
 */
export async function benchSlackHistory(): Promise<Record<string, string | number>> {
  const child = await bundleForBench(fileURLToPath(new URL('./slack-bot-child.ts', import.meta.url)));
  const out: Record<string, string | number> = { 'bot process node flags (npm start), then': `${START_FLAGS.join(' ')}; --heap-growing-percent=${HEAP_GROWING_PERCENT} once the store is open` };
  for (const [label, days] of STORES) {
    const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-slack-history-'));
    const file = join(dir, 'secbot.json');
    try {
      await writeStoreWithHistory(file, generateStore({ proposals: 2000, actions: 10_000 }), days, systemClock.now());
      for (const [key, value] of Object.entries(await runAgainstBot(child, file))) out[`${label}: ${key}`] = value;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return out;
}

async function runAgainstBot(bundle: string, file: string): Promise<Record<string, string>> {
  const fake = await startFakeSlack();
  const bot = fork(bundle, [file, fake.apiUrl], { execArgv: START_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const ready = await reply(bot, undefined, 'ready');
    const url = new URL(`http://127.0.0.1:${ready.port}/slack/events`);
    const refs = ready.actionRefs;
    const changes: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const due = new Date(Date.UTC(2027, i % 12, 1 + (i % 27))).toISOString().slice(0, 10);
      changes.push(await timedSlash(url, `action due ${refs[(i * 7919) % refs.length]} ${due}`, agent));
    }
    const afterChanges = await reply(bot, 'rss', 'rss');
    const statusText = `status ${ready.statusRef}`;
    const status: number[] = [];
    for (let i = 0; i < STATUS; i++) status.push(await timedSlash(url, statusText, agent));
    const history = await reply(bot, 'history', 'history');
    const mixed = [statusText, 'list', 'actions open', 'search smart meter'];
    for (let i = 0; i < MIXED; i++) {
      const text = i % 5 === 4 ? `action update ${refs[(i * 104_729) % refs.length]} mixed ${i}` : mixed[i % 4]!;
      await timedSlash(url, text, agent);
    }
    const end = await reply(bot, 'finish', 'finish');
    const tenth = CHANGES / 10;
    const first = percentile(changes.slice(0, tenth), 50);
    const last = percentile(changes.slice(-tenth), 50);
    return {
      'cold start: open the store (target ≤ 500 ms)': check(ready.coldStartMs, 500),
      'bot memory once started': breakdown(ready.memory),
      [`${CHANGES} action due: first tenth p50`]: ms(first),
      'last tenth p50 ÷ first tenth (target ≤ 1.25×)': `${(last / first).toFixed(2)}× ${last / first <= 1.25 ? 'ok' : 'MISSED'}`,
      'bot RSS after the changes (target ≤ 150 MB)': mbCheck(afterChanges.rss),
      'bot memory after the changes': breakdown(afterChanges.memory),
      '/sec status p99 (target ≤ 20 ms)': check(percentile(status, 99), 20),
      'history of an action p99 (target ≤ 2 ms)': check(history.p99, 2),
      'event-loop delay p99 over the run (target ≤ 10 ms)': check(end.loopP99, 10),
      'full garbage collections over the run': String(end.fullGcs),
      [`bot RSS after ${MIXED} more mixed commands (target ≤ 150 MB)`]: mbCheck(end.rss),
      'bot memory at the end': breakdown(end.memory),
    };
  } finally {
    agent.destroy();
    bot.kill();
    await fake.close();
  }
}

/** Sends `ask` (if any) and waits for the bot's message of `kind`. */
function reply<K extends ChildMessage['kind']>(bot: ChildProcess, ask: string | undefined, kind: K): Promise<Extract<ChildMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.kind !== kind) return;
      bot.off('message', onMessage).off('exit', onExit);
      resolve(message as Extract<ChildMessage, { kind: K }>);
    };
    const onExit = (code: number | null) => reject(new Error(`the bot process exited (${code}) before answering "${kind}"`));
    bot.on('message', onMessage).on('exit', onExit);
    if (ask) bot.send({ kind: ask });
  });
}

const check = (value: number, target: number) => `${ms(value)} ${value <= target ? 'ok' : 'MISSED'}`;
const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
const breakdown = (m: Memory) => `RSS ${mb(m.rss)} MB: V8 heap ${mb(m.heapUsed)} used of ${mb(m.heapTotal)}, off-heap ${mb(m.external)}, rest ${mb(m.rss - m.heapTotal - m.external)} (code, Node, malloc)`;
const mbCheck = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB ${bytes <= 150e6 ? 'ok' : 'MISSED'}`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchSlackHistory());
  process.exit(0);
}
