import { byCodePoint } from '../domain/code-point-order';

/** Damerau-free Levenshtein distance, small and allocation-light; used for "Did you mean …?". */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidates closest to `input`, nearest first, within `maxDistance` edits. */
export function closest(input: string, candidates: Iterable<string>, maxDistance = 2, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { value: string; distance: number }[] = [];
  for (const value of candidates) {
    const distance = editDistance(needle, value.toLowerCase());
    if (distance <= maxDistance) scored.push({ value, distance });
  }
  return scored
    .sort((x, y) => x.distance - y.distance || byCodePoint(x.value, y.value))
    .slice(0, limit)
    .map((s) => s.value);
}

/** How far a number may be from the one typed to be suggested for being near (DP098 → DP088 still is). */
const NUMBER_WINDOW = 10.5;

interface NumberedRef {
  prefix: string;
  numbers: number[];
  suffix: string;
}

function numbered(ref: string): NumberedRef | undefined {
  const match = /^(\D*?)\s*(\d+(?:\D+\d+)*)(\D*)$/.exec(ref.trim().toUpperCase());
  if (!match) return undefined;
  return { prefix: match[1]!, numbers: match[2]!.split(/\D+/).map(Number), suffix: match[3]! };
}

/** How far apart two numbered references are: the first number counts most (CSC 12/01 is nearer CSC 12/05 than CSC 11/01). */
function numberDistance(a: NumberedRef, b: NumberedRef): number {
  if (a.numbers.length !== b.numbers.length) return Infinity;
  return a.numbers.reduce((sum, n, i) => sum * 1000 + Math.abs(n - b.numbers[i]!), 0) + (a.suffix === b.suffix ? 0 : 0.25);
}

/**
 * "Did you mean …?" for references: the nearest numbers that exist first, within ten (DP098 → DP099,
 * DP096 before DP088), then references that differ by a typo (DP999 → DP099). `related` says which other prefixes count, with a
 * small penalty (a DP number may exist as an MP).
 */
export function nearestReferences(input: string, candidates: readonly string[], limit = 3, related: (a: string, b: string) => boolean = () => false): string[] {
  const target = numbered(input);
  const byNumber: { value: string; distance: number }[] = [];
  if (target) {
    for (const value of candidates) {
      const ref = numbered(value);
      if (!ref) continue;
      const penalty = ref.prefix === target.prefix ? 0 : related(target.prefix, ref.prefix) ? 0.5 : Infinity;
      const distance = numberDistance(target, ref) + penalty;
      if (distance <= NUMBER_WINDOW) byNumber.push({ value, distance });
    }
  }
  const near = byNumber.sort((x, y) => x.distance - y.distance || byCodePoint(x.value, y.value)).map((s) => s.value);
  const typos = closest(input, candidates, 1, limit);
  return [...new Set([...near.slice(0, limit), ...(typos.length ? typos : closest(input, candidates, 2, limit))])].slice(0, limit);
}
