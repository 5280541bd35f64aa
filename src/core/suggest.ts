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
    .sort((x, y) => x.distance - y.distance || x.value.localeCompare(y.value))
    .slice(0, limit)
    .map((s) => s.value);
}
