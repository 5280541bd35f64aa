import { setFlagsFromString } from 'node:v8';

/**
 * How much the heap may grow after each full garbage collection, once the store is loaded. V8's default
 * (up to 4× what is live) suits short bursts; a bot that runs for months making many small changes then
 * holds hundreds of MB of garbage between collections (bench store: 241 MB RSS after 2,500 changes, 142 MB
 * with 20%, same speed). Set after start-up, not on the command line, so loading the store (a burst of
 * allocation) keeps the default: with 20% from the start, opening the two-year bench store took 460 ms
 * instead of 320 ms. V8 reads this setting at every collection.
 */
export const HEAP_GROWING_PERCENT = 20;

export function tuneHeapForLongRun(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
