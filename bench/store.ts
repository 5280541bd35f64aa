import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionWithRef } from '../src/domain/queries/find-action';
import { proposalWithRef } from '../src/domain/queries/proposal-index';
import { initStore, openStore, type FileStore } from '../storage/file-store';
import { generateStore } from './fixtures/generate-store';
import { writeStoreWithHistory } from './fixtures/generate-history';
import { openDurableFloors, type DurableFloors } from './lib/floors';
import { ms, percentile, timeIt } from './lib/stats';

const RUNS = 300;
const ROUND = 25;
const WARM_UP = 500;

type Mutation = (store: FileStore, i: number) => Promise<unknown>;

/** The kinds of change commands make, on entities spread over the whole store, found as commands find them. */
const mutations: Mutation[] = [
  (store, i) => {
    const ref = store.read().actions[(i * 7919) % store.read().actions.length]!.ref;
    return store.transact({ actor: 'slack:U1', command: `action close ${ref}` }, (d) => {
      const action = actionWithRef(d, ref)!;
      action.status = action.status === 'Open' ? 'Closed' : 'Open';
    });
  },
  (store, i) => {
    const ref = store.read().actions[(i * 104_729) % store.read().actions.length]!.ref;
    return store.transact({ actor: 'slack:U1', command: `action update ${ref}` }, (d) => {
      actionWithRef(d, ref)!.updates.push({ on: '2024-03-05', text: `Bench update ${i}`, by: 'bench' });
    });
  },
  (store, i) => {
    const ref = store.read().proposals[(i * 31) % store.read().proposals.length]!.ref;
    return store.transact({ actor: 'operator', command: `advance ${ref} report` }, (d) => {
      const proposal = proposalWithRef(d, ref)!;
      proposal.stage = 'Report Phase';
      proposal.stageHistory.push({ stage: 'Report Phase', on: '2024-03-05', source: 'bench' });
    });
  },
  (store, i) =>
    store.transact({ actor: 'operator', command: 'consultation add' }, (d) => {
      d.consultations.push({ id: `bench-${i}`, proposal: 'MP100', kind: 'report', opens: '2024-03-05', closes: '2024-03-26T17:00:00Z', source: 'bench' });
    }),
];

const HISTORIES: [label: string, days: number][] = [['no history', 0], ['1 month', 30], ['1 year', 365], ['2 years', 730]];
const END = new Date('2024-03-05T00:00:00Z');

/**
 * Issue 12: a persisted mutation on the bench store (2,000 proposals, 10,000 actions) with 0, 1 month,
 * 1 year and 2 years of history (journal, outbox, ledger), next to the disk's floors measured in the
 * same run: an fsync'd 200-byte append, and SQLite (WAL, synchronous=FULL) making the same change durable.
 */
export async function benchStore(): Promise<Record<string, string | number>> {
  const base = generateStore({ proposals: 2000, actions: 10_000, consultations: 500 });
  const floors = await openDurableFloors(base);
  const out: Record<string, string | number> = {};
  const p50s: number[] = [];
  /** Each store's mutation p50 over the append floor measured beside it, so disk drift between stores cancels. */
  const overFloor: number[] = [];
  let floorP50s = { append: Number.NaN, sqlite: Number.NaN };
  try {
    for (const [label, days] of HISTORIES) {
      const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-store-'));
      const file = join(dir, 'secbot.json');
      try {
        const history = days ? await writeStoreWithHistory(file, base, days, END) : (await initStore(file, base), { lines: 0, bytes: 0 });
        const open = await timeOpen(file);
        const store = await openStore({ file });
        const timed = await interleaved(store, floors);
        const ref = store.read().actions[4321]!.ref;
        const historyTimes = await timeIt(300, () => store.auditOf([{ collection: 'actions', id: ref }]));
        await store.close();
        p50s.push(timed.mutation.p50);
        overFloor.push(timed.mutation.p50 / timed.append);
        if (!days) floorP50s = { append: timed.append, sqlite: timed.sqlite };
        out[`${label}: snapshot / journal`] = `${mb((await stat(file)).size)} / ${mb(history.bytes)} (${history.lines} audit lines)`;
        out[`${label}: persisted mutation p50 / p99`] = `${ms(timed.mutation.p50)} / ${ms(timed.mutation.p99)}`;
        out[`${label}: open (cold start of the store) p50 (target ≤ 500 ms)`] = ms(open);
        out[`${label}: history of one action, p99 (target ≤ 2 ms)`] = ms(historyTimes.p99);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await floors.close();
  }
  const none = p50s[0]!;
  out['floor: durable append of 200 bytes (O_DSYNC write), p50'] = ms(floorP50s.append);
  out['floor: SQLite WAL synchronous=FULL, same change durable, p50'] = ms(floorP50s.sqlite);
  out['mutation p50 ÷ fsync-append floor (target ≤ 3×)'] = ratio(none / floorP50s.append, 3);
  out['mutation p50 ÷ SQLite WAL (target ≤ 2×)'] = ratio(none / floorP50s.sqlite, 2);
  out['2 years ÷ no history, mutation p50, raw'] = `${(p50s.at(-1)! / none).toFixed(2)}×`;
  out['2 years ÷ no history, each over its own floor (target ≤ 1.2×)'] = ratio(overFloor.at(-1)! / overFloor[0]!, 1.2);
  return out;
}

/**
 * The store's mutations and the two floors in alternating rounds of 25, so all three see the same disk:
 * on a shared machine its speed drifts by a third within a minute, which would otherwise land in the ratios.
 */
async function interleaved(store: FileStore, floors: DurableFloors) {
  const mutation: number[] = [];
  const append: number[] = [];
  const sqlite: number[] = [];
  // A running bot's code is long warmed up: without this, whichever store is measured first pays the JIT's warm-up.
  for (let i = 0; i < WARM_UP; i++) await mutations[i % mutations.length]!(store, i);
  for (let i = 0; i < 50; i++) floors.append(), floors.sqlite(i);
  for (let round = 0; round * ROUND < RUNS; round++) {
    for (let k = 0; k < ROUND; k++) {
      const i = WARM_UP + round * ROUND + k;
      const start = performance.now();
      await mutations[i % mutations.length]!(store, i);
      mutation.push(performance.now() - start);
    }
    for (let k = 0; k < ROUND; k++) append.push(floors.append());
    for (let k = 0; k < ROUND; k++) sqlite.push(floors.sqlite(round * ROUND + k));
  }
  return { mutation: { p50: percentile(mutation, 50), p99: percentile(mutation, 99) }, append: percentile(append, 50), sqlite: percentile(sqlite, 50) };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ratio = (value: number, target: number) => `${value.toFixed(2)}× ${value <= target ? 'ok' : 'MISSED'}`;

async function timeOpen(file: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const store = await openStore({ file });
    samples.push(performance.now() - start);
    await store.close();
  }
  return percentile(samples, 50);
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchStore());
