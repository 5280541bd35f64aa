import type { Proposal, SecVersion, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';

const versionNumber = (v: SecVersion): number[] => v.version.split('.').map(Number);

/** Newest first: by effective date, then by version number. */
export function versionsNewestFirst(data: Pick<StoreData, 'secVersions'>): SecVersion[] {
  return [...data.secVersions].sort((a, b) => {
    if (a.on !== b.on) return a.on < b.on ? 1 : -1;
    const [x, y] = [versionNumber(a), versionNumber(b)];
    return y[0]! - x[0]! || (y[1] ?? 0) - (x[1] ?? 0);
  });
}

/** The SEC versions that contain a proposal (by its reference, or the DP it was converted from), oldest first. */
export function versionsContaining(data: Pick<StoreData, 'secVersions'>, proposal: Pick<Proposal, 'ref' | 'draftRef'>): SecVersion[] {
  const refs = new Set([proposal.ref, ...(proposal.draftRef ? [proposal.draftRef] : [])]);
  return versionsNewestFirst(data).filter((v) => v.contains.some((r) => refs.has(r))).reverse();
}

/** "SEC version 45.0 (effective 4 Nov 2024, designated by the Secretary of State)". */
export function versionText(v: SecVersion): string {
  return `SEC version ${v.version} (effective ${formatDate(v.on)}${v.designated ? ', designated by the Secretary of State' : ''})`;
}

/** What a version contains, as stated: its modifications and the page's words. */
export function versionContents(v: SecVersion): string | undefined {
  const parts = [...(v.contains.length ? [v.contains.join(', ')] : []), ...(v.text ? [v.text] : [])];
  return parts.length ? parts.join('; ') : undefined;
}
