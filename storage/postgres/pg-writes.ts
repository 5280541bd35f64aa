import type { TransactMeta } from '../../src/core/ports';
import { KEYED, type JournalLine } from '../journal-line';
import { ENTITY_KEYS, type StoreData } from '../schema';
import { tableOf } from './pg-tables';

export interface TableWrite {
  table: string;
  /** Delete every row first (a reordered or replaced collection), then insert `upsert` in order. */
  all?: boolean;
  upsert: { k: string; b: unknown }[];
  remove: string[];
}

export interface RowWrites {
  writes: TableWrite[];
  /** Whole values of the fields kept in secbot_documents. */
  docs: Record<string, unknown>;
}

/**
 * The rows one change writes, read from its journal line, so the tables replay exactly as the journal
 * does: an upsert keeps a row's position, a new key goes last, a `set` rewrites the collection in order.
 */
export function rowWrites(line: JournalLine, before: StoreData, after: StoreData): RowWrites {
  const byTable = new Map<string, TableWrite>();
  const tableWrite = (name: string): TableWrite => {
    let write = byTable.get(name);
    if (!write) byTable.set(name, (write = { table: tableOf(name), upsert: [], remove: [] }));
    return write;
  };
  for (const change of line.changes) {
    if (!(change.collection in ENTITY_KEYS)) continue;
    const write = tableWrite(change.collection);
    if (change.after === undefined) write.remove.push(change.id);
    else write.upsert.push({ k: change.id, b: change.after });
  }
  for (const [name, op] of Object.entries(line.ops ?? {})) {
    const key = KEYED[name];
    if (!key) continue;
    const write = tableWrite(name);
    if ('set' in op) {
      write.all = true;
      write.remove = [];
      write.upsert = (op.set as Record<string, unknown>[]).map((item) => ({ k: String(item[key]), b: item }));
    } else {
      write.remove.push(...op.remove);
      write.upsert.push(...(op.upsert as Record<string, unknown>[]).map((item) => ({ k: String(item[key]), b: item })));
    }
  }
  const docs: Record<string, unknown> = {};
  for (const name of Object.keys(after) as (keyof StoreData)[]) {
    if (!(name in KEYED) && before[name] !== after[name]) docs[name] = after[name];
  }
  return { writes: [...byTable.values()], docs };
}

/** Every row of a whole document: `init`, `migrate FILE`, and saving a document migrated to a newer version. */
export function allRows(data: StoreData): RowWrites {
  const writes = Object.entries(KEYED).map(([name, key]) => ({
    table: tableOf(name),
    all: true,
    upsert: ((data as Record<string, unknown>)[name] as Record<string, unknown>[]).map((item) => ({ k: String(item[key]), b: item })),
    remove: [],
  }));
  const docs = Object.fromEntries(Object.entries(data).filter(([name]) => !(name in KEYED)));
  return { writes, docs };
}

/** A journal line that sets every field: other instances replay it like any other change. */
export function wholeDocumentLine(seq: number, data: StoreData, meta: TransactMeta, at: Date): JournalLine {
  const ops = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, { set: value }]));
  return { seq, refs: [], at: at.toISOString(), actor: meta.actor, command: meta.command, changes: [], ops };
}
