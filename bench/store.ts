import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initStore, openStore, type FileStore } from '../storage/file-store';
import { storeDataSchema, type StoreData } from '../storage/schema';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile, timeIt } from './lib/stats';

type Mutation = (store: FileStore, i: number) => Promise<unknown>;

/** The kinds of change commands make, on entities spread over the whole store. */
const mutations: Mutation[] = [
  (store, i) => {
    const ref = store.read().actions[(i * 7919) % store.read().actions.length]!.ref;
    return store.transact({ actor: 'slack:U1', command: `action close ${ref}` }, (d) => {
      const action = d.actions.find((a) => a.ref === ref)!;
      action.status = action.status === 'Open' ? 'Closed' : 'Open';
    });
  },
  (store, i) => {
    const ref = store.read().actions[(i * 104_729) % store.read().actions.length]!.ref;
    return store.transact({ actor: 'slack:U1', command: `action update ${ref}` }, (d) => {
      d.actions.find((a) => a.ref === ref)!.updates.push({ on: '2024-03-05', text: `Bench update ${i}`, by: 'bench' });
    });
  },
  (store, i) => {
    const ref = store.read().proposals[(i * 31) % store.read().proposals.length]!.ref;
    return store.transact({ actor: 'operator', command: `advance ${ref} report` }, (d) => {
      const proposal = d.proposals.find((p) => p.ref === ref)!;
      proposal.stage = 'Report Phase';
      proposal.stageHistory.push({ stage: 'Report Phase', on: '2024-03-05', source: 'bench' });
    });
  },
  (store, i) =>
    store.transact({ actor: 'operator', command: 'consultation add' }, (d) => {
      d.consultations.push({ id: `bench-${i}`, proposal: 'MP100', kind: 'report', opens: '2024-03-05', closes: '2024-03-26T17:00:00Z', source: 'bench' });
    }),
];

/** Issue 2: a persisted mutation on a ~5 MB store (target p50 ≤ 25 ms), and the time to open it. */
export async function benchStore(): Promise<Record<string, string | number>> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-store-'));
  const file = join(dir, 'secbot.json');
  try {
    const data = generateStore({ proposals: 2000, actions: 10_000, consultations: 500 });
    await initStore(file, data);
    const size = (await stat(file)).size;
    const open = await timeOpen(file);
    const store = await openStore({ file });
    const { p50, p99 } = await timeIt(200, (i) => mutations[i % mutations.length]!(store, i));
    await store.close();
    return {
      'store file': `${(size / 1e6).toFixed(2)} MB (${data.proposals.length} proposals, ${data.actions.length} actions, ${data.consultations.length} consultations)`,
      'persisted mutation p50 (target ≤ 25 ms)': ms(p50),
      'persisted mutation p99': ms(p99),
      'open: read + validate + lock, p50': ms(open),
      'whole-document zod validation (not on the write path)': ms(await timeWholeValidation(data)),
      'file after the run': `${((await stat(file)).size / 1e6).toFixed(2)} MB`,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

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

async function timeWholeValidation(data: StoreData): Promise<number> {
  return (await timeIt(5, () => storeDataSchema.parse(data))).p50;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchStore());
