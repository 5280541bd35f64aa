import { z } from 'zod';
import { changedItems, sameChangesAs } from './changed-items';
import { StoreError, formatIssuePath } from './store-error';
import { storeDataSchema, type StoreData } from './schema';

type Issue = { path: PropertyKey[]; message: string };

/** Validates a whole document (on open and init): the parsed data, or the problems found. */
export function parseDocument(raw: unknown): { ok: true; data: StoreData } | { ok: false; problems: string[] } {
  const result = storeDataSchema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(result.error.issues) };
}

/**
 * Validates a transaction's result against the schema, looking only at what changed. `base` is a
 * frozen document that passed validation, and the new document shares every untouched entity with it
 * (see draft.ts), so checking the changed entities and the top-level shape gives the same verdict as
 * validating the whole document, at a fraction of the cost on a 5 MB store (whole: ~30 ms).
 * Returns the document as the schema reads it (unknown keys dropped from changed entities).
 */
export function validateChanges(base: StoreData, next: StoreData): StoreData {
  const out: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [key, schema] of Object.entries(storeDataSchema.shape) as [keyof StoreData, z.ZodType][]) {
    const value = (next as Record<string, unknown>)[key];
    const previous = base[key];
    if (value === previous) out[key] = value;
    else if (schema instanceof z.ZodArray && Array.isArray(value) && Array.isArray(previous)) out[key] = checkItems(key, value, previous, schema.element as z.ZodType, issues);
    else out[key] = checkValue([key], value, schema, issues);
  }
  if (issues.length) throw invalidChange(issues);
  return out as StoreData;
}

function checkItems(key: string, items: unknown[], previous: readonly unknown[], schema: z.ZodType, issues: Issue[]): unknown[] {
  const { added } = changedItems(previous, items);
  if (!added.length) return items;
  // The draft's new array belongs to this transaction alone, so the parsed items replace its own: no
  // second copy of a 10,000-item collection per change.
  const out = Object.isFrozen(items) ? items.slice() : items;
  for (const index of added) out[index] = checkValue([key, index], items[index], schema, issues);
  if (out !== items) sameChangesAs(out, previous, items);
  return out;
}

function checkValue(at: PropertyKey[], value: unknown, schema: z.ZodType, issues: Issue[]): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ path: [...at, ...issue.path], message: issue.message });
  return value;
}

function invalidChange(issues: Issue[]): StoreError {
  const problems = describeIssues(issues);
  return new StoreError(
    `The change was not saved: it would make the store invalid (${problems.join('; ')}).`,
    'Nothing was written. Check the values given (dates as 2023-06-28, references such as DP096 or CSC 12/01) and try again.',
  );
}

const MAX_LISTED = 3;

export function describeIssues(issues: readonly Issue[]): string[] {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  if (issues.length > MAX_LISTED) listed.push(`and ${issues.length - MAX_LISTED} more`);
  return listed;
}
