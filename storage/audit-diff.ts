import { changedItems } from './changed-items';
import { ENTITY_KEYS, type AuditEntry, type StoreData } from './schema';

type Change = AuditEntry['changes'][number];
type Entity = Record<string, unknown>;

/**
 * Entities added, changed or removed between two documents, for the audit log (before/after).
 * Relies on untouched entities keeping their identity (store transactions share them), and compares
 * by JSON only the entities whose identity changed.
 */
export function auditChanges(before: Readonly<StoreData>, after: Readonly<StoreData>): Change[] {
  const changes: Change[] = [];
  for (const [collection, key] of Object.entries(ENTITY_KEYS) as [keyof typeof ENTITY_KEYS, string][]) {
    const previous = before[collection] as readonly Entity[];
    const next = after[collection] as readonly Entity[];
    if (previous !== next) changes.push(...collectionChanges(collection, key, previous, next));
  }
  if (before.channelSettings !== after.channelSettings) changes.push(...recordChanges('channelSettings', before.channelSettings, after.channelSettings));
  return changes;
}

/** Keyed records (channel settings by address key): one change per key whose value differs. */
function recordChanges(collection: string, previous: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>): Change[] {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  return [...keys]
    .filter((id) => JSON.stringify(previous[id]) !== JSON.stringify(next[id]))
    .map((id) => ({ collection, id, ...(id in previous ? { before: previous[id] } : {}), ...(id in next ? { after: next[id] } : {}) }));
}

function collectionChanges(collection: string, key: string, previous: readonly Entity[], next: readonly Entity[]): Change[] {
  const { added, removed } = changedItems(previous, next);
  const removedById = new Map((removed as Entity[]).map((e) => [String(e[key]), e]));
  const changes: Change[] = [];
  for (const index of added) {
    const entity = next[index]!;
    const id = String(entity[key]);
    const old = removedById.get(id);
    removedById.delete(id);
    if (!old) changes.push({ collection, id, after: entity });
    else if (JSON.stringify(old) !== JSON.stringify(entity)) changes.push({ collection, id, before: old, after: entity });
  }
  for (const [id, old] of removedById) changes.push({ collection, id, before: old });
  return changes;
}
