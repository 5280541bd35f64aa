import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { StoreError, displayPath } from './store-error';

export const missingStoreMessage = (file: string) =>
  `No store at ${displayPath(file)}. Create one with "npx secbot init" (or "npx secbot init --demo" for demo data).`;

export const untouchedHint = (file: string) =>
  `The file was left untouched. Fix it by hand, or restore a copy from the backups folder beside it (${displayPath(path.join(path.dirname(file), 'backups'))}).`;

/** Reads and parses the store file; a missing or unparseable file is a StoreError naming the file and the problem. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoreError(missingStoreMessage(file));
    throw new StoreError(`Could not read the store ${displayPath(file)}: ${(error as Error).message}.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StoreError(`The store ${displayPath(file)} is not valid JSON: ${describeJsonError(text, error as Error)}.`, untouchedHint(file));
  }
}

/** "Unexpected token } in JSON at position 1234 (line 40, column 5)". */
export function describeJsonError(text: string, error: Error): string {
  const message = error.message.replace(/\.$/, '');
  if (!text.trim()) return 'the file is empty';
  const position = Number(/at position (\d+)/.exec(message)?.[1]);
  if (!Number.isInteger(position)) return message;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
