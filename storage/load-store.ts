import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../src/core/ports';
import { writeFileAtomic } from './atomic-write';
import { auditRefs } from './audit-refs';
import { deepFreeze } from './deep-freeze';
import { listSegments, readTail, segmentName, type Tail } from './journal-files';
import { encodeLine, type JournalLine } from './journal-line';
import { createReplayer } from './journal-replay';
import { readJsonFile, untouchedHint } from './json-file';
import { migrate, type Migration } from './migrations';
import type { AuditEntry, StoreData } from './schema';
import { StoreError, displayPath } from './store-error';
import type { StorePaths } from './store-paths';
import { parseDocument } from './validate-document';

export interface Loaded {
  data: StoreData;
  /** The last journal line the state includes. */
  seq: number;
  /** Lines replayed after the snapshot: when > 0 a fresh snapshot is worth writing. */
  replayed: number;
  tail: Tail;
  /** The schema version found in the snapshot, when it was older and had to be migrated. */
  migratedFrom?: number;
}

/**
 * Start-up: the snapshot (parsed, migrated, validated), then the journal lines written after it. Only
 * the journal's tail is read. A torn last line (a write killed mid-way, never acknowledged) is logged
 * and left out; the writer cuts it off before appending.
 */
export async function loadStore(paths: StorePaths, options: { writable: boolean; logger: Logger; migrations?: Readonly<Record<number, Migration>> }): Promise<Loaded> {
  const raw = await readJsonFile(paths.file);
  const { document, from } = migrate(raw, { file: paths.file, migrations: options.migrations });
  const parsed = parseDocument(document);
  if (!parsed.ok) throw new StoreError(`The store ${displayPath(paths.file)} does not match the expected format: ${parsed.problems.join('; ')}.`, untouchedHint(paths.file));
  const migratedFrom = from === parsed.data.schemaVersion ? undefined : from;
  let seq = journalSeqOf(raw);
  if (migratedFrom !== undefined && options.writable) {
    await mkdir(paths.backups, { recursive: true });
    await copyFile(paths.file, path.join(paths.backups, `${paths.name}-before-schema-${parsed.data.schemaVersion}.json`));
    if (migratedFrom < 2) seq = await moveAuditToJournal(paths, raw, options.logger);
  }
  const tail = await readTail(paths.journal, seq);
  if (tail.torn) {
    options.logger.warn({ segment: path.join(paths.journal, tail.torn.name), bytes: tail.torn.bytes }, 'the journal ends with a torn line (a write interrupted by a crash, never acknowledged): ignored');
  }
  const replayer = createReplayer(parsed.data);
  for (const line of tail.lines) replayer.apply(line);
  let data = parsed.data;
  if (tail.lines.length) {
    const replayed = parseDocument(replayer.result());
    if (!replayed.ok) throw new StoreError(`The journal ${displayPath(paths.journal)} does not replay to a valid store: ${replayed.problems.join('; ')}.`, untouchedHint(paths.file));
    data = replayed.data;
  }
  return { data: deepFreeze(data), seq: tail.lastSeq, replayed: tail.lines.length, tail, ...(migratedFrom !== undefined ? { migratedFrom } : {}) };
}

function journalSeqOf(raw: unknown): number {
  const seq = (raw as { journalSeq?: unknown }).journalSeq;
  return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 ? seq : 0;
}

/**
 * Schema 1 → 2: the audit entries inside the old document become the journal's first lines, and the
 * old file was kept in the backups folder. Any segments there are leftovers of an interrupted migration
 * (the snapshot is still version 1), so they are rewritten from scratch.
 */
async function moveAuditToJournal(paths: StorePaths, raw: unknown, logger: Logger): Promise<number> {
  const audit = ((raw as { audit?: unknown }).audit ?? []) as AuditEntry[];
  for (const name of await listSegments(paths.journal)) await rm(path.join(paths.journal, name));
  await mkdir(paths.journal, { recursive: true });
  const segments = new Map<string, string[]>();
  let segment = '';
  audit.forEach((entry, i) => {
    const name = segmentName(new Date(entry.at));
    if (name > segment) segment = name;
    const line: JournalLine = { seq: i + 1, refs: auditRefs(entry.changes, entry.actor), at: entry.at, actor: entry.actor, command: entry.command, changes: entry.changes };
    let lines = segments.get(segment);
    if (!lines) segments.set(segment, (lines = []));
    lines.push(encodeLine(line));
  });
  for (const [name, lines] of segments) await writeFileAtomic(path.join(paths.journal, name), lines.join(''));
  logger.info({ entries: audit.length, journal: paths.journal }, 'moved the audit log out of the store file into the journal (schema version 2)');
  return audit.length;
}
