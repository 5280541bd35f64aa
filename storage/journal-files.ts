import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { JournalLine } from './journal-line';
import { StoreError, displayPath } from './store-error';

const SEGMENT = /^(\d{4}-\d{2})\.jsonl$/;
const NEWLINE = 0x0a;

/** "2024-03.jsonl": one segment per calendar month (UTC) of the changes it holds. */
export const segmentName = (at: Date): string => `${at.toISOString().slice(0, 7)}.jsonl`;

/**
 * The written part of a segment: up to its first NUL byte. A running bot keeps zeros written ahead of its
 * last line (journal-writer.ts), and JSON lines never contain a raw NUL.
 */
export function writtenPart(bytes: Buffer): Buffer {
  const end = bytes.indexOf(0);
  return end === -1 ? bytes : bytes.subarray(0, end);
}

/** True if bytes[start, end) hold only whitespace: a blank line (an editor's last newline), which holds no change. */
export function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (![0x0a, 0x0d, 0x20, 0x09].includes(bytes[i]!)) return false;
  return true;
}

/** Segment file names, oldest first. */
export async function listSegments(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.filter((n) => SEGMENT.test(n)).sort();
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** The seq of a line from its prefix (`{"seq":123,`), without parsing the whole line. */
export function seqOf(bytes: Buffer, start: number): number {
  const head = bytes.toString('utf8', start, Math.min(bytes.length, start + 24));
  const match = /^\{"seq":(\d+),/.exec(head);
  return match ? Number(match[1]) : Number.NaN;
}

export interface Tail {
  /** Lines with seq > afterSeq, oldest first. */
  lines: JournalLine[];
  /** The last complete line's seq (or afterSeq when the journal has nothing newer). */
  lastSeq: number;
  /** The newest segment and its size up to the end of its last complete line. */
  segment?: { name: string; size: number };
  /** A torn last line (a write interrupted by a crash): where it is, to be reported and cut off. */
  torn?: { name: string; validSize: number; bytes: number };
}

/**
 * Reads the journal lines after `afterSeq`, newest segment first, stopping at the first segment that
 * starts at or before it: at start-up only the tail after the snapshot is parsed, whatever the history.
 */
export async function readTail(dir: string, afterSeq: number): Promise<Tail> {
  const names = await listSegments(dir);
  const chunks: JournalLine[][] = [];
  const tail: Tail = { lines: [], lastSeq: afterSeq };
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!;
    const file = await readFile(path.join(dir, name));
    const bytes = writtenPart(file);
    let end = bytes.length;
    if (i === names.length - 1) {
      end = completeEnd(bytes, name, tail, strayBytesAfter(file, bytes.length));
      tail.segment = { name, size: end };
    }
    const { lines, reachedOld } = linesAfter(bytes, end, afterSeq, path.join(dir, name));
    chunks.unshift(lines);
    if (reachedOld) break;
  }
  tail.lines = chunks.flat();
  const last = tail.lines.at(-1);
  if (last) tail.lastSeq = last.seq;
  return tail;
}

/** Non-NUL bytes after the written part: a torn write whose later blocks reached the disk before its first. */
function strayBytesAfter(file: Buffer, written: number): number {
  let stray = 0;
  for (let i = written; i < file.length; i++) if (file[i] !== 0) stray++;
  return stray;
}

/** Where the last complete, parseable line ends; records a torn tail. */
function completeEnd(bytes: Buffer, name: string, tail: Tail, stray: number): number {
  let end = bytes.length;
  // Blank lines at the end are not a torn write: they end where the last line with something in it ends.
  let last = end;
  while (last > 0 && isBlank(bytes, last - 1, last)) last--;
  const newline = bytes.indexOf(NEWLINE, last);
  if (newline !== -1) end = newline + 1;
  if (end && bytes[end - 1] !== NEWLINE) end = bytes.lastIndexOf(NEWLINE, end - 1) + 1;
  if (end > 0) {
    const start = bytes.lastIndexOf(NEWLINE, end - 2) + 1;
    try {
      JSON.parse(bytes.toString('utf8', start, end));
    } catch {
      end = start;
    }
  }
  if ((end < bytes.length && !isBlank(bytes, end, bytes.length)) || stray > 0) tail.torn = { name, validSize: end, bytes: bytes.length - end + stray };
  return end;
}

/** Complete lines in bytes[0, end) with seq > afterSeq, scanning backwards from the end. */
function linesAfter(bytes: Buffer, end: number, afterSeq: number, file: string): { lines: JournalLine[]; reachedOld: boolean } {
  const lines: JournalLine[] = [];
  let lineEnd = end;
  while (lineEnd > 0) {
    const start = bytes.lastIndexOf(NEWLINE, lineEnd - 2) + 1;
    if (isBlank(bytes, start, lineEnd)) {
      lineEnd = start;
      continue;
    }
    const seq = seqOf(bytes, start);
    if (seq <= afterSeq) return { lines: lines.reverse(), reachedOld: true };
    lines.push(parseLine(bytes, start, lineEnd, file));
    lineEnd = start;
  }
  return { lines: lines.reverse(), reachedOld: false };
}

export function parseLine(bytes: Buffer, start: number, end: number, file: string): JournalLine {
  try {
    const line = JSON.parse(bytes.toString('utf8', start, end)) as JournalLine;
    if (!Number.isInteger(line.seq) || !Array.isArray(line.changes)) throw new Error('not a journal line');
    return line;
  } catch (error) {
    throw new StoreError(
      `The journal ${displayPath(file)} is damaged at byte ${start}: ${(error as Error).message}.`,
      'The files were left untouched. Restore the store and its journal folder from the backups folder beside them.',
    );
  }
}
