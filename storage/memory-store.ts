import type { StorePort, TransactMeta } from '../src/core/ports';
import { auditChanges } from './audit-diff';
import { storeDataSchema, type StoreData } from './schema';

/**
 * A store that keeps the document in memory: the demo mode of the console (nothing is saved) and a
 * stand-in where a file is not the point. Writes are validated and audited exactly like the file store.
 */
export function createMemoryStore(initial: StoreData, clock: () => Date = () => new Date()): StorePort {
  let current = storeDataSchema.parse(initial);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: () => current,
    transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T> {
      const run = queue.then(() => {
        const draft = structuredClone(current);
        const result = mutate(draft);
        const changes = auditChanges(current, draft);
        if (changes.length) draft.audit.push({ at: clock().toISOString(), actor: meta.actor, command: meta.command, changes });
        current = storeDataSchema.parse(draft);
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
