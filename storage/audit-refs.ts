import type { AuditEntry } from './schema';

/** An entity whose audit trail is asked for: `{ collection: 'actions', id: 'CSC 12/01' }`. */
export interface AuditRef {
  collection: string;
  id: string;
}

export const refKey = (ref: AuditRef): string => `${ref.collection}:${ref.id}`;

/** The audit ref of everything one actor changed (`undo` finds the caller's last change through it). */
export const actorRef = (actor: string): AuditRef => ({ collection: 'actors', id: actor });

/**
 * The keys an audit entry is found under: each changed entity, and for a consultation also the
 * proposal it belongs to (a proposal's history shows its consultations' changes); and its actor.
 */
export function auditRefs(changes: AuditEntry['changes'], actor?: string): string[] {
  const keys = new Set<string>();
  if (actor && changes.length) keys.add(refKey(actorRef(actor)));
  for (const c of changes) {
    keys.add(`${c.collection}:${c.id}`);
    if (c.collection !== 'consultations') continue;
    for (const side of [c.before, c.after]) {
      const proposal = (side as { proposal?: unknown } | undefined)?.proposal;
      if (typeof proposal === 'string') keys.add(`proposals:${proposal}`);
    }
  }
  return [...keys];
}
