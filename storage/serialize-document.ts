/**
 * Writes the document as UTF-8 JSON with one entity per line: readable and diffable. It is produced in
 * chunks of about 256 KB, so a background snapshot of a large store never blocks the event loop for
 * long and never needs a second copy of the document in memory (an earlier version remembered each
 * entity's encoded JSON: faster snapshots, but the whole store twice in memory for as long as the bot ran).
 */
const SEPARATOR = ',\n    ';
const CHUNK_CHARS = 256 * 1024;

export function* serializeDocument(document: object): Generator<string> {
  let chunk = '{\n';
  const members = Object.entries(document).filter(([, value]) => value !== undefined);
  for (const [i, [key, value]] of members.entries()) {
    chunk += `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      chunk += '[\n    ';
      for (const [n, item] of value.entries()) {
        chunk += (n ? SEPARATOR : '') + (JSON.stringify(item) ?? 'null');
        if (chunk.length >= CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      chunk += '\n  ]';
    } else chunk += JSON.stringify(value);
    chunk += i < members.length - 1 ? ',\n' : '\n';
  }
  yield `${chunk}}\n`;
}

/** The whole document as one string (init, tests, bench fixtures). */
export const documentText = (document: object): string => [...serializeDocument(document)].join('');
