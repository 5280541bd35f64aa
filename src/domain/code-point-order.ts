/**
 * Orders ISO dates, times and references (`2026-03-02`, `DP096`, `CSC 12/01`) by their characters, as
 * `localeCompare` would for them, without loading ICU's collation tables into the bot (about 2 MB of memory
 * for text that is never language). People's and organisations' names still sort with `localeCompare`.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
