import { isUserError } from '../core/errors';
import { renderText } from '../core/render-text';
import type { ApplyReport } from './apply-context';
import { countChanges } from './apply-change-set';
import type { PageFetcher } from './fetch-page';
import { extractFiles, importChangeSet, type ImportDeps } from './import-files';
import { previewReply } from './render-preview';

export interface RunImportOptions extends ImportDeps {
  files: string[];
  dryRun: boolean;
  json: boolean;
  /** Downloads `https://…` arguments (the CLI passes one limited to SECBOT_IMPORT_HOSTS). */
  fetchPage?: PageFetcher;
}

/**
 * `npx secbot import FILE... [--dry-run] [--json]`. Exit code 0 when the import was previewed or
 * applied (warnings included), 1 when a file could not be read or the store refused the change.
 */
export async function runImport(options: RunImportOptions): Promise<{ output: string; exitCode: number }> {
  try {
    const today = options.calendar.londonDate(options.clock.now());
    const set = await extractFiles(options.files, today, options.fetchPage);
    const report = await importChangeSet(set, options, options.dryRun);
    const output = options.json
      ? JSON.stringify(toImportJson(report, options.dryRun), null, 2)
      : renderText(previewReply(report, { preview: options.dryRun, calendar: options.calendar }));
    return { output, exitCode: 0 };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const message = `Nothing was imported: ${error.message}`;
    const output = options.json ? JSON.stringify({ error: message, hint: error.hint }, null, 2) : [message, error.hint].filter(Boolean).join('\n');
    return { output, exitCode: 1 };
  }
}

/** The JSON form: top-level arrays of what changes (or would), every item with its source file and line. */
export function toImportJson(report: ApplyReport, dryRun: boolean): Record<string, unknown> {
  const { applied } = report;
  return {
    dryRun,
    changes: countChanges(report),
    unchanged: report.unchanged,
    documents: applied.documents,
    proposals: applied.proposals,
    stages: applied.stages,
    decisions: applied.decisions,
    actions: applied.actions,
    consultations: applied.consultations,
    meetings: applied.meetings,
    releases: applied.releases,
    events: applied.events,
    people: applied.people ?? [],
    warnings: report.warnings,
    announcements: report.announcements,
  };
}
