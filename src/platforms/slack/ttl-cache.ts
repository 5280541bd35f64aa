import type { Clock } from '../../core/ports';

export interface TtlCache<V = true> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** True the first time a key is seen within the TTL; records it. Used to drop retried deliveries. */
  firstSeen(key: string): boolean;
}

/** A small in-memory map whose entries expire by the injected clock; oldest entries go first past `max`. */
export function createTtlCache<V = true>(clock: Clock, ttlMs: number, max = 5000): TtlCache<V> {
  const entries = new Map<string, { value: V; expires: number }>();
  const now = () => clock.now().getTime();
  const get = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  };
  const set = (key: string, value: V) => {
    entries.delete(key);
    entries.set(key, { value, expires: now() + ttlMs });
    while (entries.size > max) entries.delete(entries.keys().next().value!);
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
