import { existsSync } from 'node:fs';
import { demoStore } from '../demo/demo-store';
import { DEFAULT_DATA_FILE } from '../open-data';
import { initStore } from '../../storage/file-store';
import { emptyStore } from '../../storage/schema';
import { shellPathFor } from '../../storage/json-file';
import type { CliIo } from './run-cli';

export interface InitOptions {
  dataFile?: string;
  demo: boolean;
  force: boolean;
}

/** `secbot init [--demo] [--force]`: create the store file. */
export async function runInit(options: InitOptions, io: CliIo): Promise<number> {
  const file = options.dataFile ?? DEFAULT_DATA_FILE;
  if (!options.force && existsSync(file)) {
    io.stderr(`There is already a store at ${file}; nothing was written. Use "init --force" to replace it, or --data FILE for another.\n`);
    return 1;
  }
  await initStore(file, options.demo ? demoStore() : emptyStore(), { overwrite: options.force });
  io.stdout(`Created ${file} with ${options.demo ? 'demo data from the seed documents' : 'an empty store'}.\n`);
  io.stdout(nextSteps(file, options.demo));
  return 0;
}

/** What to type next, with this file named unless it is the default one the bot finds by itself. */
function nextSteps(file: string, demo: boolean): string {
  const shown = shellPathFor(file);
  const example = demo ? 'status DP096' : 'raise DP120 "Title of the proposal"';
  if (!shown) return `Start the bot with "npm start" (it uses this file), or run commands with "npx secbot ${example}".\n`;
  return [
    `Next:  npx secbot --data ${shown} ${example}`,
    `       npx secbot --data ${shown} import minutes.docx --dry-run`,
    `Start the bot on this file: SECBOT_DATA=${shown} npm start (or export SECBOT_DATA=${shown} once).`,
    '',
  ].join('\n');
}
