import type { TransactMeta } from '../src/core/ports';
import { auditRefs } from './audit-refs';
import { changedItems } from './changed-items';
import { ENTITY_KEYS, type AuditEntry, type StoreData } from './schema';

type Change = AuditEntry['changes'][number];

/** How a collection the audit `changes` do not describe changed: keyed upserts/removals, or its whole new value. */
export type CollectionOp = { upsert: unknown[]; remove: string[] } | { set: unknown };

/**
 * One line of the journal: the audit entry (who, when, which command, the entities after the change)
 * plus `ops` for what the audit does not show (outbox, ledger, installations), so that replaying the
 * lines after a snapshot rebuilds the document exactly.
 */
export interface JournalLine extends AuditEntry {
  seq: number;
  /** The entities the change touched ("actions:CSC 12/01"): read by the history index without parsing the rest. */
  refs: string[];
  ops?: Record<string, CollectionOp>;
}

/** Collections replayed by key. Entity collections are replayed from the audit changes. */
export const KEYED: Readonly<Record<string, string>> = { ...ENTITY_KEYS, outbox: 'id', deliveries: 'key' };

export function buildLine(seq: number, meta: TransactMeta, at: Date, changes: Change[], before: StoreData, after: StoreData): JournalLine {
  const ops: Record<string, CollectionOp> = {};
  for (const name of Object.keys(after) as (keyof StoreData)[]) {
    const previous = before[name];
    const next = after[name];
    if (previous === next || name === 'channelSettings') continue;
    const key = KEYED[name];
    const keyed = key ? keyedOp(previous as readonly Record<string, unknown>[], next as readonly Record<string, unknown>[], key) : undefined;
    if (!keyed) ops[name] = { set: next };
    else if (!(name in ENTITY_KEYS) && (keyed.upsert.length || keyed.remove.length)) ops[name] = keyed;
  }
  const line: JournalLine = { seq, refs: auditRefs(changes, meta.actor), at: at.toISOString(), actor: meta.actor, command: meta.command, changes };
  if (Object.keys(ops).length) line.ops = ops;
  return line;
}

/**
 * Upserts and removals by key that turn `previous` into `next` when replayed (replace in place, append
 * new keys at the end), or undefined when the order changed in a way they cannot express. Looks only
 * at the window between the unchanged prefix and suffix, so a change to 1 of 10,000 items is cheap.
 */
function keyedOp(previous: readonly Record<string, unknown>[], next: readonly Record<string, unknown>[], key: string): { upsert: unknown[]; remove: string[] } | undefined {
  const { added, start, prevEnd, nextEnd } = changedItems(previous, next);
  const window = next.slice(start, nextEnd);
  const upsert = added.map((i) => next[i]!);
  const nextKeys = new Set(window.map((item) => String(item[key])));
  const remove = previous.slice(start, prevEnd).map((item) => String(item[key])).filter((k) => !nextKeys.has(k));
  const replayed = replayKeys(previous.slice(start, prevEnd).map((item) => String(item[key])), upsert.map((item) => String((item as Record<string, unknown>)[key])), remove, prevEnd === previous.length);
  if (!replayed || replayed.length !== window.length || replayed.some((k, i) => k !== String(window[i]![key]))) return undefined;
  return { upsert, remove };
}

function replayKeys(keys: string[], upserts: string[], removes: string[], atEnd: boolean): string[] | undefined {
  const removed = new Set(removes);
  const present = new Set(keys);
  const out = keys.filter((k) => !removed.has(k));
  const appended = upserts.filter((k) => !present.has(k) || removed.has(k));
  if (appended.length && !atEnd) return undefined;
  return [...out, ...appended];
}

/** The exact line written to the journal: `seq` then `refs` first, so replay and the index need not parse the rest. */
export function encodeLine(line: JournalLine): string {
  return `${JSON.stringify(line)}\n`;
}
