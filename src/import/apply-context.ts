import type { Calendar } from '../core/ports';
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
  /** Working Days, for what is still news; default England & Wales. */
  calendar?: Calendar;
}

/** What an import changes (or would change): the items that made a difference, and why others did not. */
export interface ApplyReport {
  applied: ChangeSet;
  /** Items already in the store exactly as the document says. */
  unchanged: number;
  warnings: ImportWarning[];
  /** What channels will be told (only facts that are still current): each queued event and who hears it. */
  announcements: Announcement[];
}

export interface Announcement {
  ref: string;
  /** "new Draft Proposal", "stage change", "decision", "consultation opened". */
  what: string;
  /** The channels subscribed to it; empty when none is. */
  channels: string[];
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
  return { draft, set, options, report: { applied, unchanged: 0, warnings: [...set.warnings], announcements: [] }, blocked: new Set(), deferred: [], grouped: new Map() };
}

/** The meta for one operation: its source names the file and line, so history shows "import FILE:LINE". */
export function metaFor(ctx: ApplyContext, source: ItemSource, actor?: string): OperationMeta {
  const { at, today, newId, calendar } = ctx.options;
  return { source: `import ${source.file}:${source.line}`, at, today, actor: actor ?? ctx.options.actor, asStated: true, ...(newId ? { newId } : {}), ...(calendar ? { calendar } : {}) };
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
