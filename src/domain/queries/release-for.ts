import type { Release, StoreData } from '../../../storage/schema';
import { parseReleaseName, releaseDate } from '../releases';
import { indexPerArray } from './store-index';

export interface ReleaseView {
  /** Canonical name, e.g. "February 2024 SEC Release" (or the text as stored when it is not a SEC release name). */
  name: string;
  /** Date from the store's releases (overrides) or the SEC schedule; undefined if neither knows it. */
  on?: string;
}

/** Answers per releases array and target text: `list release R` asks once per proposal. */
const answers = indexPerArray((_releases: readonly Release[]) => new Map<string, ReleaseView>());

/** A proposal's target release with its date: store overrides first, then the scheduled Thursday. */
export function releaseFor(data: Readonly<StoreData>, target: string | undefined): ReleaseView | undefined {
  if (!target) return undefined;
  const cache = answers(data.releases);
  let view = cache?.get(target);
  if (!view) {
    view = lookUp(data, target);
    if (cache && cache.size < 10_000) cache.set(target, view);
  }
  return { ...view };
}

function lookUp(data: Readonly<StoreData>, target: string): ReleaseView {
  const name = parseReleaseName(target) ?? target;
  const stored = data.releases.find((r) => r.name === name || r.name === target);
  const on = stored?.on ?? releaseDate(name, data.releases);
  return on ? { name, on } : { name };
}
