/**
 * Writes the document as UTF-8 JSON with one entity per line: readable, diffable, and fast to produce
 * again after a transaction. Unchanged entities and collections keep their identity across transactions
 * (see draft.ts) and are frozen, so their encoded JSON is remembered: a transaction re-encodes only the
 * entities it changed and re-joins only the collections it touched. On a 5 MB store this takes a few
 * milliseconds instead of ~20 ms for JSON.stringify of the whole document plus encoding.
 */
export type Serializer = (document: object) => Buffer;

const SEPARATOR = ',\n    ';

export function createSerializer(): Serializer {
  // Entity JSON is stored with its leading separator, so joining a collection is one concat.
  const entities = new WeakMap<object, Buffer>();
  const collections = new WeakMap<object, Buffer>();
  const entity = (value: unknown): Buffer => {
    if (!isFrozenObject(value)) return Buffer.from(SEPARATOR + (JSON.stringify(value) ?? 'null'));
    let bytes = entities.get(value);
    if (bytes === undefined) entities.set(value, (bytes = Buffer.from(SEPARATOR + JSON.stringify(value))));
    return bytes;
  };
  const collection = (items: unknown[]): Buffer => {
    let bytes = isFrozenObject(items) ? collections.get(items) : undefined;
    if (bytes !== undefined) return bytes;
    const parts = Array.from(items, entity);
    parts[0] = parts[0]!.subarray(1); // the first item has no comma
    bytes = Buffer.concat([text('['), ...parts, text('\n  ]')]);
    if (isFrozenObject(items)) collections.set(items, bytes);
    return bytes;
  };
  return (document) => {
    const members = Object.entries(document).filter(([, value]) => value !== undefined);
    const chunks = members.flatMap(([key, value], i) => [
      text(`  ${JSON.stringify(key)}: `),
      Array.isArray(value) && value.length > 0 ? collection(value) : text(JSON.stringify(value)),
      text(i < members.length - 1 ? ',\n' : '\n'),
    ]);
    return Buffer.concat([text('{\n'), ...chunks, text('}\n')]);
  };
}

function isFrozenObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.isFrozen(value);
}

const text = (value: string) => Buffer.from(value);
