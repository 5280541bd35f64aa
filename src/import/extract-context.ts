import type { ChangeSet, DocumentKind, ItemSource } from './change-set';
import { emptyChangeSet } from './change-set';
import type { DocLine, SourceDoc } from './source-lines';

/** What an extractor works with: the document, the change set it fills, and the dates that anchor "planned". */
export interface ExtractContext {
  doc: SourceDoc;
  set: ChangeSet;
  /** Today in London (YYYY-MM-DD): events after it are plans, not facts. */
  today: string;
  /** The document's own date, when it has one: events after it were planned when it was written. */
  docDate?: string;
}

export function createExtractContext(doc: SourceDoc, kind: DocumentKind, today: string): ExtractContext {
  const set = emptyChangeSet();
  set.documents.push({ file: doc.file, kind });
  return { doc, set, today };
}

export function sourceOf(ctx: ExtractContext, line: DocLine): ItemSource {
  return { file: ctx.doc.file, line: line.n, ...(line.page ? { page: line.page } : {}) };
}

export function warn(ctx: ExtractContext, message: string, line?: DocLine): void {
  ctx.set.warnings.push({ message, ...(line ? { source: sourceOf(ctx, line) } : {}) });
}

export function setDocDate(ctx: ExtractContext, date: string | undefined): void {
  ctx.docDate = date;
  if (date) ctx.set.documents[0]!.date = date;
}

/** After the document's date (or today, when it has none): a plan rather than something that happened. */
export function isPlanned(ctx: ExtractContext, date: string): boolean {
  return date > (ctx.docDate ?? ctx.today);
}
