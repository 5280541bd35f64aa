import type { AuditEntry } from '../../../storage/schema';
import { describeItem, summariseFields } from './summarise-change';

type Change = AuditEntry['changes'][number];

export interface HistoryEntry {
  at: string;
  actor: string;
  command: string;
  /** Field-level lines: "stage: Development Stage → Refinement Process". */
  changes: string[];
}

export interface HistorySubject {
  collection: 'proposals' | 'actions' | 'people' | 'organisations';
  /** Every id the entity has had: MP118 and the DP118 it was converted from. */
  ids: readonly string[];
}

/** The entities whose audit entries make up the subject's history (the store's index finds them). */
export function historyRefs(subject: HistorySubject): { collection: string; id: string }[] {
  return subject.ids.map((id) => ({ collection: subject.collection, id }));
}

/**
 * The history lines of `entries` (the store's audit entries for `historyRefs(subject)`), oldest first:
 * only the changes to the entity (and, for a proposal, its consultations) are kept.
 */
export function auditHistory(audit: readonly AuditEntry[], subject: HistorySubject): HistoryEntry[] {
  const ids = new Set(subject.ids);
  const entries: HistoryEntry[] = [];
  for (const entry of audit) {
    const relevant = entry.changes.filter((c) => touches(c, subject.collection, ids));
    if (relevant.length) entries.push({ at: entry.at, actor: entry.actor, command: entry.command, changes: summarise(relevant) });
  }
  return entries;
}

function touches(change: Change, collection: string, ids: ReadonlySet<string>): boolean {
  if (change.collection === collection) return ids.has(change.id);
  if (collection === 'proposals' && change.collection === 'consultations') {
    return [change.before, change.after].some((c) => ids.has(String((c as { proposal?: unknown } | undefined)?.proposal)));
  }
  return false;
}

/** A removal and an addition in one entry that are the same record renamed (DP118 → MP118) read as one change. */
function summarise(changes: Change[]): string[] {
  const renamedFrom = new Map<string, Change>();
  for (const c of changes) if (c.before && !c.after) renamedFrom.set(c.id, c);
  const lines: string[] = [];
  for (const c of changes) {
    const draftRef = (c.after as { draftRef?: string } | undefined)?.draftRef;
    const old = !c.before && draftRef ? renamedFrom.get(draftRef) : undefined;
    if (old) {
      renamedFrom.delete(old.id);
      lines.push(`converted ${old.id} → ${c.id}`, ...summariseFields(old.before, c.after).filter((l) => !/^(ref|draft ref):/.test(l)));
    } else if (c.before && c.after) lines.push(...prefix(c, summariseFields(c.before, c.after)));
    else if (c.after) lines.push(`created ${label(c)} ${c.id}${title(c.after)}`);
  }
  for (const c of renamedFrom.values()) lines.push(`removed ${label(c)} ${c.id}${title(c.before)}`);
  return lines.length ? lines : ['no visible change'];
}

function prefix(change: Change, lines: string[]): string[] {
  return change.collection === 'consultations' ? lines.map((l) => `consultation ${change.id} ${l}`) : lines;
}

function label(change: Change): string {
  return { proposals: 'proposal', actions: 'action', consultations: 'consultation', people: 'person', organisations: 'organisation' }[change.collection] ?? change.collection;
}

function title(after: unknown): string {
  const obj = after as { title?: string; text?: string; kind?: string; closes?: string; name?: string };
  const text = obj.title ?? obj.text ?? obj.name ?? (obj.kind ? `${obj.kind}, closes ${obj.closes}` : undefined);
  return text ? `: ${describeItem(text)}` : '';
}
