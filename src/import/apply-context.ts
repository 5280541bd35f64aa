import type { OperationMeta } from '../domain/operations';
import type { StoreData } from '../../storage/schema';
import { emptyChangeSet, type ChangeSet, type ImportedProposal, type ImportWarning, type ItemSource } from './change-set';

export interface ApplyOptions {
  /** Now, as an ISO instant: stamped on events and updatedAt. */
  at: string;
  /** Today in London (YYYY-MM-DD). */
  today: string;
  /** Recorded on action updates when the document names nobody. */
  actor: string;
  newId?: () => string;
}

/** What an import changes (or would change): the items that made a difference, and why others did not. */
export interface ApplyReport {
  applied: ChangeSet;
  /** Items already in the store exactly as the document says. */
  unchanged: number;
  warnings: ImportWarning[];
}

export interface ApplyContext {
  draft: StoreData;
  set: ChangeSet;
  options: ApplyOptions;
  report: ApplyReport;
  /** References already warned about and left alone: later items for them are skipped quietly. */
  blocked: Set<string>;
  /** Proposals waiting for the conversion their timeline records, applied after it. */
  deferred: ImportedProposal[];
  /** Warnings that name many references at once ("DP088, DP089 ... recorded as raised on"). */
  grouped: Map<string, { refs: string[]; source: ItemSource; message: (refs: string) => string }>;
}

export function createApplyContext(draft: StoreData, set: ChangeSet, options: ApplyOptions): ApplyContext {
  const applied = emptyChangeSet();
  applied.documents = set.documents;
  return { draft, set, options, report: { applied, unchanged: 0, warnings: [...set.warnings] }, blocked: new Set(), deferred: [], grouped: new Map() };
}

/** The meta for one operation: its source names the file and line, so history shows "import FILE:LINE". */
export function metaFor(ctx: ApplyContext, source: ItemSource, actor?: string): OperationMeta {
  const { at, today, newId } = ctx.options;
  return { source: `import ${source.file}:${source.line}`, at, today, actor: actor ?? ctx.options.actor, ...(newId ? { newId } : {}) };
}

export function warnItem(ctx: ApplyContext, message: string, source?: ItemSource): void {
  ctx.report.warnings.push({ message, ...(source ? { source } : {}) });
}

/** The date of the document an item came from (its own date, or today when it has none). */
export function documentDateOf(ctx: ApplyContext, source: ItemSource): string | undefined {
  return ctx.set.documents.find((d) => d.file === source.file)?.date;
}

/** One warning for every reference that shares the same reason (key), listed together at the end. */
export function warnGrouped(ctx: ApplyContext, key: string, ref: string, source: ItemSource, message: (refs: string) => string): void {
  const group = ctx.grouped.get(key) ?? { refs: [], source, message };
  group.refs.push(ref);
  ctx.grouped.set(key, group);
}

export function flushGrouped(ctx: ApplyContext): void {
  for (const { refs, source, message } of ctx.grouped.values()) warnItem(ctx, message(refs.join(', ')), source);
  ctx.grouped.clear();
}
