import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { refKey, type AuditRef } from './audit-refs';
import { isBlank, listSegments, parseLine, writtenPart } from './journal-files';
import type { JournalLine } from './journal-line';
import type { AuditEntry } from './schema';

const NEWLINE = 0x0a;
const REFS = /^\{"seq":\d+,"refs":(\[[^\]]*\])/;

/** Where one journal line is: segment number (in `segments`), byte offset and length. */
type Position = [segment: number, offset: number, length: number];

/**
 * A ref's positions, flattened: segment, offset, length, segment, offset, length, … Small integers in
 * one array take a third of the memory of an array per position (about 5 MB less for two years of history).
 */
type Positions = number[];

export interface HistoryIndex {
  /** Records a line just appended, if the index is built (else it is picked up when it is). */
  add(segment: string, offset: number, length: number, refs: readonly string[]): void;
  /** Audit entries touching any of the refs, oldest first: read by offset, never the whole journal. Without refs: all. */
  entries(refs?: readonly AuditRef[]): AuditEntry[];
  /** Builds the index in the background (a running bot), so the first `history` is fast too. */
  warm(): Promise<void>;
}

/**
 * ref → positions of the journal lines that touched it. Built lazily from each line's `refs` prefix
 * (the rest of the line is not parsed), then kept up to date as lines are appended.
 */
export function createHistoryIndex(dir: string): HistoryIndex {
  let map: Map<string, Positions> | undefined;
  const segments: string[] = [];
  let building: Promise<void> | undefined;

  const segmentNo = (name: string) => {
    const i = segments.indexOf(name);
    return i === -1 ? segments.push(name) - 1 : i;
  };
  const put = (key: string, [segment, offset, length]: Position, into = map!) => {
    const list = into.get(key);
    if (list) list.push(segment, offset, length);
    else into.set(key, [segment, offset, length]);
  };
  const indexSegment = (name: string, file: Buffer, into = map!) => {
    const no = segmentNo(name);
    const bytes = writtenPart(file);
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      if (end === -1) break; // a torn last line is not history
      const match = REFS.exec(bytes.toString('utf8', start, Math.min(end, start + 4096)));
      if (match) for (const key of JSON.parse(match[1]!) as string[]) put(key, [no, start, end + 1 - start], into);
      start = end + 1;
    }
  };
  const buildSync = () => {
    if (map) return;
    map = new Map();
    for (const name of readdirSorted(dir)) indexSegment(name, readFileSync(path.join(dir, name)));
  };

  return {
    add(segment, offset, length, refs) {
      if (!map) return;
      const no = segmentNo(segment);
      for (const key of refs) put(key, [no, offset, length]);
    },
    entries(refs) {
      if (!refs) return readAll(dir);
      buildSync();
      // Keyed by place: a line appended while the index was being built may have been recorded twice.
      const seen = new Map<string, Position>();
      for (const ref of refs) {
        const list = map!.get(refKey(ref)) ?? [];
        for (let i = 0; i < list.length; i += 3) seen.set(`${list[i]}:${list[i + 1]}`, [list[i]!, list[i + 1]!, list[i + 2]!]);
      }
      const positions = [...seen.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return readEntries(dir, segments, positions);
    },
    warm() {
      building ??= (async () => {
        const built = new Map<string, Positions>();
        const names = await listSegments(dir);
        // One closed segment at a time (never the whole journal in memory); the newest, still growing,
        // is read synchronously at the end together with setting the map, so no append slips between.
        const closed = names.slice(0, -1);
        for (const name of closed) indexSegment(name, await readFile(path.join(dir, name)), built);
        if (map) return;
        map = built;
        for (const name of readdirSorted(dir).filter((n) => !closed.includes(n))) indexSegment(name, readFileSync(path.join(dir, name)));
      })();
      return building;
    },
  };
}

function readdirSorted(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => /^\d{4}-\d{2}\.jsonl$/.test(n)).sort();
  } catch {
    return [];
  }
}

function readEntries(dir: string, segments: readonly string[], positions: readonly Position[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  const fds = new Map<number, number>();
  try {
    for (const [no, offset, length] of positions) {
      let fd = fds.get(no);
      if (fd === undefined) fds.set(no, (fd = openSync(path.join(dir, segments[no]!), 'r')));
      const bytes = Buffer.alloc(length);
      readSync(fd, bytes, 0, length, offset);
      const line: JournalLine = parseLine(bytes, 0, length, path.join(dir, segments[no]!));
      entries.push({ at: line.at, actor: line.actor, command: line.command, changes: line.changes });
    }
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  return entries;
}

/** Every complete line of every segment (tests and tools; commands go through the index). */
function readAll(dir: string): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const name of readdirSorted(dir)) {
    const bytes = writtenPart(readFileSync(path.join(dir, name)));
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      if (end === -1) break;
      if (isBlank(bytes, start, end)) {
        start = end + 1;
        continue;
      }
      const line = parseLine(bytes, start, end + 1, path.join(dir, name));
      entries.push({ at: line.at, actor: line.actor, command: line.command, changes: line.changes });
      start = end + 1;
    }
  }
  return entries.filter((e) => e.changes.length);
}
