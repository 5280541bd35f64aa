import { createCalendar } from '../src/domain/calendar';
import { replayContext } from '../src/domain/record/replay-context';
import { replayRecord } from '../src/domain/record/replay-record';
import { withProcessRules } from '../src/domain/record/with-process-rules';
import { createMemoryStore } from '../storage/memory-store';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile } from './lib/stats';

const RUNS = 2000;

/**
 * Issue 21: what replaying records through the process rules costs. Every proposal of the bench store
 * (2,000 proposals, 10,000 actions) is replayed once; then changes to a proposal and to an action are made
 * through the same store with and without the rules, interleaved, so machine noise falls on both alike.
 */
export async function benchRecordRules(): Promise<Record<string, string | number>> {
  const data = generateStore({ proposals: 2000, actions: 10_000, consultations: 500 });
  const calendar = createCalendar();
  const today = '2024-03-05';
  const replays: number[] = [];
  let refused = 0;
  for (const p of data.proposals) {
    const start = performance.now();
    const replay = replayRecord(p, replayContext(data, p, today, calendar));
    replays.push(performance.now() - start);
    if (replay.problem) refused++;
  }
  const clock = { now: () => new Date(`${today}T10:00:00Z`) };
  const bare = createMemoryStore(data, clock.now);
  const ruled = withProcessRules(createMemoryStore(data, clock.now), { clock, calendar });
  const valid = data.proposals.filter((p) => !replayRecord(p, replayContext(data, p, today, calendar)).problem).map((p) => p.ref);
  const edit = (i: number) => (d: typeof data) => void (d.proposals.find((p) => p.ref === valid[i % valid.length])!.title = `Bench title ${i}`);
  const update = (i: number) => (d: typeof data) => void d.actions[(i * 7919) % d.actions.length]!.updates.push({ on: today, text: `u${i}`, by: 'bench' });
  const times = { bare: { edit: [] as number[], update: [] as number[] }, ruled: { edit: [] as number[], update: [] as number[] } };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, store] of [['bare', bare], ['ruled', ruled]] as const) {
      let start = performance.now();
      await store.transact({ actor: 'bench', command: 'proposal edit' }, edit(i));
      times[name].edit.push(performance.now() - start);
      start = performance.now();
      await store.transact({ actor: 'bench', command: 'action update' }, update(i));
      times[name].update.push(performance.now() - start);
    }
  }
  const p50 = (xs: number[]) => percentile(xs.slice(RUNS / 10), 50);
  return {
    'replay of one record p50 / p99 / max (2,000 proposals)': `${ms(percentile(replays, 50))} / ${ms(percentile(replays, 99))} / ${ms(Math.max(...replays))}`,
    'records the rules refuse in the generated store': `${refused} of ${data.proposals.length} (random histories)`,
    'proposal change p50: with rules / without (ratio)': `${ms(p50(times.ruled.edit))} / ${ms(p50(times.bare.edit))} (${(p50(times.ruled.edit) / p50(times.bare.edit)).toFixed(2)}×)`,
    'action change p50: with rules / without (ratio)': `${ms(p50(times.ruled.update))} / ${ms(p50(times.bare.update))} (${(p50(times.ruled.update) / p50(times.bare.update)).toFixed(2)}×)`,
  };
}
