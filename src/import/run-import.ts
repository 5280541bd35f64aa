import { isUserError } from '../core/errors';
import { renderText } from '../core/render-text';
import type { ApplyReport } from './apply-context';
import { countChanges } from './apply-change-set';
import type { PageFetcher } from './fetch-page';
import { extractFiles, importChangeSet, type ImportDeps } from './import-files';
import { importBatch, type BatchResult } from './import-batch';
import { previewReply } from './render-preview';

export interface RunImportOptions extends ImportDeps {
  files: string[];
  dryRun: boolean;
  json: boolean;
  /** One transaction for every file, and nothing at all when one file is refused (the old behaviour). */
  allOrNothing?: boolean;
  /** Downloads `https://…` arguments (the CLI passes one limited to SECBOT_IMPORT_HOSTS). */
  fetchPage?: PageFetcher;
}

/**
 * `npx secbot import FILE... [--dry-run] [--json] [--all-or-nothing]`. Each SEC document is applied in
 * its own transaction and the others are listed with the reason. Exit code 0 when every file was
 * imported (or had nothing to record), 2 when some were refused, 1 when nothing could be imported.
 */
export async function runImport(options: RunImportOptions): Promise<{ output: string; exitCode: number }> {
  if (options.allOrNothing) return runAllOrNothing(options);
  const batch = await importBatch(options.files, options, options.dryRun, options.fetchPage);
  if (!batch.imported.length && batch.refused.length) return nothingImported(options, batch);
  if (options.json) {
    return { output: JSON.stringify({ ...toImportJson(batch.report, options.dryRun), refused: batch.refused, nothingToRecord: batch.nothing }, null, 2), exitCode: batch.refused.length ? 2 : 0 };
  }
  const reply = previewReply(batch.report, { preview: options.dryRun, calendar: options.calendar });
  if (!batch.imported.length) {
    reply.title = 'Nothing to record';
    reply.text = batch.nothing.map((n) => n.message).join('\n');
  } else if (batch.nothing.length) (reply.sections ??= []).push({ title: `Nothing to record (${batch.nothing.length})`, items: batch.nothing.map((n) => n.message) });
  if (batch.refused.length) {
    reply.kind = 'warning';
    (reply.sections ??= []).unshift({ title: `Refused (${batch.refused.length}): not imported`, items: batch.refused.map((r) => [r.message, r.hint].filter(Boolean).join(' ')) });
  }
  return { output: renderText(reply), exitCode: batch.refused.length ? 2 : 0 };
}

function nothingImported(options: RunImportOptions, batch: BatchResult): { output: string; exitCode: number } {
  const [first] = batch.refused;
  const single = batch.refused.length === 1 && !batch.nothing.length;
  if (options.json) {
    return { output: JSON.stringify(single ? { error: `Nothing was imported: ${first!.message}`, hint: first!.hint } : { error: 'Nothing was imported.', refused: batch.refused, nothingToRecord: batch.nothing }, null, 2), exitCode: 1 };
  }
  if (single) return { output: [`Nothing was imported: ${first!.message}`, first!.hint].filter(Boolean).join('\n'), exitCode: 1 };
  const lines = [...batch.refused, ...batch.nothing].map((r) => `- ${r.message}`);
  return { output: ['Nothing was imported:', ...lines, first!.hint].filter(Boolean).join('\n'), exitCode: 1 };
}

async function runAllOrNothing(options: RunImportOptions): Promise<{ output: string; exitCode: number }> {
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
