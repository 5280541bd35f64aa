import type { SecVersion, StoreData } from '../../../storage/schema';
import { compact, type OperationMeta } from './meta';

export interface SecVersionInput {
  /** "45.0" ("45" is read as "45.0"). */
  version: string;
  on: string;
  designated?: boolean;
  contains?: readonly string[];
  text?: string;
}

export type SecVersionResult =
  | { outcome: 'new' | 'updated' | 'unchanged'; version: SecVersion }
  /** The store has this version on another date: nothing was changed (a stated date is never overwritten). */
  | { outcome: 'conflict'; version: SecVersion };

/** "45" → "45.0"; "v45.0" → "45.0". */
export function canonicalVersion(version: string): string {
  const bare = version.trim().replace(/^v(?:ersion)?\s*/i, '');
  return bare.includes('.') ? bare : `${bare}.0`;
}

/** A release record an earlier secbot made for an SEC version ("SEC v45.0"). */
const LEGACY_NAME = /^SEC v(\d+(?:\.\d+)?)$/;

/**
 * Records an SEC version as a document states it, or adds what this document says to the one already
 * recorded (more modifications, a designation, the page's words). A different effective date is a
 * conflict the caller reports; the stored version is left as it is. A version an earlier secbot stored
 * as a release of that name moves to the SEC versions when the dates agree (one record of one fact).
 */
export function recordSecVersion(draft: StoreData, input: SecVersionInput, meta: OperationMeta): SecVersionResult {
  const version = canonicalVersion(input.version);
  const legacy = draft.releases.find((r) => canonicalVersion(LEGACY_NAME.exec(r.name)?.[1] ?? '') === version);
  if (legacy && legacy.on !== input.on) return { outcome: 'conflict', version: { version, on: legacy.on, contains: [], source: legacy.source } };
  if (legacy) draft.releases = draft.releases.filter((r) => r !== legacy);
  const index = draft.secVersions.findIndex((v) => v.version === version);
  const existing = draft.secVersions[index];
  if (!existing) {
    const created = compact({ version, on: input.on, designated: input.designated || undefined, contains: [...new Set(input.contains ?? [])], text: input.text, source: meta.source });
    draft.secVersions.push(created);
    return { outcome: 'new', version: created };
  }
  if (existing.on !== input.on) return { outcome: 'conflict', version: existing };
  const contains = [...new Set([...existing.contains, ...(input.contains ?? [])])];
  const designated = existing.designated || input.designated || undefined;
  const text = existing.text ?? input.text;
  if (!legacy && contains.length === existing.contains.length && designated === existing.designated && text === existing.text) return { outcome: 'unchanged', version: existing };
  const merged = compact({ ...existing, designated, contains, text });
  draft.secVersions[index] = merged;
  return { outcome: 'updated', version: merged };
}
