import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { listSegments, seqOf, isBlank, writtenPart } from './journal-files';
import type { StorePaths } from './store-paths';

const STAMP = /-(\d{4}-\d{2}-\d{2}T[\d-]+Z)(?:\.json)?$/;

export interface JournalSource {
  segments: { name: string; file: string }[];
  /** True for a journal set aside together with this backup (init --force, restore): all of it belongs to it. */
  allLines: boolean;
}

/**
 * Which journal holds a backup's history. A journal set aside with the same stamp (by `init --force` or
 * `restore`) is that store's whole journal. Otherwise the backup is a periodic copy: its history is in
 * the journal that was live then: the first one set aside after it, or the store's own journal, with the
 * closed months' copies in the backups folder filling any segment missing there.
 */
export async function restoreSource(paths: StorePaths, backup: string): Promise<JournalSource> {
  const stamp = STAMP.exec(path.basename(backup))?.[1] ?? '';
  const prefix = `${path.basename(paths.journal)}-`;
  const asides = (await readdir(paths.backups).catch(() => [] as string[])).filter((n) => n.startsWith(prefix)).sort();
  const same = asides.find((n) => n === `${prefix}${stamp}`);
  if (same) return { segments: await segmentsOf(path.join(paths.backups, same)), allLines: true };
  const later = asides.find((n) => n.slice(prefix.length) > stamp);
  const live = later ? path.join(paths.backups, later) : paths.journal;
  const segments = await segmentsOf(live);
  const closedCopies = path.join(paths.backups, path.basename(paths.journal));
  if (!later && (await access(closedCopies).then(() => true, () => false))) {
    for (const extra of await segmentsOf(closedCopies)) if (!segments.some((s) => s.name === extra.name)) segments.push(extra);
  }
  return { segments: segments.sort((a, b) => a.name.localeCompare(b.name)), allLines: false };
}

async function segmentsOf(dir: string): Promise<{ name: string; file: string }[]> {
  return (await listSegments(dir)).map((name) => ({ name, file: path.join(dir, name) }));
}

/** The complete lines of a segment with seq ≤ upTo (blank lines, reserved zeros and a torn tail left out). */
export async function filterSegment(file: string, upTo: number): Promise<{ text: Buffer; lines: number }> {
  const bytes = writtenPart(await readFile(file));
  const kept: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    if (end === -1) break;
    if (!isBlank(bytes, start, end) && seqOf(bytes, start) <= upTo) kept.push(bytes.subarray(start, end + 1));
    start = end + 1;
  }
  return { text: Buffer.concat(kept), lines: kept.length };
}
