import type { TransactMeta } from '../src/core/ports';
import { auditChanges } from './audit-diff';
import { freezeChanges } from './deep-freeze';
import { createDraft } from './draft';
import { ENTITY_KEYS, type AuditEntry, type StoreData } from './schema';
import { validateChanges } from './validate-document';

export interface Applied<T> {
  result: T;
  /** The new frozen document, or undefined when the transaction changed nothing. */
  next: StoreData | undefined;
  /** The audit entry (its changes are empty when only outbox, ledger or installations changed). */
  entry: AuditEntry;
}

/**
 * Runs `mutate` on a copy-on-write draft of `base` and returns the validated, audited, frozen result.
 * Pure apart from calling `mutate`: persisting is the caller's job. If `mutate` throws or the result
 * is invalid, this throws and `base` is untouched.
 */
export function applyTransaction<T>(base: StoreData, meta: TransactMeta, mutate: (draft: StoreData) => T, at: Date): Applied<T> {
  const draft = createDraft(base);
  let result: T;
  try {
    result = mutate(draft.draft);
  } catch (error) {
    draft.discard();
    throw error;
  }
  const changed = draft.finish();
  if (isThenable(result)) {
    result.then(undefined, () => undefined);
    throw new TypeError('transact() needs a synchronous mutate function: do the async work first, then change the draft.');
  }
  const plain = draft.plain(result);
  const entry = (changes: AuditEntry['changes']): AuditEntry => ({ at: at.toISOString(), actor: meta.actor, command: meta.command, changes });
  if (changed === base) return { result: plain, next: undefined, entry: entry([]) };
  const valid = validateChanges(base, changed);
  const changes = auditChanges(base, valid);
  if (!changes.length && !otherCollectionsChanged(base, valid)) return { result: plain, next: undefined, entry: entry([]) };
  return { result: plain, next: freezeChanges(base, valid), entry: entry(changes) };
}

/**
 * Changes the audit diff does not record still need saving: outbox, deliveries, installations,
 * settings, and a reordered collection. Compared by identity (untouched parts keep theirs).
 */
function otherCollectionsChanged(base: StoreData, next: StoreData): boolean {
  for (const key of Object.keys(next) as (keyof StoreData)[]) {
    const before = base[key];
    const after = next[key];
    if (before === after) continue;
    if (!(key in ENTITY_KEYS) || !sameItems(before as unknown[], after as unknown[])) return true;
  }
  return false;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
