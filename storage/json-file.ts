import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { StoreError, displayPath } from './store-error';

export const missingStoreMessage = (file: string) => {
  const init = initCommandFor(file);
  return `No store at ${displayPath(file)}. Create one with "${init}" (or "${init} --demo" for demo data).`;
};

/** `npx secbot init`, with `--data FILE` unless the file is the default ./data/secbot.json. */
export function initCommandFor(file: string): string {
  const shown = shellPathFor(file);
  return shown ? `npx secbot init --data ${shown}` : 'npx secbot init';
}

/** The store path as typed in a shell (quoted if needed); undefined for the default ./data/secbot.json. */
export function shellPathFor(file: string): string | undefined {
  if (path.resolve(file) === path.resolve('data', 'secbot.json')) return undefined;
  const shown = displayPath(file);
  return /^[\w./\\:-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`;
}

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
