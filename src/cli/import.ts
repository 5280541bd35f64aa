import type { CliIo } from './run-cli';

export interface ImportCliOptions {
  files: string[];
  dataFile?: string;
  dryRun: boolean;
  json: boolean;
}

/** `secbot import FILE… [--dry-run] [--json]` — wired to src/import once it lands. */
export async function runImportCli(options: ImportCliOptions, io: CliIo): Promise<number> {
  io.stderr(`Import is not available yet (${options.files.length} file(s) given).\n`);
  return 1;
}
