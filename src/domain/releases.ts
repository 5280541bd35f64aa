// CONTRACT STUB: the domain helper implements these; signatures are fixed for other modules.
export interface SecRelease {
  /** "February 2024 SEC Release". */
  name: string;
  /** Implementation date YYYY-MM-DD. */
  on: string;
}

export interface ReleaseOverride {
  name: string;
  on: string;
}

/** "Feb 24", "February 2024", "February 2024 SEC Release", "Jun 21 SEC Release" → canonical name; else undefined. */
export function parseReleaseName(input: string): string | undefined {
  throw new Error('not implemented');
}

/** The date of a named release: override if one exists, else last Thursday of Feb/Jun, first Thursday of Nov. */
export function releaseDate(name: string, overrides?: readonly ReleaseOverride[]): string | undefined {
  throw new Error('not implemented');
}

/** The first scheduled release on or after `date`. */
export function nextRelease(date: string, overrides?: readonly ReleaseOverride[]): SecRelease {
  throw new Error('not implemented');
}
