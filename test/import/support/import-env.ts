import type { StorePort } from '../../../src/core/ports';
import { createCalendar } from '../../../src/domain/calendar';
import { withProcessRules } from '../../../src/domain/record/with-process-rules';
import { runImport } from '../../../src/import/run-import';

export const calendar = createCalendar();
/** Tuesday 22 Aug 2023, 10:00 in London. */
export const clock = { now: () => new Date('2023-08-22T09:00:00Z') };

export function importFiles(store: StorePort, files: string[], options: { dryRun?: boolean; json?: boolean } = {}) {
  // As `npx secbot import` does (src/open-data.ts): every import is replayed through the SEC process rules.
  return runImport({ files, dryRun: options.dryRun ?? false, json: options.json ?? false, store: withProcessRules(store, { clock, calendar }), clock, calendar, actor: 'operator' });
}

/** Counts transactions, to show that one import is one transaction. */
export function countingStore(store: StorePort): StorePort & { transactions: number } {
  const counting = {
    transactions: 0,
    read: () => store.read(),
    transact: <T>(meta: Parameters<StorePort['transact']>[0], mutate: (draft: ReturnType<StorePort['read']> & object) => T) => {
      counting.transactions++;
      return store.transact(meta, mutate as never) as Promise<T>;
    },
  };
  return counting as StorePort & { transactions: number };
}
