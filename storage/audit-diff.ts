import { ENTITY_KEYS, type AuditEntry, type StoreData } from './schema';

type Change = AuditEntry['changes'][number];

/** Entities added, changed or removed between two documents, for the audit log (before/after). */
export function auditChanges(before: Readonly<StoreData>, after: Readonly<StoreData>): Change[] {
  const changes: Change[] = [];
  for (const [collection, key] of Object.entries(ENTITY_KEYS) as [keyof typeof ENTITY_KEYS, string][]) {
    const previous = before[collection] as readonly Record<string, unknown>[];
    const next = after[collection] as readonly Record<string, unknown>[];
    if (previous === next) continue;
    const oldById = new Map(previous.map((e) => [String(e[key]), e]));
    const seen = new Set<string>();
    for (const entity of next) {
      const id = String(entity[key]);
      seen.add(id);
      const old = oldById.get(id);
      if (old === entity) continue;
      if (!old) changes.push({ collection, id, after: entity });
      else if (JSON.stringify(old) !== JSON.stringify(entity)) changes.push({ collection, id, before: old, after: entity });
    }
    for (const [id, old] of oldById) if (!seen.has(id)) changes.push({ collection, id, before: old });
  }
  return changes;
}
