/**
 * Indexes derived from one array of the store, built once and reused until the array changes. The
 * store hands out deeply frozen documents whose untouched arrays keep their identity across writes, so a
 * frozen array never changes and its identity is its version. Anything else (a transaction's draft, data
 * built by hand) gets `undefined`, and the caller takes its plain scan instead.
 */
export function indexPerArray<K extends object, V>(build: (array: K) => V): (array: K) => V | undefined {
  const cache = new WeakMap<K, V>();
  return (array) => {
    if (!Object.isFrozen(array)) return undefined;
    let index = cache.get(array);
    if (index === undefined) {
      index = build(array);
      cache.set(array, index);
    }
    return index;
  };
}

/** Items grouped by key, each group in array order (an item may sit in several groups). */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[] | string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const found = keys(item);
    for (const key of typeof found === 'string' ? [found] : new Set(found)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
