import { isUserError } from '../core/errors';
import type { StoreData } from '../../storage/schema';
import { applyChangeSet, settle } from './apply-change-set';
import type { ApplyReport } from './apply-context';
import { mergeChangeSets, type ChangeSet } from './change-set';
import { byCodePoint } from '../domain/code-point-order';
import { extractFile } from './extract-change-set';
import { isUrl, type PageFetcher } from './fetch-page';
import { applyOptionsFor, importChangeSet, readBytes, type ImportDeps } from './import-files';
import { NothingToRecord } from './sec-document';
import { baseName } from './source-lines';

/** A file that was not imported, and why (what was wrong, what would work). */
export interface Refusal {
  file: string;
  message: string;
  hint?: string;
}

export interface BatchResult {
  /** Everything the imported documents changed (or would), as one report. */
  report: ApplyReport;
  /** Documents applied (or that would be). */
  imported: string[];
  /** Files that are not SEC documents, could not be read, or whose facts the store refused. */
  refused: Refusal[];
  /** SEC pages that state nothing the store keeps. */
  nothing: Refusal[];
}

/**
 * Import what can be imported: every SEC document is applied in its own transaction (oldest document
 * first, so later facts meet earlier ones), and each file that cannot be is listed with the reason.
 * A dry run plans the documents one after another on a copy, so the preview matches what applying does.
 */
export async function importBatch(paths: readonly string[], deps: ImportDeps, dryRun: boolean, fetchPage?: PageFetcher): Promise<BatchResult> {
  const options = applyOptionsFor(deps);
  const refused: Refusal[] = [];
  const nothing: Refusal[] = [];
  const sets: ChangeSet[] = [];
  for (const path of paths) {
    try {
      const page = isUrl(path) && fetchPage ? await fetchPage(path) : { name: path, bytes: await readBytes(path) };
      sets.push(await extractFile(baseName(page.name), page.bytes, options.today));
    } catch (error) {
      if (!isUserError(error)) throw error;
      (error instanceof NothingToRecord ? nothing : refused).push({ file: baseName(path), message: error.message, ...(error.hint ? { hint: error.hint } : {}) });
    }
  }
  const reports: ApplyReport[] = [];
  const imported: string[] = [];
  let working: StoreData | undefined = dryRun ? (structuredClone(deps.store.read()) as StoreData) : undefined;
  for (const set of inDateOrder(sets)) {
    const file = set.documents.map((d) => d.file).join(' ');
    try {
      if (working) {
        const copy = structuredClone(working);
        reports.push(applyChangeSet(copy, settle(working, set, options).set, options));
        working = copy;
      } else reports.push(await importChangeSet(set, deps, false));
      imported.push(file);
    } catch (error) {
      if (!isUserError(error)) throw error;
      refused.push({ file, message: `${file} was not imported: ${error.message}`, ...(error.hint ? { hint: error.hint } : {}) });
    }
  }
  return { report: mergeReports(reports), imported, refused, nothing };
}

/** Oldest document first; undated documents after the dated ones, in the order given. */
function inDateOrder(sets: readonly ChangeSet[]): ChangeSet[] {
  const date = (set: ChangeSet): string => set.documents[0]?.date ?? '9999';
  return [...sets].sort((a, b) => byCodePoint(date(a), date(b)));
}

function mergeReports(reports: readonly ApplyReport[]): ApplyReport {
  return {
    applied: mergeChangeSets(reports.map((r) => r.applied)),
    unchanged: reports.reduce((n, r) => n + r.unchanged, 0),
    warnings: reports.flatMap((r) => r.warnings),
    announcements: reports.flatMap((r) => r.announcements),
  };
}
