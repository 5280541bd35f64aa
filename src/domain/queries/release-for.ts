import type { StoreData } from '../../../storage/schema';
import { parseReleaseName, releaseDate } from '../releases';

export interface ReleaseView {
  /** Canonical name, e.g. "February 2024 SEC Release" (or the text as stored when it is not a SEC release name). */
  name: string;
  /** Date from the store's releases (overrides) or the SEC schedule; undefined if neither knows it. */
  on?: string;
}

/** A proposal's target release with its date: store overrides first, then the scheduled Thursday. */
export function releaseFor(data: Readonly<StoreData>, target: string | undefined): ReleaseView | undefined {
  if (!target) return undefined;
  const name = parseReleaseName(target) ?? target;
  const stored = data.releases.find((r) => r.name === name || r.name === target);
  const on = stored?.on ?? releaseDate(name, data.releases);
  return on ? { name, on } : { name };
}
