/**
 * Searches that only read their callback's argument. On a draft array they test the plain items
 * (frozen, or the drafts `mutate` already made) and turn only the matches into drafts: finding one
 * action among 10,000 makes one draft, not 10,000 (about 0.7 MB of short-lived objects per change).
 */
const SEARCHES = new Set<PropertyKey>(['find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter']);

export const isSearch = (prop: PropertyKey): boolean => SEARCHES.has(prop);

type Search = (test: (item: unknown, index: number, array: unknown[]) => unknown) => unknown;

/** The search `name` over `items` (what the draft holds now); matches are read through `proxy`, as drafts. */
export function searchOf(name: string, proxy: unknown[], items: () => readonly unknown[]): Search {
  return (test) => {
    const plain = items();
    const length = plain.length;
    // Plain loops: a search runs over every action on each change, so no callback per item of our own.
    switch (name) {
      case 'find':
        for (let i = 0; i < length; i++) if (test(plain[i], i, proxy)) return proxy[i];
        return undefined;
      case 'findIndex':
        for (let i = 0; i < length; i++) if (test(plain[i], i, proxy)) return i;
        return -1;
      case 'findLast':
        for (let i = length - 1; i >= 0; i--) if (test(plain[i], i, proxy)) return proxy[i];
        return undefined;
      case 'findLastIndex':
        for (let i = length - 1; i >= 0; i--) if (test(plain[i], i, proxy)) return i;
        return -1;
      case 'some':
        for (let i = 0; i < length; i++) if (test(plain[i], i, proxy)) return true;
        return false;
      case 'every':
        for (let i = 0; i < length; i++) if (!test(plain[i], i, proxy)) return false;
        return true;
      default: {
        const matches: unknown[] = [];
        for (let i = 0; i < length; i++) if (test(plain[i], i, proxy)) matches.push(proxy[i]);
        return matches;
      }
    }
  };
}
