type Json = unknown;
type Obj = Record<string, Json>;

const IGNORED = new Set(['updatedAt']);

/** "stage: Development Stage → Refinement Process", "decisions: added Approved by Change Board on 2023-09-27". */
export function summariseFields(before: Json, after: Json): string[] {
  if (!isObject(before) || !isObject(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  return keys.flatMap((key) => summariseField(humanise(key), before[key], after[key]));
}

function summariseField(label: string, before: Json, after: Json): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) return [`${label}: ${summariseArray(before, after)}`];
  if (isObject(before) && isObject(after)) return summariseFields(before, after).map((line) => `${label} ${line}`);
  return [`${label}: ${show(before)} → ${show(after)}`];
}

function summariseArray(before: Json[], after: Json[]): string {
  const text = (items: Json[]) => items.map(describeItem).join('; ');
  const isPrefix = before.every((item, i) => JSON.stringify(item) === JSON.stringify(after[i]));
  if (isPrefix) return `added ${text(after.slice(before.length))}`;
  const old = new Set(before.map((i) => JSON.stringify(i)));
  const now = new Set(after.map((i) => JSON.stringify(i)));
  const added = after.filter((i) => !old.has(JSON.stringify(i)));
  const removed = before.filter((i) => !now.has(JSON.stringify(i)));
  return [added.length ? `added ${text(added)}` : '', removed.length ? `removed ${text(removed)}` : ''].filter(Boolean).join(', ') || 'reordered';
}

/** One line for a list item: a stage entry, a decision, an action update, or a plain value. */
export function describeItem(item: Json): string {
  if (!isObject(item)) return show(item);
  const what = item.stage ?? (item.outcome ? `${String(item.outcome)}${item.body ? ` by ${String(item.body)}` : ''}` : undefined) ?? item.text ?? item.name ?? item.id;
  const when = typeof item.on === 'string' ? ` on ${item.on}` : '';
  return clip(`${String(what ?? JSON.stringify(item))}${when}`);
}

/** "leadAnalyst" → "lead analyst". */
export function humanise(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function show(value: Json): string {
  if (value === undefined || value === null || value === '') return '(none)';
  if (typeof value === 'string') return clip(value);
  return clip(JSON.stringify(value));
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function isObject(value: Json): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
