import type { Clock } from '../core/ports';
import { ownCopy } from './own-copy';

export interface TtlCache<V = true> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** True the first time a key is seen within the TTL; records it (e.g. a reference unfurled once per channel). */
  firstSeen(key: string): boolean;
}

export interface TtlCacheLimits<V> {
  /** At most this many entries. Default 5000. */
  max?: number;
  /** …and at most this much in all, as measured by `weigh` (e.g. characters of text). */
  maxWeight?: number;
  weigh?: (value: V) => number;
}

/** A small in-memory map whose entries expire by the injected clock; oldest entries go first past the limits. */
export function createTtlCache<V = true>(clock: Clock, ttlMs: number, limits: TtlCacheLimits<V> = {}): TtlCache<V> {
  const { max = 5000, maxWeight = Infinity, weigh = () => 0 } = limits;
  const entries = new Map<string, { value: V; expires: number; weight: number }>();
  let weight = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    weight -= entry.weight;
    entries.delete(key);
  };
  const now = () => clock.now().getTime();
  const get = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now()) {
      remove(key);
      return undefined;
    }
    return entry.value;
  };
  const set = (key: string, value: V) => {
    remove(key);
    const entry = { value, expires: now() + ttlMs, weight: weigh(value) };
    entries.set(ownCopy(key), entry);
    weight += entry.weight;
    while (entries.size > max || (weight > maxWeight && entries.size > 1)) remove(entries.keys().next().value!);
  };
  return {
    get,
    set,
    firstSeen(key) {
      if (get(key) !== undefined) return false;
      set(key, true as V);
      return true;
    },
  };
}
