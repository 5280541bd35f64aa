import { access, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../src/core/ports';
import { writeFileAtomic } from './atomic-write';
import { copyToBackups } from './backups';
import { acquireLock } from './lock-file';
import type { StoreData } from './schema';
import { documentText } from './serialize-document';
import { StoreError, displayPath } from './store-error';
import { storePaths, type StorePaths } from './store-paths';
import { parseDocument } from './validate-document';

const DEFAULT_KEEP = 10;

export interface InitStoreOptions {
  /** Replace an existing store (a backup of it is kept in the backups folder). */
  overwrite?: boolean;
}

/** Where a replaced store went: its snapshot and its journal folder, in the backups folder. */
export interface ReplacedStore {
  backup?: string;
  journal?: string;
}

/** Creates a store file (and its folder) holding `data`; refuses to replace an existing one unless asked. */
export async function initStore(file: string, data: StoreData, options: InitStoreOptions = {}): Promise<ReplacedStore> {
  const paths = storePaths(file);
  const exists = await access(paths.file).then(() => true, () => false);
  if (exists && !options.overwrite) {
    throw new StoreError(
      `There is already a store at ${displayPath(paths.file)}, so nothing was written.`,
      `To replace it with a new one, run "npx secbot init --force" (the old file is kept in ${displayPath(paths.backups)}).`,
    );
  }
  const parsed = parseDocument(data);
  if (!parsed.ok) throw new StoreError(`The initial data is not a valid store: ${parsed.problems.join('; ')}. Nothing was written.`);
  await mkdir(paths.dir, { recursive: true });
  const lock = await acquireLock(paths.file, paths.lock, silentLogger, { holder: 'one-shot' });
  try {
    const at = new Date();
    const backup = exists ? await copyToBackups(paths, at, DEFAULT_KEEP) : undefined;
    const journal = await setJournalAside(paths, at, exists);
    await writeFileAtomic(paths.file, documentText(parsed.data)).catch(async (error: unknown) => {
      // The old store stays as it was (a full disk, say): its journal goes back beside it.
      if (journal) await rename(journal, paths.journal).catch(() => {});
      throw error;
    });
    return { ...(backup ? { backup } : {}), ...(journal ? { journal } : {}) };
  } finally {
    await lock.release();
  }
}

/** A journal left by an earlier store (replaced, or deleted by hand) must not be replayed onto the new one. */
export async function setJournalAside(paths: StorePaths, at: Date, storeExisted = false): Promise<string | undefined> {
  const found = await access(paths.journal).then(() => true, () => false);
  if (!found && !storeExisted) return undefined;
  await mkdir(paths.backups, { recursive: true });
  const target = path.join(paths.backups, asideJournalName(paths, at));
  // A store without a journal gets an empty one beside its backup: the pair then restores exactly.
  if (found) await rename(paths.journal, target);
  else await mkdir(target);
  return target;
}

/** "secbot-journal-2024-03-05T10-00-00-000Z": same stamp as the snapshot backup made with it. */
export const asideJournalName = (paths: StorePaths, at: Date): string => `${path.basename(paths.journal)}-${at.toISOString().replace(/[:.]/g, '-')}`;
