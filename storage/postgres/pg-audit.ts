import type pg from 'pg';
import { refKey, type AuditRef } from '../audit-refs';
import type { JournalLine } from '../journal-line';
import type { AuditEntry } from '../schema';

export interface AuditCache {
  add(line: JournalLine, text?: string): void;
  entries(refs?: readonly AuditRef[]): AuditEntry[];
}

/**
 * The audit entries `auditOf` answers from. The port is synchronous (commands read history while they
 * answer), so each instance keeps the lines that changed an entity as text, indexed by their refs, and
 * parses only the ones asked for; the database's GIN index on secbot_audit.refs serves tools and SQL.
 */
export async function loadAuditCache(db: pg.Pool): Promise<AuditCache> {
  const cache = createAuditCache();
  const { rows } = await db.query("SELECT line::text AS line FROM secbot_audit WHERE jsonb_array_length(line->'changes') > 0 ORDER BY seq");
  for (const row of rows) cache.add(JSON.parse(row.line as string) as JournalLine, row.line as string);
  return cache;
}

export function createAuditCache(): AuditCache {
  const texts: string[] = [];
  const byRef = new Map<string, number[]>();
  return {
    add(line, text) {
      if (!line.changes.length) return;
      const at = texts.push(text ?? JSON.stringify(line)) - 1;
      for (const ref of line.refs) {
        let list = byRef.get(ref);
        if (!list) byRef.set(ref, (list = []));
        list.push(at);
      }
    },
    entries(refs) {
      let positions: number[];
      if (!refs) positions = texts.map((_, i) => i);
      else positions = [...new Set(refs.flatMap((ref) => byRef.get(refKey(ref)) ?? []))].sort((a, b) => a - b);
      return positions.map((i) => toEntry(JSON.parse(texts[i]!) as JournalLine));
    },
  };
}

function toEntry(line: JournalLine): AuditEntry {
  return { at: line.at, actor: line.actor, command: line.command, changes: line.changes };
}
