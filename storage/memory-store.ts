import type { StorePort, TransactMeta } from '../src/core/ports';
import { applyTransaction } from './apply-transaction';
import { auditRefs, refKey, type AuditRef } from './audit-refs';
import { deepFreeze } from './deep-freeze';
import { storeDataSchema, type AuditEntry, type StoreData } from './schema';
import { createSerialQueue } from './serial-queue';

/**
 * A store that keeps the document in memory: the demo mode of the console (nothing is saved) and a
 * stand-in where a file is not the point. Transactions run exactly as in the file store (same draft,
 * validation, audit and frozen result), so a command that works here works on the file.
 */
export function createMemoryStore(initial: StoreData, clock: () => Date = () => new Date()): StorePort {
  let current = deepFreeze(storeDataSchema.parse(initial));
  const audit: { entry: AuditEntry; refs: string[] }[] = [];
  const queue = createSerialQueue();
  return {
    read: () => current,
    auditOf(refs?: readonly AuditRef[]) {
      if (!refs) return audit.map((a) => a.entry);
      const wanted = new Set(refs.map(refKey));
      return audit.filter((a) => a.refs.some((key) => wanted.has(key))).map((a) => a.entry);
    },
    transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T> {
      return queue.run(() => {
        const { result, next, entry } = applyTransaction(current, meta, mutate, clock());
        if (!next) return result;
        current = next;
        if (entry.changes.length) audit.push({ entry: deepFreeze(entry), refs: auditRefs(entry.changes, entry.actor) });
        return result;
      });
    },
  };
}
