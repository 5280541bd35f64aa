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
