import { silentLogger } from '../core/ports';
import { createCalendar } from '../domain/calendar';
import { createPageFetcher, importHostsFrom } from '../import/fetch-page';
import { runImport } from '../import/run-import';
import { loadBankHolidayTable, loadHolidayOverrides } from '../load-holidays';
import { openData } from '../open-data';
import { cliDatabase } from './cli-database';
import type { CliIo } from './run-cli';

export interface ImportCliOptions {
  files: string[];
  dataFile?: string;
  dryRun: boolean;
  json: boolean;
  allOrNothing?: boolean;
}

/**
 * `secbot import FILE… [--dry-run] [--json]`. A dry run opens the store read-only, so it works beside
 * the running bot; applying takes the write lock like any other change.
 */
export async function runImportCli(options: ImportCliOptions, io: CliIo): Promise<number> {
  const data = await openData({ file: options.dataFile, allowDemo: false, readOnly: options.dryRun, clock: io.clock, logger: silentLogger, ...cliDatabase(io, options.dataFile) });
  try {
    const calendar = createCalendar(await loadHolidayOverrides(io.env.SECBOT_HOLIDAYS_FILE), loadBankHolidayTable());
    const fetchPage = createPageFetcher({ hosts: importHostsFrom(io.env.SECBOT_IMPORT_HOSTS) });
    const { output, exitCode } = await runImport({ ...options, store: data.store, clock: io.clock, calendar, actor: 'operator', fetchPage });
    (exitCode === 1 ? io.stderr : io.stdout)(`${output}\n`);
    return exitCode;
  } finally {
    await data.close();
  }
}
