import type { StorePort, TransactMeta } from '../src/core/ports';
import { applyTransaction } from './apply-transaction';
import { deepFreeze } from './deep-freeze';
import { storeDataSchema, type StoreData } from './schema';
import { createSerialQueue } from './serial-queue';

/**
 * A store that keeps the document in memory: the demo mode of the console (nothing is saved) and a
 * stand-in where a file is not the point. Transactions run exactly as in the file store (same draft,
 * validation, audit and frozen result), so a command that works here works on the file.
 */
export function createMemoryStore(initial: StoreData, clock: () => Date = () => new Date()): StorePort {
  let current = deepFreeze(storeDataSchema.parse(initial));
  const queue = createSerialQueue();
  return {
    read: () => current,
    transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T> {
      return queue.run(() => {
        const { result, next } = applyTransaction(current, meta, mutate, clock());
        if (next) current = next;
        return result;
      });
    },
  };
}
