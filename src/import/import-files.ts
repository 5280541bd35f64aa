import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../core/errors';
import type { Calendar, Clock, StorePort } from '../core/ports';
import { applyChangeSet, countChanges, settle } from './apply-change-set';
import type { ApplyOptions, ApplyReport } from './apply-context';
import { mergeChangeSets, type ChangeSet } from './change-set';
import { DOCUMENT_LIMITS, megabytes } from './document-limits';
import { extractFile } from './extract-change-set';
import { isUrl, type PageFetcher } from './fetch-page';
import { baseName } from './source-lines';

export interface ImportDeps {
  store: StorePort;
  clock: Clock;
  calendar: Calendar;
  /** Who imports: "operator", "slack:U123". */
  actor: string;
}

/** Read and extract every file (or web page, with a fetcher) before anything is written: one bad file stops the whole import. */
export async function extractFiles(paths: readonly string[], today: string, fetchPage?: PageFetcher): Promise<ChangeSet> {
  if (!paths.length) throw new UserError('Name at least one file to import.', 'For example: npx secbot import CSC_12_2502-minutes.pdf --dry-run');
  const sets: ChangeSet[] = [];
  for (const path of paths) {
    if (isUrl(path) && fetchPage) {
      const page = await fetchPage(path);
      sets.push(await extractFile(page.name, page.bytes, today));
    } else sets.push(await extractFile(path, await readBytes(path), today));
  }
  return mergeChangeSets(sets);
}

export async function readBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(path)).size;
    if (size <= DOCUMENT_LIMITS.maxFileBytes) return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UserError(`${baseName(path)} could not be read: ${reason} (${path}).`, 'Check the path, e.g. npx secbot import ./papers/CSC_12_2502-minutes.pdf');
  }
  throw new UserError(`${baseName(path)} is ${megabytes(size)}; the limit for a document is ${megabytes(DOCUMENT_LIMITS.maxFileBytes)}.`, 'Import the document itself, without attachments or embedded images.');
}

export function applyOptionsFor(deps: ImportDeps): ApplyOptions {
  const now = deps.clock.now();
  return { at: now.toISOString(), today: deps.calendar.londonDate(now), actor: deps.actor, calendar: deps.calendar };
}

/**
 * Preview (dry run) or apply a change set. Applying is one store transaction recorded as
 * "import FILE..." in the audit log; if any operation refuses, the transaction writes nothing.
 */
export async function importChangeSet(set: ChangeSet, deps: ImportDeps, dryRun: boolean): Promise<ApplyReport> {
  const options = applyOptionsFor(deps);
  const { set: settled, plan } = settle(deps.store.read(), set, options);
  if (dryRun || countChanges(plan) === 0) return plan;
  const command = `import ${set.documents.map((d) => d.file).join(' ')}`;
  return deps.store.transact({ actor: deps.actor, command }, (draft) => applyChangeSet(draft, settled, options));
}
