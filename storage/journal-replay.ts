import { ENTITY_KEYS, type StoreData } from './schema';
import { KEYED, type CollectionOp, type JournalLine } from './journal-line';

type Item = Record<string, unknown>;
type Doc = Record<string, unknown>;

/** Applies journal lines, in order, to a plain (unfrozen) copy of the snapshot document. */
export function createReplayer(document: StoreData): { apply(line: JournalLine): void; result(): StoreData } {
  const doc = document as unknown as Doc;
  const indexes = new Map<string, Map<string, number>>();
  const indexOf = (name: string): Map<string, number> => {
    let index = indexes.get(name);
    if (!index) {
      index = new Map((doc[name] as Item[]).map((item, i) => [String(item[KEYED[name]!]), i]));
      indexes.set(name, index);
    }
    return index;
  };
  const keyed = (name: string, upsert: readonly unknown[], remove: readonly string[]) => {
    if (remove.length) {
      const gone = new Set(remove);
      doc[name] = (doc[name] as Item[]).filter((item) => !gone.has(String(item[KEYED[name]!])));
      indexes.delete(name);
    }
    const items = doc[name] as Item[];
    const index = indexOf(name);
    for (const item of upsert as Item[]) {
      const key = String(item[KEYED[name]!]);
      const at = index.get(key);
      if (at === undefined) index.set(key, items.push(item) - 1);
      else items[at] = item;
    }
  };
  const applyOp = (name: string, op: CollectionOp) => {
    if ('set' in op) {
      doc[name] = op.set;
      indexes.delete(name);
    } else keyed(name, op.upsert, op.remove);
  };
  return {
    apply(line) {
      for (const name of Object.keys(ENTITY_KEYS)) {
        const mine = line.changes.filter((c) => c.collection === name);
        if (mine.length) keyed(name, mine.filter((c) => c.after !== undefined).map((c) => c.after), mine.filter((c) => c.after === undefined).map((c) => c.id));
      }
      for (const c of line.changes.filter((c) => c.collection === 'channelSettings')) {
        const settings = { ...(doc.channelSettings as Doc) };
        if (c.after === undefined) delete settings[c.id];
        else settings[c.id] = c.after;
        doc.channelSettings = settings;
      }
      for (const [name, op] of Object.entries(line.ops ?? {})) applyOp(name, op);
    },
    result: () => doc as unknown as StoreData,
  };
}
