import { existsSync } from 'node:fs';
import { demoStore } from '../demo/demo-store';
import { DEFAULT_DATA_FILE } from '../open-data';
import { initStore } from '../../storage/file-store';
import { emptyStore } from '../../storage/schema';
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
  io.stdout(`Start the bot with "npm start" (it uses this file), or run commands with "npx secbot status DP096".\n`);
  return 0;
}
