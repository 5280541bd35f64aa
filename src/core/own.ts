/**
 * A word looked up in a table of our own: only the table's own keys count, so "constructor",
 * "__proto__" or "toString" typed by a user find nothing instead of Object.prototype's members.
 */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
