import type { Delivery } from '../../storage/schema';
import { changedItems } from '../../storage/changed-items';
import { isSettled } from './ledger';

/**
 * The delivery ledger as a map by key, kept up to date from the store's `deliveries` array by looking
 * only at the entries that changed since the last look (a write replaces or appends a few entries and
 * keeps the identity of the rest), instead of rebuilding a map of every delivery on every flush.
 */
export interface LedgerIndex {
  get(key: string): Delivery | undefined;
  /** Keys not settled yet: pending, or failed with a next attempt. */
  readonly open: ReadonlySet<string>;
}

export function createLedgerIndex(): { sync(deliveries: readonly Delivery[]): LedgerIndex } {
  const byKey = new Map<string, Delivery>();
  const open = new Set<string>();
  let last: readonly Delivery[] = [];
  const index: LedgerIndex = { get: (key) => byKey.get(key), open };
  const put = (d: Delivery) => {
    byKey.set(d.key, d);
    if (isSettled(d)) open.delete(d.key);
    else open.add(d.key);
  };
  return {
    sync(deliveries) {
      if (deliveries === last) return index;
      const { added, removed } = changedItems(last, deliveries);
      for (const d of removed as Delivery[]) {
        if (byKey.get(d.key) !== d) continue;
        byKey.delete(d.key);
        open.delete(d.key);
      }
      for (const i of added) put(deliveries[i]!);
      last = deliveries;
      return index;
    },
  };
}
