import { changedItems } from './changed-items';

/**
 * Freezes a committed document so nothing outside a transaction can change it by accident (a command
 * sorting `store.read().proposals` in place throws instead of silently corrupting the store). Frozen
 * subtrees are skipped, so after a transaction only the new objects are visited.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Freezes a document a transaction made from the frozen `base`: only what is new is visited. Untouched
 * entities keep their identity (see draft.ts), so in a changed collection only the items that are not
 * the base's are walked, not all 10,000 of them.
 */
export function freezeChanges<T extends object>(base: T, next: T): T {
  Object.freeze(next);
  for (const key of Object.keys(next) as (keyof T)[]) {
    const value = next[key];
    const previous = base[key];
    if (value === previous) continue;
    if (!Array.isArray(value) || !Array.isArray(previous)) deepFreeze(value);
    else {
      Object.freeze(value);
      for (const index of changedItems(previous, value).added) deepFreeze(value[index]);
    }
  }
  return next;
}
