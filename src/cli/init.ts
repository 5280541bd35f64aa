import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../storage/store-error';
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
  const replaced = await initStore(file, options.demo ? demoStore() : emptyStore(), { overwrite: options.force });
  io.stdout(`Created ${file} with ${options.demo ? 'demo data from the seed documents' : 'an empty store'}.\n`);
  if (replaced.backup) {
    const journal = replaced.journal ? ` and its journal (history) as ${displayPath(replaced.journal)}` : '';
    const data = shellPathFor(file) ? ` --data ${shellPathFor(file)}` : '';
    io.stdout(`The store it replaced is kept as ${displayPath(replaced.backup)}${journal}. To bring it back: npx secbot${data} restore ${path.basename(replaced.backup)}\n`);
  }
  io.stdout(nextSteps(file, options.demo));
  return 0;
}

/** What to type next, with this file named unless it is the default one the bot finds by itself. */
function nextSteps(file: string, demo: boolean): string {
  const shown = shellPathFor(file);
  const [first, second] = demo ? ['status DP096', 'import minutes.docx --dry-run'] : ['import minutes.docx --dry-run', 'help'];
  if (!shown) return [`Next:  npx secbot ${first}`, `       npx secbot ${second}`, 'Start the bot on this file: npm start', ''].join('\n');
  return [
    `Next:  npx secbot --data ${shown} ${first}`,
    `       npx secbot --data ${shown} ${second}`,
    `Start the bot on this file: SECBOT_DATA=${shown} npm start (or export SECBOT_DATA=${shown} once).`,
    '',
  ].join('\n');
}
