import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../src/core/ports';
import { writeFileAtomic } from './atomic-write';
import { copyToBackups } from './backups';
import { setJournalAside, type ReplacedStore } from './init-store';
import { filterSegment, restoreSource } from './restore-journal';
import { acquireLock } from './lock-file';
import { migrate } from './migrations';
import { StoreError, displayPath } from './store-error';
import { storePaths, type StorePaths } from './store-paths';
import { parseDocument } from './validate-document';

export interface Restored {
  backup: string;
  proposals: number;
  actions: number;
  /** Journal lines restored with the snapshot (its history, and for a store replaced by init, its last changes). */
  journalLines: number;
  /** Where the store as it was before the restore went (so a restore can be undone). */
  previous: ReplacedStore;
}

/**
 * Puts a backup back: its snapshot and, with it, the journal lines it includes (from the journal set aside
 * with it by `init --force`, or the store's own journal up to the backup's last change). Refused while
 * another process (the bot) holds the lock. The store being replaced is kept first, like `init --force`.
 * The snapshot is written before the journal is swapped: a crash in between leaves the old journal, whose
 * later lines replay onto the restored snapshot, so the store opens either way.
 */
export async function restoreStore(file: string, backup: string, at = new Date()): Promise<Restored> {
  const paths = storePaths(file);
  const source = await resolveBackup(paths, backup);
  const text = await readFile(source, 'utf8');
  const { seq, proposals, actions } = checkBackup(source, text);
  await mkdir(paths.dir, { recursive: true });
  const lock = await acquireLock(paths.file, paths.lock, silentLogger, { holder: 'one-shot' }).catch((error: Error) => {
    throw new StoreError(`Nothing was restored: ${error.message}`, 'Stop the bot (or the other process) first, then run restore again.');
  });
  const staging = path.join(paths.dir, `.${path.basename(paths.journal)}.restore-${process.pid}`);
  try {
    const journalSource = await restoreSource(paths, source);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    let journalLines = 0;
    for (const segment of journalSource.segments) {
      const kept = await filterSegment(segment.file, journalSource.allLines ? Infinity : seq);
      if (kept.lines) await writeFileAtomic(path.join(staging, segment.name), kept.text);
      journalLines += kept.lines;
    }
    const previous: ReplacedStore = {};
    const existed = await exists(paths.file);
    if (existed) previous.backup = await copyToBackups(paths, at, 10);
    await writeFileAtomic(paths.file, text);
    const aside = await setJournalAside(paths, at, existed);
    if (aside) previous.journal = aside;
    await rename(staging, paths.journal);
    return { backup: source, proposals, actions, journalLines, previous };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await lock.release();
  }
}

async function resolveBackup(paths: StorePaths, backup: string): Promise<string> {
  const candidates = [path.resolve(backup), path.join(paths.backups, backup)];
  for (const candidate of candidates) if (await exists(candidate)) return candidate;
  const names = (await readdir(paths.backups).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  throw new StoreError(
    `There is no backup "${backup}" in ${displayPath(paths.backups)}. Nothing was restored.`,
    names.length ? `Run "npx secbot restore" to list the backups, e.g. npx secbot restore ${names.sort().at(-1)}` : 'There are no backups yet.',
  );
}

/** The backup must be a store this secbot can open; its last journal line and counts. */
function checkBackup(file: string, text: string): { seq: number; proposals: number; actions: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StoreError(`The backup ${displayPath(file)} is not valid JSON (${(error as Error).message}). Nothing was restored.`, 'Pick another backup: run "npx secbot restore" to list them.');
  }
  const parsed = parseDocument(migrate(raw, { file }).document);
  if (!parsed.ok) throw new StoreError(`The backup ${displayPath(file)} is not a valid store: ${parsed.problems.slice(0, 3).join('; ')}. Nothing was restored.`);
  const seq = (raw as { journalSeq?: unknown }).journalSeq;
  return { seq: typeof seq === 'number' ? seq : 0, proposals: parsed.data.proposals.length, actions: parsed.data.actions.length };
}

const exists = (file: string) => access(file).then(() => true, () => false);

