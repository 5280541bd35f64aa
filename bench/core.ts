import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dispatch } from '../src/core/dispatch';
import { renderText } from '../src/core/render-text';
import { silentLogger, type Clock } from '../src/core/ports';
import { createCore } from '../src/create-core';
import { consoleCaller } from '../src/platforms/console/run-console';
import { createMemoryStore } from '../storage/memory-store';
import type { StoreData } from '../storage/schema';
import { generateStore } from './fixtures/generate-store';
import { START_FLAGS } from './lib/bundle';
import { ms, percentile, timeIt } from './lib/stats';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Issue 2: dispatch+render p50/p99 on 2,000 proposals / 10,000 actions; cold start and RSS. */
export async function benchCore(): Promise<Record<string, string | number>> {
  const data = generateStore({ proposals: 2000, actions: 10_000 });
  const clock: Clock = { now: () => new Date('2024-03-05T10:00:00Z') };
  const core = createCore({ store: createMemoryStore(data), clock, logger: silentLogger, changeTeam: [], holidays: {} });
  const someRef = data.proposals[1234]!.ref;
  const results: Record<string, string | number> = {};
  const queries = {
    status: `status ${someRef}`,
    list: 'list',
    search: 'search smart meter alerts',
    'search (many hits)': 'search alert handling obligations',
    actions: 'actions open',
    'actions owner': 'actions all owner DCC',
  };
  for (const [name, text] of Object.entries(queries)) {
    const { p50, p99 } = await timeIt(500, async () => renderText(await core.dispatch({ text, caller: consoleCaller })));
    results[`${name} p50`] = ms(p50);
    results[`${name} p99 (target ≤ 2 ms)`] = ms(p99);
  }
  Object.assign(results, await afterWrites(core.dispatch, data, someRef));
  Object.assign(results, await coldStart(data, `status ${someRef}`));
  return results;
}

/**
 * Reads are served from indexes built once per store array; a write replaces the arrays it touches, so
 * the first read after it rebuilds what it needs. Timed here: `status`, then `actions open`, each right
 * after an `action update` (the actions array is new each time).
 */
async function afterWrites(dispatch: Dispatch, data: StoreData, ref: string): Promise<Record<string, string>> {
  const open = data.actions.filter((a) => a.status === 'Open').slice(0, 40);
  const samples: Record<'status' | 'actions', number[]> = { status: [], actions: [] };
  for (const [i, action] of open.entries()) {
    const answer = await dispatch({ text: `action update "${action.ref}" "bench note ${i}"`, caller: consoleCaller });
    if (answer.kind !== 'success') throw new Error(`the bench write failed: ${answer.title}`);
    const [name, text] = i % 2 === 0 ? (['status', `status ${ref}`] as const) : (['actions', 'actions open'] as const);
    const start = performance.now();
    renderText(await dispatch({ text, caller: consoleCaller }));
    samples[name].push(performance.now() - start);
  }
  return {
    'status, first read after a write, p50': ms(percentile(samples.status, 50)),
    'actions, first read after a write, p50': ms(percentile(samples.actions, 50)),
  };
}

/** Spawn `npm start`'s entry on a store file, time until the first reply, then read the process RSS. */
/** The first command is a real query, so the store, calendar and indexes are all exercised. */
async function coldStart(data: unknown, firstCommand: string): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-'));
  const file = join(dir, 'secbot.json');
  await writeFile(file, JSON.stringify(data));
  try {
    const start = performance.now();
    const child = spawn(process.execPath, [...START_FLAGS, join(repo, 'bin/secbot-start.js')], { env: { ...process.env, SECBOT_DATA: file }, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.write(`${firstCommand}\n`);
    await firstReply(child);
    const ready = performance.now() - start;
    const rss = await readRss(child.pid!);
    child.stdin.end();
    await new Promise((resolve) => child.once('exit', resolve));
    return { 'cold start to first reply (target ≤ 1 s)': ms(ready), 'RSS after first reply (target ≤ 120 MB)': `${(rss / 1024).toFixed(1)} MB` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function firstReply(child: ReturnType<typeof spawn>): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n\n')) resolve();
    });
    child.once('exit', () => reject(new Error(`the bot exited before answering: ${out.slice(0, 300)}`)));
  });
}

/** The node flags `npm start` uses (package.json scripts.start), so the bench measures what users run. */
async function readRss(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchCore());
